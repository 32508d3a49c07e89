package org.ressin.core.cvxeda;

/**
 * The tonic design matrix {@code T = [B C]} of the cvxEDA model for one signal length, stored row-major
 * ({@code n x m}, {@code m = nB + nC}).
 *
 * <p>B: one cubic B-spline-like column per knot. The kernel is a box of {@code Δk} ones convolved with itself
 * four times (a triangle convolved with itself), support {@code 4Δk-3} samples, normalised to peak 1, centred
 * on knots {@code 0, Δk, 2Δk, ...} and truncated at the signal edges. CURRENT places knots below
 * {@code n + Δk/2} (integer division), LEGACY_2017 below {@code n}. C: see {@link BaselineCorrection}.
 */
final class TonicBasis {

    /** Above this knot spacing (in samples) the exact integer kernel could overflow a long. */
    static final int MAX_KNOT_SAMPLES = 400_000;

    final int n;
    final int knotSamples;
    final int[] knots;
    final int splineColumns;
    final int baselineColumns;
    final int columns;
    /** Row-major n x columns. */
    final double[] values;

    private TonicBasis(int n, int knotSamples, int[] knots, int baselineColumns, double[] values) {
        this.n = n;
        this.knotSamples = knotSamples;
        this.knots = knots;
        this.splineColumns = knots.length;
        this.baselineColumns = baselineColumns;
        this.columns = knots.length + baselineColumns;
        this.values = values;
    }

    /** Knot spacing in samples, {@code round(knotSpacingSeconds * samplingRate)} with ties to even as in Python. */
    static int knotSamples(double knotSpacingSeconds, double samplingRate) {
        return (int) Math.min(Integer.MAX_VALUE, Math.rint(knotSpacingSeconds * samplingRate));
    }

    /** The number of columns (spline knots plus baseline columns) {@link #build} makes for these arguments. */
    static int columns(CvxEdaParameters parameters, int n, double samplingRate) {
        return knotCount(parameters, n, knotSamples(parameters, samplingRate)) + baselineColumns(parameters);
    }

    private static int knotSamples(CvxEdaParameters parameters, double samplingRate) {
        int dk = knotSamples(parameters.knotSpacingSeconds(), samplingRate);
        if (dk < 2 || dk > MAX_KNOT_SAMPLES) {
            throw new CvxEdaException("knot spacing of " + parameters.knotSpacingSeconds() + " s is " + dk
                    + " samples at " + samplingRate + " Hz; it must be between 2 and " + MAX_KNOT_SAMPLES + " samples");
        }
        return dk;
    }

    private static int knotCount(CvxEdaParameters parameters, int n, int dk) {
        boolean legacy = parameters.version() == CvxEdaVersion.LEGACY_2017;
        long end = legacy ? n : (long) n + dk / 2;
        return (int) ((end - 1) / dk + 1);
    }

    private static int baselineColumns(CvxEdaParameters parameters) {
        return switch (parameters.baseline()) {
            case NONE -> 0;
            case CONSTANT, SPLINE_OFFSET -> 1;
            case LINEAR -> 2;
        };
    }

    static TonicBasis build(CvxEdaParameters parameters, int n, double samplingRate) {
        int dk = knotSamples(parameters, samplingRate);
        int[] knots = new int[knotCount(parameters, n, dk)];
        for (int j = 0; j < knots.length; j++) {
            knots[j] = j * dk;
        }
        int nB = knots.length;
        int nC = baselineColumns(parameters);
        int m = nB + nC;
        double[] t = new double[n * m];
        int half = 2 * dk - 2;
        double peak = kernel(half, dk);
        // Only offsets that can meet a sample are needed: |i - knot| <= lastKnot + n, so memory stays O(n + Δk).
        int reach = (int) Math.min(half, (long) knots[nB - 1] + n);
        double[] kernel = new double[2 * reach + 1];
        for (int o = -reach; o <= reach; o++) {
            kernel[o + reach] = kernel(o + half, dk) / peak;
        }
        for (int j = 0; j < nB; j++) {
            int from = Math.max(0, knots[j] - reach);
            int to = Math.min(n - 1, knots[j] + reach);
            for (int i = from; i <= to; i++) {
                t[i * m + j] = kernel[i - knots[j] + reach];
            }
        }
        for (int i = 0; i < n; i++) {
            int row = i * m;
            switch (parameters.baseline()) {
                case NONE -> { }
                case CONSTANT -> t[row + nB] = 1;
                case LINEAR -> {
                    t[row + nB] = 1;
                    t[row + nB + 1] = (i + 1) / (double) n;
                }
                case SPLINE_OFFSET -> {
                    double sum = 0;
                    for (int j = 0; j < nB; j++) {
                        sum += t[row + j];
                    }
                    t[row + nB] = sum;
                }
            }
        }
        return new TonicBasis(n, dk, knots, nC, t);
    }

    /**
     * Entry {@code k} (0..4dk-4) of four boxes of {@code dk} ones convolved: the number of ways to write k as a sum
     * of four integers in [0, dk), by inclusion-exclusion over the upper bound. Exact in long arithmetic.
     */
    static double kernel(int k, int dk) {
        long sum = 0;
        long[] binom4 = {1, 4, 6, 4, 1};
        for (int j = 0; j <= 4; j++) {
            long x = (long) k - (long) j * dk + 3;
            if (x >= 3) {
                long c3 = x * (x - 1) / 2 * (x - 2) / 3;
                sum += (j % 2 == 0 ? 1 : -1) * binom4[j] * c3;
            }
        }
        return sum;
    }
}
