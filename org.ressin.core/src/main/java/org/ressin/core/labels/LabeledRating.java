package org.ressin.core.labels;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A rating with its binary labels (1 = high, 0 = low).
 *
 * @param rating       the rating
 * @param valenceLabel empty when the subject is excluded for valence
 * @param arousalLabel empty when the subject is excluded for arousal
 */
public record LabeledRating(Rating rating, OptionalInt valenceLabel, OptionalInt arousalLabel) {

    public LabeledRating {
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(valenceLabel, "valenceLabel");
        Objects.requireNonNull(arousalLabel, "arousalLabel");
    }

    public OptionalInt label(Target target) {
        return target == Target.VALENCE ? valenceLabel : arousalLabel;
    }
}
