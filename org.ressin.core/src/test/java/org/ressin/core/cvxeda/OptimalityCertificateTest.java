package org.ressin.core.cvxeda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks the Karush-Kuhn-Tucker conditions of returned solutions directly, independent of any reference: with
 * res = -e, the multiplier z = alpha + A^-T M' res must be non-negative, complementary to p (Σ p z = 0),
 * and the tonic must be stationary (T' res + Γ w = 0). Together they prove optimality (CURRENT version).
 */
class OptimalityCertificateTest {

    @ParameterizedTest
    @CsvSource({"1500, 50, 11", "2250, 50, 12", "3000, 50, 13", "600, 12.5, 14", "400, 4, 15"})
    void syntheticSolutionsSatisfyKkt(int n, double rate, long seed) {
        double[] y = SyntheticEda.zScored(SyntheticEda.generate(n, rate, seed));
        assertKkt(CvxEdaParameters.defaults(), y, rate, "synthetic seed " + seed);
    }

    @ParameterizedTest
    @ValueSource(doubles = {1, 1e3})
    void rawMicrosiemensScaleSatisfiesKkt(double gain) {
        // raw (not z-scored) input: the stopping rule is relative to the signal's scale
        double[] y = SyntheticEda.generate(2250, 50, 21);
        for (int i = 0; i < y.length; i++) {
            y[i] *= gain;
        }
        assertKkt(CvxEdaParameters.defaults(), y, 50, "raw x" + gain);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pmemo_108_s100081", "pmemo_372_s200440", "pmemo_634_mean", "syn_60s_z",
            "variant_pmemo_108_mean_bc_spline_offset", "variant_pmemo_108_mean_bc_0"})
    void goldenSolutionsSatisfyKkt(String name) throws IOException {
        GoldenCase g = GoldenCase.load(name);
        assertKkt(g.parameters(), g.y(), g.samplingRate(), name);
    }

    private static void assertKkt(CvxEdaParameters parameters, double[] y, double rate, String what) {
        // the tight setting; the default stops at the reference's accuracy (compared in GoldenCasesTest)
        Decomposition dec = new CvxEda(parameters, SolverAccuracy.TIGHT).decompose(y, rate);
        assertEquals(SolverStatus.OPTIMAL, dec.status(), what);
        int n = y.length;
        double yMax = 0;
        for (double v : y) {
            yMax = Math.max(yMax, Math.abs(v));
        }
        BatemanArma arma = BatemanArma.of(parameters.tau0(), parameters.tau1(), 1 / rate);
        double[] res = dec.residual();
        for (int i = 0; i < n; i++) {
            res[i] = -res[i];
        }
        // b = M' res; z = alpha + A^-T b by back-substitution (A' is upper triangular banded)
        double[] b = new double[n];
        for (int j = 0; j < n; j++) {
            b[j] = res[j] + (j + 1 < n ? 2 * res[j + 1] : 0) + (j + 2 < n ? res[j + 2] : 0);
        }
        double[] x = new double[n];
        for (int j = n - 1; j >= 0; j--) {
            double acc = b[j];
            if (j + 1 < n) {
                acc -= arma.ar1() * x[j + 1];
            }
            if (j + 2 < n) {
                acc -= arma.ar2() * x[j + 2];
            }
            x[j] = acc / arma.ar0();
        }
        double alpha = parameters.alpha();
        double[] p = dec.driver();
        double minZ = Double.POSITIVE_INFINITY;
        double complementarity = 0;
        for (int i = 0; i < n; i++) {
            double z = alpha + x[i];
            minZ = Math.min(minZ, z);
            complementarity += p[i] * Math.abs(z);
        }
        // scale: z ~ alpha; p ~ y; the objective ~ y²
        assertTrue(minZ >= -1e-3 * alpha, what + ": dual infeasible, min z = " + minZ + " (alpha " + alpha + ")");
        assertTrue(complementarity <= 1e-7 * Math.max(1, yMax * yMax),
                what + ": complementarity Σ p|z| = " + complementarity);
        // tonic stationarity: T' res + Γ w = 0
        TonicBasis basis = TonicBasis.build(parameters, n, rate);
        int m = basis.columns;
        double[] l = dec.splineCoefficients();
        double worst = 0;
        for (int k = 0; k < m; k++) {
            double g = k < l.length ? parameters.gamma() * l[k] : 0;
            for (int i = 0; i < n; i++) {
                g += basis.values[i * m + k] * res[i];
            }
            worst = Math.max(worst, Math.abs(g));
        }
        assertTrue(worst <= 1e-7 * Math.max(1, yMax) * Math.sqrt(n), what + ": tonic gradient " + worst);
    }
}
