package org.ressin.core.labels;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Binary high/low labels from personal thresholds (method §2): per subject and per target, the midpoint of the
 * two centres of an exact one-dimensional two-means ({@link TwoMeans}); a rating is high (1) when strictly
 * above its subject's threshold.
 *
 * <p>A subject with fewer than {@link LabelSettings#minRatings()} ratings, or whose ratings of a target are
 * all equal, follows {@link LabelSettings#fallback()} for that target: the global threshold (two-means over
 * all ratings of all subjects) or no labels. If the global threshold itself is undefined (all ratings
 * equal), such subjects get no labels and a warning says so.
 */
public final class PersonalLabeler {

    private final LabelSettings settings;

    public PersonalLabeler(LabelSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public LabelSettings settings() { return settings; }

    /** Labels the ratings; deterministic (subjects are handled in order of first appearance). */
    public LabelingResult label(Collection<Rating> ratings) {
        Map<String, List<Rating>> bySubject = new LinkedHashMap<>();
        for (Rating r : ratings) {
            bySubject.computeIfAbsent(r.subjectId(), k -> new ArrayList<>()).add(r);
        }
        Map<Target, OptionalDouble> global = new EnumMap<>(Target.class);
        for (Target t : Target.values()) {
            global.put(t, TwoMeans.fit(values(ratings, t))
                    .map(s -> OptionalDouble.of(s.threshold())).orElse(OptionalDouble.empty()));
        }

        List<String> warnings = new ArrayList<>();
        Map<Target, Map<FallbackReason, Integer>> counts = new EnumMap<>(Target.class);
        Map<Target, Integer> withoutGlobal = new EnumMap<>(Target.class);
        Map<String, PersonalThreshold> thresholds = new LinkedHashMap<>();
        for (Map.Entry<String, List<Rating>> e : bySubject.entrySet()) {
            List<Rating> own = e.getValue();
            Map<Target, TargetThreshold> byTarget = new EnumMap<>(Target.class);
            for (Target t : Target.values()) {
                TargetThreshold tt = threshold(own, t, global.get(t));
                tt.reason().ifPresent(r -> counts.computeIfAbsent(t, k -> new EnumMap<>(FallbackReason.class))
                        .merge(r, 1, Integer::sum));
                if (settings.fallback() == Fallback.GLOBAL && tt.rule() == ThresholdRule.EXCLUDED) {
                    withoutGlobal.merge(t, 1, Integer::sum);
                }
                byTarget.put(t, tt);
            }
            thresholds.put(e.getKey(), new PersonalThreshold(e.getKey(), own.size(),
                    byTarget.get(Target.VALENCE), byTarget.get(Target.AROUSAL)));
        }
        withoutGlobal.forEach((t, n) -> warnings.add("the global " + t.lowerName()
                + " threshold is undefined (all ratings are equal), so " + n + " subject(s) without a personal "
                + t.lowerName() + " threshold get no " + t.lowerName() + " labels"));
        String fallback = settings.fallback().name().toLowerCase(Locale.ROOT);
        counts.forEach((t, byReason) -> byReason.forEach((reason, n) -> warnings.add(n + " subject(s) have no personal "
                + t.lowerName() + " threshold (" + reason.code() + "); fallback: " + fallback)));
        int duplicates = duplicatePairs(ratings);
        if (duplicates > 0) {
            warnings.add(duplicates + " (subject, song) pair(s) are rated more than once; every rating counts");
        }

        List<LabeledRating> labels = new ArrayList<>();
        for (Rating r : ratings) {
            PersonalThreshold pt = thresholds.get(r.subjectId());
            OptionalInt v = pt.valence().label(r.valence());
            OptionalInt a = pt.arousal().label(r.arousal());
            if (v.isPresent() || a.isPresent()) {
                labels.add(new LabeledRating(r, v, a));
            }
        }
        return new LabelingResult(labels, thresholds, global.get(Target.VALENCE), global.get(Target.AROUSAL),
                counts, warnings);
    }

    private TargetThreshold threshold(List<Rating> own, Target target, OptionalDouble global) {
        FallbackReason reason;
        if (own.size() < settings.minRatings()) {
            reason = FallbackReason.TOO_FEW_RATINGS;
        } else {
            var split = TwoMeans.fit(values(own, target));
            if (split.isPresent()) {
                return TargetThreshold.personal(split.get().threshold());
            }
            reason = FallbackReason.SINGLE_DISTINCT_VALUE;
        }
        if (settings.fallback() == Fallback.GLOBAL && global.isPresent()) {
            return TargetThreshold.global(global.getAsDouble(), reason);
        }
        return TargetThreshold.excluded(reason);
    }

    private static double[] values(Collection<Rating> ratings, Target target) {
        double[] v = new double[ratings.size()];
        int i = 0;
        for (Rating r : ratings) {
            v[i++] = r.value(target);
        }
        return v;
    }

    private static int duplicatePairs(Collection<Rating> ratings) {
        Set<List<String>> seen = new HashSet<>();
        Set<List<String>> repeated = new HashSet<>();
        for (Rating r : ratings) {
            List<String> key = List.of(r.subjectId(), r.musicId());
            if (!seen.add(key)) {
                repeated.add(key);
            }
        }
        return repeated.size();
    }
}
