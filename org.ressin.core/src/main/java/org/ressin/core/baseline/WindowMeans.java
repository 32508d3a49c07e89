package org.ressin.core.baseline;

/**
 * A signal of any length as a fixed number of points: the signal is cut into {@code points} windows of equal
 * length {@code n / points} samples and each point is the mean over its window. Window borders may fall inside a
 * sample; that sample then counts in both windows with the fraction that lies in each (sample i spans
 * [i, i + 1)). So every sample weighs the same in total and the mean of the points is exactly the mean of the
 * signal. Computed with integer weights (all lengths scaled by {@code points}), so no rounding decides a border.
 */
public final class WindowMeans {

    private WindowMeans() {}

    /**
     * @param x      the signal, at least {@code points} samples (a window never spans less than one sample)
     * @param points the number of windows, at least 1
     */
    public static double[] of(double[] x, int points) {
        if (points < 1) {
            throw new IllegalArgumentException("number of points must be at least 1, was " + points);
        }
        long n = x.length;
        if (n < points) {
            throw new IllegalArgumentException("a signal of " + n + " samples cannot be averaged into " + points
                    + " windows of at least one sample");
        }
        double[] out = new double[points];
        // in units of 1/points samples: sample i spans [i*points, (i+1)*points), window k spans [k*n, (k+1)*n)
        int i = 0;
        for (int k = 0; k < points; k++) {
            long from = k * n;
            long to = from + n;
            double sum = 0;
            while (i < n) {
                long start = (long) i * points;
                long end = start + points;
                long overlap = Math.min(end, to) - Math.max(start, from);
                sum += x[i] * overlap;
                if (end > to) break; // the sample goes on into the next window
                i++;
                if (end == to) break;
            }
            out[k] = sum / n;
        }
        return out;
    }
}
