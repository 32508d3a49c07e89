package org.ressin.core.pipeline;

import java.util.Objects;
import java.util.OptionalInt;

import org.ressin.core.image.CompactSignalImage;
import org.ressin.core.labels.Target;

/**
 * One recording ready for learning: its compact signal image and its personal labels (empty when the subject's
 * ratings gave none, e.g. excluded by the fallback, or the recording has no rating).
 */
public record PreparedRecording(String musicId, String subjectId, CompactSignalImage image,
        OptionalInt valenceLabel, OptionalInt arousalLabel) {

    public PreparedRecording {
        Objects.requireNonNull(musicId, "musicId");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(valenceLabel, "valenceLabel");
        Objects.requireNonNull(arousalLabel, "arousalLabel");
    }

    public OptionalInt label(Target target) {
        return target == Target.VALENCE ? valenceLabel : arousalLabel;
    }

    public String id() { return musicId + "/" + subjectId; }
}
