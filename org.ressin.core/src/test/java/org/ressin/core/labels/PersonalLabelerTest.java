package org.ressin.core.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PersonalLabelerTest {

    /** Subject A: valence {1,2,3,7,8,9}, arousal {1,1,2,10,11,12}. */
    private static List<Rating> subjectA() {
        double[] v = {1, 2, 3, 7, 8, 9};
        double[] a = {1, 1, 2, 10, 11, 12};
        List<Rating> r = new ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            r.add(new Rating("A", "s" + i, v[i], a[i]));
        }
        return r;
    }

    private static LabelingResult label(List<Rating> ratings, int minRatings, Fallback fallback) {
        return new PersonalLabeler(new LabelSettings(minRatings, fallback)).label(ratings);
    }

    private static LabeledRating find(LabelingResult result, String subject, String song) {
        return result.labels().stream()
                .filter(l -> l.rating().subjectId().equals(subject) && l.rating().musicId().equals(song))
                .findFirst().orElseThrow();
    }

    @Test
    void personalThresholdsByHand() {
        LabelingResult result = label(subjectA(), 3, Fallback.GLOBAL);
        PersonalThreshold a = result.thresholds().get("A");
        // valence: {1,2,3}|{7,8,9}, centres 2 and 8 -> 5
        assertEquals(5.0, a.valenceThreshold(), 1e-12);
        // arousal: {1,1,2}|{10,11,12}, centres 4/3 and 11 -> 37/6
        assertEquals(37.0 / 6, a.arousalThreshold(), 1e-12);
        assertEquals(6, a.ratingCount());
        assertEquals("personal", a.rule());
        int[] expected = {0, 0, 0, 1, 1, 1};
        for (int i = 0; i < 6; i++) {
            LabeledRating l = find(result, "A", "s" + i);
            assertEquals(OptionalInt.of(expected[i]), l.valenceLabel(), "song s" + i);
            assertEquals(OptionalInt.of(expected[i]), l.arousalLabel(), "song s" + i);
        }
        assertEquals(0, result.fallbackCount(Target.VALENCE, FallbackReason.TOO_FEW_RATINGS));
        assertTrue(result.warnings().isEmpty(), result.warnings().toString());
    }

    @Test
    void labelIsStrictlyAboveThreshold() {
        TargetThreshold t = TargetThreshold.personal(0.5);
        assertEquals(OptionalInt.of(0), t.label(0.5));
        assertEquals(OptionalInt.of(1), t.label(Math.nextUp(0.5)));
        assertEquals(OptionalInt.empty(), TargetThreshold.excluded(FallbackReason.TOO_FEW_RATINGS).label(9));
    }

    @Test
    void tieInSubjectRatingsTakesLowestSplit() {
        // valence {0,1,2}: both splits have SSE 0.5; lowest -> centres 0 and 1.5 -> 0.75, so rating 1 is high
        List<Rating> r = List.of(new Rating("T", "x", 0, 0), new Rating("T", "y", 1, 0), new Rating("T", "z", 2, 1));
        LabelingResult result = label(r, 3, Fallback.EXCLUDE);
        assertEquals(0.75, result.thresholds().get("T").valenceThreshold(), 1e-15);
        assertEquals(OptionalInt.of(1), find(result, "T", "y").valenceLabel());
        // arousal {0,0,1}: only split between the distinct values -> 0.5
        assertEquals(0.5, result.thresholds().get("T").arousalThreshold(), 1e-15);
    }

    @Test
    void tooFewRatingsFallsBackToGlobal() {
        List<Rating> r = new ArrayList<>(subjectA());
        r.add(new Rating("B", "s9", 4, 5)); // one rating only
        LabelingResult result = label(r, 3, Fallback.GLOBAL);
        // global valence over {1,2,3,4,7,8,9}: {1,2,3,4}|{7,8,9} (SSE 5 + 2) -> centres 2.5, 8 -> 5.25
        assertEquals(5.25, result.globalValence().getAsDouble(), 1e-12);
        // global arousal over {1,1,2,5,10,11,12}: {1,1,2,5}|{10,11,12} (SSE 10.75 + 2) -> 2.25, 11 -> 6.625
        assertEquals(6.625, result.globalArousal().getAsDouble(), 1e-12);
        PersonalThreshold b = result.thresholds().get("B");
        assertEquals(5.25, b.valenceThreshold(), 1e-12);
        assertEquals(6.625, b.arousalThreshold(), 1e-12);
        assertEquals(ThresholdRule.GLOBAL, b.valence().rule());
        assertEquals(Optional.of(FallbackReason.TOO_FEW_RATINGS), b.valence().reason());
        assertEquals("global:too-few-ratings", b.rule());
        assertEquals(OptionalInt.of(0), find(result, "B", "s9").valenceLabel());
        assertEquals(OptionalInt.of(0), find(result, "B", "s9").arousalLabel());
        assertEquals(1, result.fallbackCount(Target.VALENCE, FallbackReason.TOO_FEW_RATINGS));
        assertEquals(1, result.fallbackCount(Target.AROUSAL, FallbackReason.TOO_FEW_RATINGS));
        assertEquals(0, result.fallbackCount(Target.VALENCE, FallbackReason.SINGLE_DISTINCT_VALUE));
        // A still personal: the global threshold does not replace a personal one
        assertEquals(5.0, result.thresholds().get("A").valenceThreshold(), 1e-12);
        assertEquals(7, result.labels().size());
        assertEquals(2, result.warnings().size(), result.warnings().toString());
    }

    @Test
    void tooFewRatingsExcluded() {
        List<Rating> r = new ArrayList<>(subjectA());
        r.add(new Rating("B", "s9", 4, 5));
        LabelingResult result = label(r, 3, Fallback.EXCLUDE);
        PersonalThreshold b = result.thresholds().get("B");
        assertTrue(Double.isNaN(b.valenceThreshold()));
        assertEquals("excluded:too-few-ratings", b.rule());
        assertEquals(6, result.labels().size());
        assertTrue(result.labels().stream().noneMatch(l -> l.rating().subjectId().equals("B")));
        assertEquals(1, result.fallbackCount(Target.AROUSAL, FallbackReason.TOO_FEW_RATINGS));
    }

    @Test
    void minRatingsBoundary() {
        // A has 6 ratings: personal at minRatings 6, fallback at 7
        assertEquals(ThresholdRule.PERSONAL, label(subjectA(), 6, Fallback.EXCLUDE).thresholds().get("A").valence().rule());
        LabelingResult seven = label(subjectA(), 7, Fallback.GLOBAL);
        PersonalThreshold a = seven.thresholds().get("A");
        assertEquals(ThresholdRule.GLOBAL, a.valence().rule());
        assertEquals(5.0, a.valenceThreshold(), 1e-12); // global = A's own ratings here
        assertEquals(0, label(subjectA(), 7, Fallback.EXCLUDE).labels().size());
    }

    @Test
    void singleRatingIsSingleValueWhenMinRatingsAllowsIt() {
        List<Rating> r = new ArrayList<>(subjectA());
        r.add(new Rating("B", "s9", 4, 5));
        LabelingResult result = label(r, 1, Fallback.GLOBAL);
        assertEquals("global:single-value", result.thresholds().get("B").rule());
        assertEquals(1, result.fallbackCount(Target.VALENCE, FallbackReason.SINGLE_DISTINCT_VALUE));
        assertEquals(0, result.fallbackCount(Target.VALENCE, FallbackReason.TOO_FEW_RATINGS));
    }

    @Test
    void allEqualRatingsPerTarget() {
        List<Rating> r = new ArrayList<>(subjectA());
        double[] arousal = {1, 2, 3, 4};
        for (int i = 0; i < 4; i++) {
            r.add(new Rating("C", "c" + i, 5, arousal[i]));
        }
        // EXCLUDE: C has no valence labels but personal arousal {1,2}|{3,4} -> 2.5
        LabelingResult ex = label(r, 3, Fallback.EXCLUDE);
        PersonalThreshold c = ex.thresholds().get("C");
        assertEquals(ThresholdRule.EXCLUDED, c.valence().rule());
        assertEquals(2.5, c.arousalThreshold(), 1e-12);
        assertEquals("valence=excluded:single-value;arousal=personal", c.rule());
        LabeledRating c2 = find(ex, "C", "c2");
        assertFalse(c2.valenceLabel().isPresent());
        assertEquals(OptionalInt.of(1), c2.arousalLabel());
        assertEquals(1, ex.fallbackCount(Target.VALENCE, FallbackReason.SINGLE_DISTINCT_VALUE));
        assertEquals(0, ex.fallbackCount(Target.AROUSAL, FallbackReason.SINGLE_DISTINCT_VALUE));

        // GLOBAL: valence over {1,2,3,5,5,5,5,7,8,9} ties (symmetric about 5); lowest split {1,2,3}|rest
        // -> centres 2 and 44/7 -> 29/7; C's 5 > 29/7 is high
        LabelingResult gl = label(r, 3, Fallback.GLOBAL);
        assertEquals(29.0 / 7, gl.globalValence().getAsDouble(), 1e-12);
        assertEquals(29.0 / 7, gl.thresholds().get("C").valenceThreshold(), 1e-12);
        assertEquals(OptionalInt.of(1), find(gl, "C", "c0").valenceLabel());
    }

    @Test
    void undefinedGlobalThresholdExcludesWithWarning() {
        List<Rating> r = List.of(new Rating("A", "x", 3, 1), new Rating("A", "y", 3, 2), new Rating("B", "x", 3, 2));
        LabelingResult result = label(r, 2, Fallback.GLOBAL);
        assertTrue(result.globalValence().isEmpty());
        assertEquals(ThresholdRule.EXCLUDED, result.thresholds().get("B").valence().rule());
        assertTrue(result.warnings().stream().anyMatch(w -> w.contains("global valence threshold is undefined")),
                result.warnings().toString());
    }

    @Test
    void badSettings() {
        assertThrows(IllegalArgumentException.class, () -> new LabelSettings(0, Fallback.GLOBAL));
        assertThrows(IllegalArgumentException.class, () -> new Rating("A", "x", Double.NaN, 1));
    }
}
