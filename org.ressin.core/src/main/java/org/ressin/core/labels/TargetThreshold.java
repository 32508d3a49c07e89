package org.ressin.core.labels;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The threshold one subject has for one target, and how it was chosen.
 *
 * @param value  the threshold; {@code NaN} exactly when the rule is {@link ThresholdRule#EXCLUDED}
 * @param rule   personal, global or excluded
 * @param reason why there is no personal threshold; empty exactly when the rule is personal
 */
public record TargetThreshold(double value, ThresholdRule rule, Optional<FallbackReason> reason) {

    public TargetThreshold {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
        if ((rule == ThresholdRule.EXCLUDED) != Double.isNaN(value)) {
            throw new IllegalArgumentException("threshold must be NaN exactly when excluded: " + value + ", " + rule);
        }
        if (Double.isInfinite(value)) {
            throw new IllegalArgumentException("threshold must be finite, was " + value);
        }
        if ((rule == ThresholdRule.PERSONAL) != reason.isEmpty()) {
            throw new IllegalArgumentException("a fallback reason is given exactly when the rule is not personal");
        }
    }

    public static TargetThreshold personal(double value) {
        return new TargetThreshold(value, ThresholdRule.PERSONAL, Optional.empty());
    }

    public static TargetThreshold global(double value, FallbackReason reason) {
        return new TargetThreshold(value, ThresholdRule.GLOBAL, Optional.of(reason));
    }

    public static TargetThreshold excluded(FallbackReason reason) {
        return new TargetThreshold(Double.NaN, ThresholdRule.EXCLUDED, Optional.of(reason));
    }

    /** 1 when {@code rating} is strictly above the threshold, else 0; empty when excluded. */
    public OptionalInt label(double rating) {
        if (rule == ThresholdRule.EXCLUDED) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(rating > value ? 1 : 0);
    }

    /** "personal", or the rule and reason such as "global:too-few-ratings" or "excluded:single-value". */
    public String code() {
        return reason.map(r -> rule.lowerName() + ":" + r.code()).orElse(rule.lowerName());
    }
}
