package org.ressin.core.cvxeda;

import java.util.Random;

/**
 * A simple seeded generator of EDA-like test signals, for benchmarks and tests (not a physiological model):
 * a tonic level (offset, linear drift, two slow sinusoids with periods of 20-60 s), skin conductance
 * responses (Poisson onsets, on average one every 8 s, exponentially distributed peak heights) passed through
 * the same bilinear Bateman filter as cvxEDA (tau0 = 2 s, tau1 = 0.7 s), and white Gaussian noise. Values are
 * microsiemens-like; the same arguments always give the same signal.
 */
public final class SyntheticEda {

    private static final double MEAN_SECONDS_BETWEEN_SCRS = 8;
    private static final double MEAN_SCR_PEAK = 0.3;
    private static final double NOISE_SD = 0.01;

    private SyntheticEda() {
    }

    /** {@code n} samples at {@code samplingRate} Hz from the given seed. */
    public static double[] generate(int n, double samplingRate, long seed) {
        if (n < 0 || !(samplingRate > 0)) {
            throw new IllegalArgumentException("need n >= 0 and a positive sampling rate, got n = " + n
                    + ", rate = " + samplingRate);
        }
        Random random = new Random(seed);
        double delta = 1 / samplingRate;
        BatemanArma arma = BatemanArma.of(2.0, 0.7, delta);
        double peak = impulsePeak(arma, (int) Math.ceil(20 * samplingRate) + 3);
        double[] driver = new double[n];
        double rate = delta / MEAN_SECONDS_BETWEEN_SCRS;
        for (int i = 0; i < n; i++) {
            if (random.nextDouble() < rate) {
                driver[i] = -Math.log(1 - random.nextDouble()) * MEAN_SCR_PEAK / peak;
            }
        }
        double[] phasic = filter(arma, driver);
        double offset = 2 + 8 * random.nextDouble();
        double drift = (random.nextDouble() - 0.5) * 0.02;
        double period1 = 20 + 40 * random.nextDouble();
        double period2 = 20 + 40 * random.nextDouble();
        double phase1 = 2 * Math.PI * random.nextDouble();
        double phase2 = 2 * Math.PI * random.nextDouble();
        double amp1 = 0.2 * random.nextDouble();
        double amp2 = 0.2 * random.nextDouble();
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double time = i * delta;
            double tonic = offset + drift * time + amp1 * Math.sin(2 * Math.PI * time / period1 + phase1)
                    + amp2 * Math.sin(2 * Math.PI * time / period2 + phase2);
            y[i] = tonic + phasic[i] + NOISE_SD * random.nextGaussian();
        }
        return y;
    }

    /** (x - mean) / sd; a constant signal becomes all zeros. */
    public static double[] zScored(double[] x) {
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double var = 0;
        for (double v : x) {
            var += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(var / x.length);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = sd > 0 ? (x[i] - mean) / sd : 0;
        }
        return out;
    }

    /** r = M A^-1 p with zero initial state: the phasic response to driver p. */
    static double[] filter(BatemanArma arma, double[] p) {
        double[] r = new double[p.length];
        double q1 = 0;
        double q2 = 0;
        for (int i = 0; i < p.length; i++) {
            double q = (p[i] - arma.ar1() * q1 - arma.ar2() * q2) / arma.ar0();
            r[i] = q + 2 * q1 + q2;
            q2 = q1;
            q1 = q;
        }
        return r;
    }

    private static double impulsePeak(BatemanArma arma, int length) {
        double[] impulse = new double[length];
        impulse[0] = 1;
        double max = 0;
        for (double v : filter(arma, impulse)) {
            max = Math.max(max, v);
        }
        return max;
    }
}
