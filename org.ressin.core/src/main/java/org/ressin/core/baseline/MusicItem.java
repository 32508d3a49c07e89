package org.ressin.core.baseline;

import java.util.Objects;

import org.ressin.core.eval.LabeledItem;

/**
 * One recording for the music-only baseline: who listened to which song, that song's raw music features and the
 * recording's personal label. No signal: the baseline ignores the EDA.
 *
 * @param music raw music features of the song (not copied: every recording of a song may share one array;
 *              treat it as read-only)
 * @param label 1 = high, 0 = low
 */
public record MusicItem(String subjectId, String musicId, double[] music, int label) implements LabeledItem {

    public MusicItem {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(musicId, "musicId");
        Objects.requireNonNull(music, "music");
        if (label != 0 && label != 1) {
            throw new IllegalArgumentException("label of " + musicId + "/" + subjectId + " is " + label
                    + ", expected 0 (low) or 1 (high)");
        }
    }
}
