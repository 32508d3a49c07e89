package org.ressin.core.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TwoMeansTest {

    private static TwoMeans.Split fit(double... v) {
        return TwoMeans.fit(v).orElseThrow();
    }

    @Test
    void twoObviousGroups() {
        // {1,2,3} | {7,8,9}: centres 2 and 8, SSE 2 + 2, threshold 5.
        TwoMeans.Split s = fit(9, 1, 8, 2, 7, 3);
        assertEquals(2.0, s.lowCentre(), 1e-15);
        assertEquals(8.0, s.highCentre(), 1e-15);
        assertEquals(3, s.lowCount());
        assertEquals(3, s.highCount());
        assertEquals(4.0, s.withinSumOfSquares(), 1e-12);
        assertEquals(5.0, s.threshold(), 1e-15);
    }

    @Test
    void unevenGroups() {
        // splits: {0}|{.1,.2,1} SSE .4867; {0,.1}|{.2,1} SSE .325; {0,.1,.2}|{1} SSE .02 -> centres .1, 1 -> .55
        TwoMeans.Split s = fit(0, 0.1, 0.2, 1.0);
        assertEquals(0.1, s.lowCentre(), 1e-15);
        assertEquals(1.0, s.highCentre(), 1e-15);
        assertEquals(0.02, s.withinSumOfSquares(), 1e-12);
        assertEquals(0.55, s.threshold(), 1e-15);
    }

    @Test
    void exactTieTakesLowestSplit() {
        // {0}|{1,2} and {0,1}|{2} both have SSE 0.5; the lowest split index wins: centres 0 and 1.5.
        TwoMeans.Split s = fit(2, 0, 1);
        assertEquals(1, s.lowCount());
        assertEquals(0.75, s.threshold(), 1e-15);
    }

    @Test
    void roundingDoesNotBreakTies() {
        // {.1}|{.2,.3} and {.1,.2}|{.3} tie in exact arithmetic (SSE .005) but not in binary floating point.
        TwoMeans.Split s = fit(0.3, 0.1, 0.2);
        assertEquals(1, s.lowCount());
        assertEquals((0.1 + 0.25) / 2, s.threshold(), 1e-15);
        // symmetric around 5: {1,2,3}|{5,5,5,5,7,8,9} and {1,2,3,5,5,5,5}|{7,8,9} both have SSE 136/7;
        // the computed sums differ in the last bit. Lowest split: centres 2 and 44/7, threshold 29/7.
        TwoMeans.Split t = fit(1, 2, 3, 7, 8, 9, 5, 5, 5, 5);
        assertEquals(3, t.lowCount());
        assertEquals(29.0 / 7, t.threshold(), 1e-12);
        assertEquals(136.0 / 7, t.withinSumOfSquares(), 1e-12);
    }

    @Test
    void equalValuesStayTogether() {
        // only the gap between 1 and 2 is a candidate split
        TwoMeans.Split s = fit(1, 1, 1, 2);
        assertEquals(3, s.lowCount());
        assertEquals(1.5, s.threshold(), 1e-15);
    }

    @Test
    void undefinedForFewerThanTwoDistinctValues() {
        assertTrue(TwoMeans.fit(new double[0]).isEmpty());
        assertTrue(TwoMeans.fit(new double[] {0.4}).isEmpty());
        assertTrue(TwoMeans.fit(new double[] {0.4, 0.4, 0.4}).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> TwoMeans.fit(new double[] {1, Double.NaN}));
    }

    @Test
    void equalsBruteForceOverAllPartitions() {
        Random random = new Random(20190922L);
        for (int trial = 0; trial < 400; trial++) {
            int n = 2 + random.nextInt(10);
            double[] x = new double[n];
            boolean grid = trial % 2 == 0; // half the trials on a coarse grid: many equal values and ties
            for (int i = 0; i < n; i++) {
                x[i] = grid ? random.nextInt(5) / 4.0 : random.nextDouble() * 9 + 1;
            }
            double[] sorted = x.clone();
            Arrays.sort(sorted);
            if (sorted[0] == sorted[n - 1]) {
                assertTrue(TwoMeans.fit(x).isEmpty());
                continue;
            }
            // brute force over all 2^n - 2 assignments
            double best = Double.POSITIVE_INFINITY;
            for (int mask = 1; mask < (1 << n) - 1; mask++) {
                best = Math.min(best, sse(x, mask));
            }
            TwoMeans.Split s = TwoMeans.fit(x).orElseThrow();
            assertEquals(best, s.withinSumOfSquares(), 1e-9, "trial " + trial + " " + Arrays.toString(x));
            // the split is between distinct values and its centres are the means of its two sides
            int k = s.lowCount();
            assertTrue(sorted[k - 1] < sorted[k], "split separates equal values: " + Arrays.toString(sorted));
            assertEquals(mean(sorted, 0, k), s.lowCentre(), 1e-12);
            assertEquals(mean(sorted, k, n), s.highCentre(), 1e-12);
            // lowest optimal split: no earlier split between distinct values is as good
            for (int j = 1; j < k; j++) {
                if (sorted[j - 1] < sorted[j]) {
                    double other = directSse(sorted, 0, j) + directSse(sorted, j, n);
                    assertTrue(other > best + 1e-9, "earlier split " + j + " ties with " + k);
                }
            }
        }
    }

    @Test
    void equalsBruteForceOverSplitsForLargerInputs() {
        Random random = new Random(7L);
        for (int trial = 0; trial < 20; trial++) {
            int n = 50 + random.nextInt(200);
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = trial % 2 == 0 ? random.nextGaussian() + (random.nextBoolean() ? 3 : 0) : random.nextInt(9) + 1;
            }
            double[] sorted = x.clone();
            Arrays.sort(sorted);
            double[] v = new double[n];
            double best = Double.POSITIVE_INFINITY;
            for (int j = 1; j < n; j++) {
                v[j] = sorted[j - 1] == sorted[j] ? Double.NaN : directSse(sorted, 0, j) + directSse(sorted, j, n);
                best = Math.min(best, Double.isNaN(v[j]) ? best : v[j]);
            }
            int bestSplit = 1;
            while (!(v[bestSplit] <= best + 1e-9 * directSse(sorted, 0, n))) {
                bestSplit++;
            }
            TwoMeans.Split s = TwoMeans.fit(x).orElseThrow();
            assertEquals(best, s.withinSumOfSquares(), 1e-9 * Math.max(1, best));
            assertEquals(bestSplit, s.lowCount(), "trial " + trial);
        }
    }

    private static double sse(double[] x, int mask) {
        double s0 = 0, s1 = 0;
        int n0 = 0, n1 = 0;
        for (int i = 0; i < x.length; i++) {
            if ((mask >> i & 1) == 0) { s0 += x[i]; n0++; } else { s1 += x[i]; n1++; }
        }
        double m0 = s0 / n0, m1 = s1 / n1, e = 0;
        for (int i = 0; i < x.length; i++) {
            double d = x[i] - ((mask >> i & 1) == 0 ? m0 : m1);
            e += d * d;
        }
        return e;
    }

    private static double mean(double[] x, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += x[i];
        }
        return s / (to - from);
    }

    private static double directSse(double[] x, int from, int to) {
        double m = mean(x, from, to), e = 0;
        for (int i = from; i < to; i++) {
            e += (x[i] - m) * (x[i] - m);
        }
        return e;
    }
}
