package org.ressin.core.cvxeda;

/**
 * The bilinear (Tustin) discretisation of the Bateman impulse response {@code exp(-t/tau0) - exp(-t/tau1)}:
 * autoregressive coefficients {@code ar0, ar1, ar2} (the rows of A) and moving-average {@code [1, 2, 1]}
 * (the rows of M). The DC gain of {@code M A^-1} is {@code tau0 - tau1}.
 */
record BatemanArma(double ar0, double ar1, double ar2) {

    static BatemanArma of(double tau0, double tau1, double delta) {
        double a1 = 1 / tau1;
        double a0 = 1 / tau0;
        double den = (a1 - a0) * delta * delta;
        return new BatemanArma(
                (a1 * delta + 2) * (a0 * delta + 2) / den,
                (2 * a1 * a0 * delta * delta - 8) / den,
                (a1 * delta - 2) * (a0 * delta - 2) / den);
    }
}
