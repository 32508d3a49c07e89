package org.ressin.core.net;

import java.util.Objects;
import org.ressin.core.image.SignalImage;

/**
 * An example to classify.
 *
 * @param music raw music features of the song, or {@code null} when the model does not use fusion
 */
public record UnlabeledExample(String subjectId, String musicId, SignalImage image, double[] music)
        implements Example {

    public UnlabeledExample {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(musicId, "musicId");
        Objects.requireNonNull(image, "image");
    }
}
