package org.ressin.core.eval;

import java.util.List;

/**
 * Per-feature z-score statistics fitted on training rows only, so that held-out rows are scaled with what was
 * known at training time. A feature that is constant over the training rows carries nothing the model could
 * have learned: it is scaled to 0 for every row (also a test row where it varies), never divided by 0.
 *
 * @param mean   per-feature mean over the training rows
 * @param stdDev per-feature population standard deviation; 0 marks a feature constant in training
 */
public record ZScore(double[] mean, double[] stdDev) {

    public ZScore {
        if (mean.length != stdDev.length) {
            throw new IllegalArgumentException(mean.length + " means but " + stdDev.length + " standard deviations");
        }
        mean = mean.clone();
        stdDev = stdDev.clone();
    }

    /**
     * Fits the statistics on {@code rows} (each row counts once, so a song heard by many subjects counts as
     * often as it is heard, as in the classifier's training set).
     *
     * @throws IllegalArgumentException for no rows, rows of different lengths or non-finite values
     */
    public static ZScore fit(List<double[]> rows) {
        if (rows.isEmpty()) throw new IllegalArgumentException("no rows to fit z-scores on");
        int d = rows.get(0).length;
        double[] mean = new double[d];
        double[] m2 = new double[d];
        long n = 0;
        for (double[] x : rows) {
            if (x.length != d) {
                throw new IllegalArgumentException("row " + n + " has " + x.length + " features, expected " + d);
            }
            n++;
            for (int j = 0; j < d; j++) { // Welford: stable for large offsets such as openSMILE energies
                if (!Double.isFinite(x[j])) {
                    throw new IllegalArgumentException("row " + (n - 1) + ": feature " + j + " is " + x[j]);
                }
                double delta = x[j] - mean[j];
                mean[j] += delta / n;
                m2[j] += delta * (x[j] - mean[j]);
            }
        }
        double[] sd = new double[d];
        for (int j = 0; j < d; j++) {
            double s = Math.sqrt(m2[j] / n);
            sd[j] = s > 1e-12 * Math.max(1.0, Math.abs(mean[j])) ? s : 0.0;
        }
        return new ZScore(mean, sd);
    }

    public int dimension() { return mean.length; }

    /** Features constant over the training rows (scaled to 0). */
    public int constantFeatures() {
        int n = 0;
        for (double s : stdDev) {
            if (s == 0) n++;
        }
        return n;
    }

    /** The z-scored copy of {@code x}; always finite for finite input. */
    public double[] apply(double[] x) {
        if (x.length != mean.length) {
            throw new IllegalArgumentException("row has " + x.length + " features, expected " + mean.length);
        }
        double[] out = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            out[j] = scale(x[j], mean[j], stdDev[j]);
        }
        return out;
    }

    /** One value z-scored by the rule above: 0 where the training SD is 0 (a feature constant in training). */
    public static double scale(double x, double mean, double stdDev) {
        return stdDev == 0 ? 0.0 : (x - mean) / stdDev;
    }

    @Override
    public double[] mean() { return mean.clone(); }

    @Override
    public double[] stdDev() { return stdDev.clone(); }
}
