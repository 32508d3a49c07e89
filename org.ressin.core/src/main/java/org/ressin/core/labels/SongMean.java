package org.ressin.core.labels;

import java.util.Objects;

/**
 * A song's mean static rating over its annotators.
 *
 * @param musicId the song
 * @param valence mean valence, finite
 * @param arousal mean arousal, finite
 */
public record SongMean(String musicId, double valence, double arousal) {

    public SongMean {
        Objects.requireNonNull(musicId, "musicId");
        if (!Double.isFinite(valence) || !Double.isFinite(arousal)) {
            throw new IllegalArgumentException("mean rating of song " + musicId + " must be finite, was valence="
                    + valence + ", arousal=" + arousal);
        }
    }
}
