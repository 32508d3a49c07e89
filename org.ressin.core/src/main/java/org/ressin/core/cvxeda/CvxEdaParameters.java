package org.ressin.core.cvxeda;

import java.util.Objects;

/**
 * Settings of the cvxEDA model (Greco et al., IEEE TBME 2016).
 *
 * @param tau0               slow (recovery) time constant of the Bateman response, seconds; must exceed {@code tau1}
 * @param tau1               fast (rise) time constant of the Bateman response, seconds
 * @param knotSpacingSeconds spacing of the tonic spline knots, seconds (rounded to whole samples)
 * @param alpha              weight of the sparsity penalty {@code alpha·Σp} on the driver, {@code >= 0}
 * @param gamma              weight of the ridge penalty {@code gamma/2·||l||²} on the spline coefficients, {@code > 0}
 * @param baseline           unpenalised baseline columns of the tonic
 * @param version            which reference revision to reproduce; {@link CvxEdaVersion#LEGACY_2017} only
 *                           supports the {@link BaselineCorrection#LINEAR} baseline, as the 2017 code had no choice
 */
public record CvxEdaParameters(double tau0, double tau1, double knotSpacingSeconds, double alpha, double gamma,
                               BaselineCorrection baseline, CvxEdaVersion version) {

    public CvxEdaParameters {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(version, "version");
        requirePositive("tau0", tau0);
        requirePositive("tau1", tau1);
        if (!(tau0 > tau1)) {
            throw new IllegalArgumentException("tau0 (slow recovery time constant, " + tau0
                    + " s) must be greater than tau1 (fast rise time constant, " + tau1 + " s)");
        }
        requirePositive("knotSpacingSeconds", knotSpacingSeconds);
        if (!(alpha >= 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("alpha (driver sparsity weight) must be finite and >= 0, was " + alpha);
        }
        requirePositive("gamma", gamma);
        if (version == CvxEdaVersion.LEGACY_2017 && baseline != BaselineCorrection.LINEAR) {
            throw new IllegalArgumentException("baseline " + baseline
                    + " is not available with version LEGACY_2017, whose baseline is always LINEAR");
        }
    }

    /** The reference defaults: tau0 = 2 s, tau1 = 0.7 s, knots every 10 s, alpha = 8e-4, gamma = 1e-2, linear baseline, current version. */
    public static CvxEdaParameters defaults() {
        return new CvxEdaParameters(2.0, 0.7, 10.0, 8e-4, 1e-2, BaselineCorrection.LINEAR, CvxEdaVersion.CURRENT);
    }

    public CvxEdaParameters withTau0(double value) {
        return new CvxEdaParameters(value, tau1, knotSpacingSeconds, alpha, gamma, baseline, version);
    }

    public CvxEdaParameters withTau1(double value) {
        return new CvxEdaParameters(tau0, value, knotSpacingSeconds, alpha, gamma, baseline, version);
    }

    public CvxEdaParameters withKnotSpacingSeconds(double value) {
        return new CvxEdaParameters(tau0, tau1, value, alpha, gamma, baseline, version);
    }

    public CvxEdaParameters withAlpha(double value) {
        return new CvxEdaParameters(tau0, tau1, knotSpacingSeconds, value, gamma, baseline, version);
    }

    public CvxEdaParameters withGamma(double value) {
        return new CvxEdaParameters(tau0, tau1, knotSpacingSeconds, alpha, value, baseline, version);
    }

    public CvxEdaParameters withBaseline(BaselineCorrection value) {
        return new CvxEdaParameters(tau0, tau1, knotSpacingSeconds, alpha, gamma, value, version);
    }

    public CvxEdaParameters withVersion(CvxEdaVersion value) {
        return new CvxEdaParameters(tau0, tau1, knotSpacingSeconds, alpha, gamma, baseline, value);
    }

    private static void requirePositive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be positive and finite, was " + value);
        }
    }
}
