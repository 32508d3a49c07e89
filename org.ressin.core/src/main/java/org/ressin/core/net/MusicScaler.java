package org.ressin.core.net;

import java.util.ArrayList;
import java.util.List;

import org.ressin.core.eval.ZScore;

/**
 * Z-score statistics of the music features, fitted on the training part only and stored with the model so that test
 * and new data are scaled the same way: a {@link ZScore} (a feature constant in training scales to 0 everywhere)
 * kept as its two arrays, the form in which saved models hold it.
 *
 * @param mean   per-feature mean over the training examples
 * @param stdDev per-feature population standard deviation; 0 marks a feature constant in training (models saved by
 *               earlier builds hold 1 there and are applied as before)
 */
public record MusicScaler(double[] mean, double[] stdDev) {

    public MusicScaler {
        if (mean.length != stdDev.length) {
            throw new IllegalArgumentException(mean.length + " means but " + stdDev.length + " standard deviations");
        }
        mean = mean.clone();
        stdDev = stdDev.clone();
    }

    /**
     * Fits the statistics on the music vectors of {@code examples} (each one per example, so a song counts as often
     * as it is heard), with {@link ZScore}'s rules.
     */
    public static MusicScaler fit(List<? extends Example> examples) {
        if (examples.isEmpty()) throw new IllegalArgumentException("no examples to fit music z-scores on");
        int d = dimensionOf(examples.get(0));
        List<double[]> rows = new ArrayList<>(examples.size());
        for (Example e : examples) {
            rows.add(checked(e, d));
        }
        ZScore z = ZScore.fit(rows);
        return new MusicScaler(z.mean(), z.stdDev());
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
        for (int j = 0; j < x.length; j++) dest[offset + j] = (float) ZScore.scale(x[j], mean[j], stdDev[j]);
    }
}
