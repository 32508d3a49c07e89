package org.ressin.core.labels;

import java.util.Objects;

/**
 * One static rating of one song by one subject (or, where the subject gave none, the song's mean rating
 * standing in for it; see {@link RatingSelector}).
 *
 * @param subjectId the subject who listened
 * @param musicId   the song
 * @param valence   the valence rating, finite
 * @param arousal   the arousal rating, finite
 */
public record Rating(String subjectId, String musicId, double valence, double arousal) {

    public Rating {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(musicId, "musicId");
        if (!Double.isFinite(valence) || !Double.isFinite(arousal)) {
            throw new IllegalArgumentException("rating of song " + musicId + " by subject " + subjectId
                    + " must be finite, was valence=" + valence + ", arousal=" + arousal);
        }
    }

    /** The rating of the given target. */
    public double value(Target target) {
        return target == Target.VALENCE ? valence : arousal;
    }
}
