package org.ressin.core.labels;

import java.util.Arrays;
import java.util.Optional;

/**
 * Exact k-means with k = 2 in one dimension.
 *
 * <p>In one dimension the optimal two-cluster partition is a split of the sorted values (every point lies
 * on its nearer centre's side of the midpoint), so instead of running Lloyd's iterations, which can stop in
 * a local optimum and depend on their start, every split of the sorted values is scored in O(1) with prefix
 * sums and the best one is taken: O(n log n) for the sort, exact and deterministic.
 *
 * <p>Ties:
 * <ul>
 * <li>Equal values are never split across clusters: only gaps between distinct sorted values are
 *     candidate splits. (This loses nothing: an optimal partition never separates equal values, because a
 *     point equidistant from both centres can always move to the smaller cluster and lower the sum.)</li>
 * <li>Splits whose within-cluster sums of squares agree to within {@value #TIE_TOLERANCE} times the total
 *     sum of squares count as equal (so rounding in the prefix sums cannot decide), and the lowest split
 *     index among them wins, i.e. the smallest low cluster.</li>
 * </ul>
 */
public final class TwoMeans {

    /** Relative tolerance (of the total sum of squares) under which two splits count as equally good. */
    public static final double TIE_TOLERANCE = 1e-9;

    private TwoMeans() {}

    /**
     * The optimal split.
     *
     * @param lowCentre          mean of the low cluster
     * @param highCentre         mean of the high cluster, greater than {@code lowCentre}
     * @param lowCount           number of values in the low cluster
     * @param highCount          number of values in the high cluster
     * @param withinSumOfSquares the sum over both clusters of squared distances to their centre
     */
    public record Split(double lowCentre, double highCentre, int lowCount, int highCount,
            double withinSumOfSquares) {

        /** The midpoint of the two centres: values strictly above it are "high". */
        public double threshold() {
            return (lowCentre + highCentre) / 2;
        }
    }

    /**
     * The optimal two-means split of {@code values} (order does not matter; the array is not changed).
     *
     * @return empty when there are fewer than two distinct values
     * @throws IllegalArgumentException if a value is not finite
     */
    public static Optional<Split> fit(double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("value " + i + " is not finite: " + values[i]);
            }
        }
        double[] x = values.clone();
        Arrays.sort(x);
        int n = x.length;
        if (n < 2 || x[0] == x[n - 1]) {
            return Optional.empty();
        }
        // Centre first so the prefix sums of squares do not cancel catastrophically.
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= n;
        double[] s1 = new double[n + 1];
        double[] s2 = new double[n + 1];
        for (int i = 0; i < n; i++) {
            double c = x[i] - mean;
            s1[i + 1] = s1[i] + c;
            s2[i + 1] = s2[i] + c * c;
        }
        double total = s2[n] - s1[n] * s1[n] / n;

        double[] sse = new double[n];
        double best = Double.POSITIVE_INFINITY;
        for (int i = 1; i < n; i++) {
            if (x[i - 1] == x[i]) {
                sse[i] = Double.NaN;
                continue;
            }
            sse[i] = withinSumOfSquares(s1, s2, n, i);
            best = Math.min(best, sse[i]);
        }
        double limit = best + TIE_TOLERANCE * total;
        int split = 1;
        while (!(sse[split] <= limit)) { // NaN (no split between equal values) fails too
            split++;
        }
        double low = mean + s1[split] / split;
        double high = mean + (s1[n] - s1[split]) / (n - split);
        return Optional.of(new Split(low, high, split, n - split, sse[split]));
    }

    private static double withinSumOfSquares(double[] s1, double[] s2, int n, int i) {
        double left = s2[i] - s1[i] * s1[i] / i;
        double rightSum = s1[n] - s1[i];
        double right = (s2[n] - s2[i]) - rightSum * rightSum / (n - i);
        return Math.max(0, left) + Math.max(0, right);
    }
}
