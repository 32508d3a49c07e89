package org.ressin.core.baseline;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Settings of a libsvm support vector machine (classification) or epsilon-SVR (regression). The paper gives none,
 * so the defaults are libsvm's own.
 *
 * <p>No seed: libsvm draws random numbers (its static {@code svm.rand}) only for probability estimates and its
 * internal cross-validation; the baselines use neither, so training is deterministic. The seed of a baseline
 * run is the seed of its fold assignment.
 *
 * @param kernel    RBF (default) or linear
 * @param c         the cost C, {@code > 0} (default 1)
 * @param gamma     the RBF width; empty = {@code 1 / d} with d the number of input features (libsvm's default)
 * @param epsilon   the width of the epsilon-insensitive tube of SVR, {@code >= 0} (default 0.1); not used by
 *                  classification
 * @param cacheMegabytes libsvm's kernel cache, {@code > 0} (default 200)
 * @param tolerance libsvm's stopping tolerance, {@code > 0} (default 1e-3)
 */
public record SvmSettings(SvmKernel kernel, double c, OptionalDouble gamma, double epsilon, double cacheMegabytes,
        double tolerance) {

    public SvmSettings {
        Objects.requireNonNull(kernel, "kernel");
        Objects.requireNonNull(gamma, "gamma");
        positive("C", c);
        if (gamma.isPresent()) {
            positive("gamma", gamma.getAsDouble());
        }
        if (!(epsilon >= 0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("SVM setting epsilon must be finite and >= 0, was " + epsilon);
        }
        positive("cacheMegabytes", cacheMegabytes);
        positive("tolerance", tolerance);
    }

    private static void positive(String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("SVM setting " + name + " must be finite and > 0, was " + v);
        }
    }

    /** libsvm's defaults: RBF, C = 1, gamma = 1/d, epsilon = 0.1, 200 MB cache, tolerance 1e-3. */
    public static SvmSettings defaults() {
        return new SvmSettings(SvmKernel.RBF, 1.0, OptionalDouble.empty(), 0.1, 200, 1e-3);
    }

    public SvmSettings withKernel(SvmKernel k) { return new SvmSettings(k, c, gamma, epsilon, cacheMegabytes, tolerance); }

    public SvmSettings withC(double v) { return new SvmSettings(kernel, v, gamma, epsilon, cacheMegabytes, tolerance); }

    /** A fixed RBF width instead of {@code 1 / d}. */
    public SvmSettings withGamma(double v) {
        return new SvmSettings(kernel, c, OptionalDouble.of(v), epsilon, cacheMegabytes, tolerance);
    }

    public SvmSettings withEpsilon(double v) { return new SvmSettings(kernel, c, gamma, v, cacheMegabytes, tolerance); }

    /** The RBF width used for {@code dimension} input features. */
    public double gammaFor(int dimension) {
        return gamma.orElse(1.0 / dimension);
    }
}
