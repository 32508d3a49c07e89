package org.ressin.core.net;

import java.util.List;

/**
 * Z-score statistics of the music features, fitted on the training part only and stored with the
 * model so that test and new data are scaled the same way.
 *
 * @param mean   per-feature mean over the training examples
 * @param stdDev per-feature population standard deviation; a constant feature gets 1, so it scales to 0
 */
public record MusicScaler(double[] mean, double[] stdDev) {

    public MusicScaler {
        if (mean.length != stdDev.length) {
            throw new IllegalArgumentException(mean.length + " means but " + stdDev.length + " standard deviations");
        }
        mean = mean.clone();
        stdDev = stdDev.clone();
    }

    /** Fits the statistics on the music vectors of {@code examples} (each one per example, so a song counts as often as it is heard). */
    public static MusicScaler fit(List<? extends Example> examples) {
        if (examples.isEmpty()) throw new IllegalArgumentException("no examples to fit music z-scores on");
        int d = dimensionOf(examples.get(0));
        double[] mean = new double[d];
        double[] m2 = new double[d];
        long n = 0;
        for (Example e : examples) {
            double[] x = checked(e, d);
            n++;
            for (int j = 0; j < d; j++) { // Welford: stable for large offsets such as openSMILE energies
                double delta = x[j] - mean[j];
                mean[j] += delta / n;
                m2[j] += delta * (x[j] - mean[j]);
            }
        }
        double[] sd = new double[d];
        for (int j = 0; j < d; j++) {
            double s = Math.sqrt(m2[j] / n);
            sd[j] = s > 1e-12 * Math.max(1.0, Math.abs(mean[j])) ? s : 1.0;
        }
        return new MusicScaler(mean, sd);
    }

    private static int dimensionOf(Example e) {
        if (e.music() == null) {
            throw new IllegalArgumentException("example " + e.id() + " has no music features, but fusion needs them");
        }
        if (e.music().length == 0) throw new IllegalArgumentException("example " + e.id() + " has an empty music vector");
        return e.music().length;
    }

    /** The example's music vector after checking its presence, length and finiteness. */
    static double[] checked(Example e, int dimension) {
        double[] x = e.music();
        if (x == null) {
            throw new IllegalArgumentException("example " + e.id() + " has no music features, but fusion needs them");
        }
        if (x.length != dimension) {
            throw new IllegalArgumentException("example " + e.id() + " has " + x.length
                    + " music features, expected " + dimension);
        }
        for (int j = 0; j < x.length; j++) {
            if (!Double.isFinite(x[j])) {
                throw new IllegalArgumentException("example " + e.id() + ": music feature " + j + " is " + x[j]);
            }
        }
        return x;
    }

    public int dimension() { return mean.length; }

    @Override
    public double[] mean() { return mean.clone(); }

    @Override
    public double[] stdDev() { return stdDev.clone(); }

    /** Writes the z-scored features of {@code e} as floats into {@code dest} from {@code offset}. */
    void scale(Example e, float[] dest, int offset) {
        double[] x = checked(e, mean.length);
        for (int j = 0; j < x.length; j++) dest[offset + j] = (float) ((x[j] - mean[j]) / stdDev[j]);
    }
}
