package org.ressin.core.labels;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The outcome of {@link PersonalLabeler#label}.
 *
 * @param labels          every rating that got at least one label, in input order
 * @param thresholds      every subject's thresholds, by subject ID in order of first appearance
 * @param globalValence   the valence threshold over all ratings; empty when all are equal or there are none
 * @param globalArousal   the arousal threshold over all ratings; empty likewise
 * @param fallbackCounts  per target, how many subjects did not get a personal threshold, by reason
 *                        (every reason is present, possibly with 0)
 * @param warnings        human-readable warnings, for the user
 */
public record LabelingResult(List<LabeledRating> labels, Map<String, PersonalThreshold> thresholds,
        OptionalDouble globalValence, OptionalDouble globalArousal,
        Map<Target, Map<FallbackReason, Integer>> fallbackCounts, List<String> warnings) {

    public LabelingResult {
        labels = List.copyOf(labels);
        thresholds = Collections.unmodifiableMap(new LinkedHashMap<>(thresholds));
        Objects.requireNonNull(globalValence, "globalValence");
        Objects.requireNonNull(globalArousal, "globalArousal");
        Map<Target, Map<FallbackReason, Integer>> counts = new EnumMap<>(Target.class);
        for (Target t : Target.values()) {
            Map<FallbackReason, Integer> byReason = new EnumMap<>(FallbackReason.class);
            for (FallbackReason r : FallbackReason.values()) {
                byReason.put(r, fallbackCounts.getOrDefault(t, Map.of()).getOrDefault(r, 0));
            }
            counts.put(t, Collections.unmodifiableMap(byReason));
        }
        fallbackCounts = Collections.unmodifiableMap(counts);
        warnings = List.copyOf(warnings);
    }

    /** How many subjects fell back for {@code target} because of {@code reason}. */
    public int fallbackCount(Target target, FallbackReason reason) {
        return fallbackCounts.get(target).get(reason);
    }

    /** The global threshold of a target. */
    public OptionalDouble global(Target target) {
        return target == Target.VALENCE ? globalValence : globalArousal;
    }
}
