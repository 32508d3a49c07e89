package org.ressin.core.synth;

/**
 * The Bateman impulse response of a skin conductance response, {@code exp(-t/tau0) - exp(-t/tau1)}, as the
 * bilinear (Tustin) discretisation used by cvxEDA: the ARMA filter
 * {@code ar[0] r[n] + ar[1] r[n-1] + ar[2] r[n-2] = p[n] + 2 p[n-1] + p[n-2]} with
 * {@code ar = [(a1 d + 2)(a0 d + 2), 2 a1 a0 d^2 - 8, (a1 d - 2)(a0 d - 2)] / ((a1 - a0) d^2)},
 * {@code a0 = 1/tau0}, {@code a1 = 1/tau1}, {@code d} the sampling interval, zero initial state. Its DC gain is
 * {@code tau0 - tau1}. Immutable.
 */
public final class BatemanFilter {

    /** cvxEDA's default slow time constant, seconds. */
    public static final double TAU0 = 2.0;
    /** cvxEDA's default fast time constant, seconds. */
    public static final double TAU1 = 0.7;

    private final double ar0;
    private final double ar1;
    private final double ar2;
    private final double impulsePeak;

    public BatemanFilter(double samplingRate, double tau0, double tau1) {
        if (!(samplingRate > 0) || !(tau0 > 0) || !(tau1 > 0) || tau0 == tau1) {
            throw new IllegalArgumentException("need samplingRate > 0 and distinct positive time constants, got "
                    + samplingRate + " Hz, tau0 " + tau0 + ", tau1 " + tau1);
        }
        double d = 1.0 / samplingRate;
        double a0 = 1.0 / tau0;
        double a1 = 1.0 / tau1;
        double den = (a1 - a0) * d * d;
        this.ar0 = (a1 * d + 2) * (a0 * d + 2) / den;
        this.ar1 = (2 * a1 * a0 * d * d - 8) / den;
        this.ar2 = (a1 * d - 2) * (a0 * d - 2) / den;
        double[] impulse = new double[(int) Math.ceil(4 * Math.max(tau0, tau1) * samplingRate) + 3];
        impulse[0] = 1;
        double peak = 0;
        for (double v : apply(impulse)) {
            peak = Math.max(peak, Math.abs(v));
        }
        this.impulsePeak = peak;
    }

    /** The filter at cvxEDA's default time constants. */
    public static BatemanFilter standard(double samplingRate) {
        return new BatemanFilter(samplingRate, TAU0, TAU1);
    }

    /** Autoregressive coefficients {@code [ar0, ar1, ar2]}. */
    public double[] ar() { return new double[] {ar0, ar1, ar2}; }

    /** Moving-average coefficients {@code [1, 2, 1]}. */
    public double[] ma() { return new double[] {1, 2, 1}; }

    /** Largest value of the response to a unit impulse: a driver impulse of {@code h / peak} gives an SCR of height h. */
    public double impulsePeak() { return impulsePeak; }

    /** The phasic response to a driver, zero initial state. */
    public double[] apply(double[] driver) {
        double[] r = new double[driver.length];
        double p1 = 0, p2 = 0, r1 = 0, r2 = 0;
        for (int n = 0; n < driver.length; n++) {
            double p0 = driver[n];
            double v = (p0 + 2 * p1 + p2 - ar1 * r1 - ar2 * r2) / ar0;
            r[n] = v;
            p2 = p1;
            p1 = p0;
            r2 = r1;
            r1 = v;
        }
        return r;
    }
}
