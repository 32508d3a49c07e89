package org.ressin.core.eval;

import java.util.Arrays;

/** Mean and sample standard deviation of per-fold values, the spread every result table reports. */
public final class SampleStatistics {

    private SampleStatistics() { }

    /** The mean (compensated summation); NaN for no values. */
    public static double mean(double[] x) {
        return Arrays.stream(x).average().orElse(Double.NaN);
    }

    /** The sample standard deviation (n - 1); 0 for a single value, NaN for none. */
    public static double sd(double[] x) {
        if (x.length == 0) return Double.NaN;
        if (x.length < 2) return 0.0;
        double m = mean(x);
        return Math.sqrt(Arrays.stream(x).map(v -> (v - m) * (v - m)).sum() / (x.length - 1));
    }
}
