package org.ressin.core.net;

import java.util.Objects;
import org.ressin.core.eval.LabeledItem;
import org.ressin.core.image.SignalImage;

/**
 * A training (or evaluation) example: signal image, raw music features and the class.
 *
 * @param music raw music features of the song, or {@code null} when fusion is off (not copied:
 *              every recording of a song may share one array; treat it as read-only)
 * @param label 1 = high, 0 = low
 */
public record LabeledExample(String subjectId, String musicId, SignalImage image, double[] music, int label)
        implements Example, LabeledItem {

    public LabeledExample {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(musicId, "musicId");
        Objects.requireNonNull(image, "image");
        if (label != 0 && label != 1) {
            throw new IllegalArgumentException("label of " + musicId + "/" + subjectId + " is " + label
                    + ", expected 0 (low) or 1 (high)");
        }
    }
}
