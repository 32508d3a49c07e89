package org.ressin.core.labels;

import java.util.Objects;

/**
 * One subject's thresholds for valence and arousal.
 *
 * @param subjectId   the subject
 * @param ratingCount how many ratings the subject has
 * @param valence     the valence threshold and its rule
 * @param arousal     the arousal threshold and its rule
 */
public record PersonalThreshold(String subjectId, int ratingCount, TargetThreshold valence, TargetThreshold arousal) {

    public PersonalThreshold {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(valence, "valence");
        Objects.requireNonNull(arousal, "arousal");
        if (ratingCount < 0) {
            throw new IllegalArgumentException("ratingCount must not be negative, was " + ratingCount);
        }
    }

    public TargetThreshold of(Target target) {
        return target == Target.VALENCE ? valence : arousal;
    }

    /** The valence threshold, {@code NaN} when excluded. */
    public double valenceThreshold() { return valence.value(); }

    /** The arousal threshold, {@code NaN} when excluded. */
    public double arousalThreshold() { return arousal.value(); }

    /**
     * The rule applied, as one code: the common {@link TargetThreshold#code()} when both targets share it
     * (e.g. "personal"), else "valence=...;arousal=...".
     */
    public String rule() {
        String v = valence.code();
        String a = arousal.code();
        return v.equals(a) ? v : "valence=" + v + ";arousal=" + a;
    }
}
