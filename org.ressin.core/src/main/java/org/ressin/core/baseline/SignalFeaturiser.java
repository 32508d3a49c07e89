package org.ressin.core.baseline;

/**
 * Turns one signal of any length into the fixed-length input of the regression pre-experiment: low-pass at the
 * cutoff (zero phase, {@link LowPassFilter}), z-score over the recording (mean 0, population sd 1), then
 * {@link WindowMeans} to {@code points} values. A signal that is constant after filtering (e.g. a phasic
 * component without any response) has no scale: it becomes all zeros. Immutable and thread-safe.
 *
 * @param cutoffHz the low-pass cutoff (paper: 0.6 Hz)
 * @param points   the length of every vector (our choice, default 50)
 */
public record SignalFeaturiser(double cutoffHz, int points) {

    /** Our default vector length: 50 points, one per 0.3-1.2 s of a PMEmo chorus after the 15 s discard. */
    public static final int DEFAULT_POINTS = 50;

    public SignalFeaturiser {
        if (!(cutoffHz > 0) || Double.isInfinite(cutoffHz)) {
            throw new IllegalArgumentException("low-pass cutoff must be positive and finite, was " + cutoffHz);
        }
        if (points < 1) {
            throw new IllegalArgumentException("number of points must be at least 1, was " + points);
        }
    }

    /** 0.6 Hz, {@value #DEFAULT_POINTS} points. */
    public static SignalFeaturiser defaults() {
        return new SignalFeaturiser(LowPassFilter.PAPER_CUTOFF_HZ, DEFAULT_POINTS);
    }

    /**
     * @param signal       finite samples, at least {@link #points()} of them
     * @param samplingRate samples per second (more than twice the cutoff)
     */
    public double[] vector(double[] signal, double samplingRate) {
        if (signal.length < points) {
            throw new IllegalArgumentException(signal.length + " samples, fewer than the " + points
                    + " points of a regression input");
        }
        double[] y = new LowPassFilter(cutoffHz, samplingRate).apply(signal);
        zScoreInPlace(y);
        return WindowMeans.of(y, points);
    }

    /** Mean 0, population sd 1; a constant signal (relative spread below 1e-12) becomes zeros. */
    private static void zScoreInPlace(double[] y) {
        double mean = 0;
        for (double v : y) mean += v;
        mean /= y.length;
        double ss = 0;
        for (double v : y) ss += (v - mean) * (v - mean);
        double sd = Math.sqrt(ss / y.length);
        boolean constant = !(sd > 1e-12 * Math.max(1.0, Math.abs(mean)));
        for (int i = 0; i < y.length; i++) {
            y[i] = constant ? 0.0 : (y[i] - mean) / sd;
        }
    }
}
