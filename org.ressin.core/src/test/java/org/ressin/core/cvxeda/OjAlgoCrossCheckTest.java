package org.ressin.core.cvxeda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * Cross-check of the structure-exploiting solver against ojAlgo's general convex QP solver on small problems,
 * with A, M and T written out densely from their definitions.
 */
class OjAlgoCrossCheckTest {

    /**
     * {@code reliable}: ojAlgo 56's ExpressionsBasedModel reports OPTIMAL at a visibly suboptimal point for the
     * 2017 variant (free q0, q1) and for some problems with n above ~200 (checked offline with scipy's L-BFGS-B, which agrees with
     * us to 1e-11). There we only require that we are never worse than ojAlgo and close to it.
     */
    @ParameterizedTest(name = "n={0} at {1} Hz, {2}, {3}")
    @CsvSource({
        "160, 4, LINEAR, CURRENT, 1, true",
        "120, 4, SPLINE_OFFSET, CURRENT, 2, true",
        "130, 5, CONSTANT, CURRENT, 3, true",
        "100, 3, NONE, CURRENT, 4, true",
        "100, 4, LINEAR, LEGACY_2017, 7, false",
    })
    void agreesWithOjAlgo(int n, double rate, BaselineCorrection baseline, CvxEdaVersion version, long seed,
                          boolean reliable) {
        CvxEdaParameters parameters = CvxEdaParameters.defaults().withBaseline(baseline).withVersion(version);
        double[] y = SyntheticEda.zScored(SyntheticEda.generate(n, rate, seed));
        // the tight setting: "never worse than ojAlgo" needs more than the reference's accuracy
        Decomposition ours = new CvxEda(parameters, SolverAccuracy.TIGHT).decompose(y, rate);
        assertEquals(SolverStatus.OPTIMAL, ours.status());

        Reference ref = solveWithOjAlgo(parameters, y, rate);
        assertTrue(ref.state.isOptimal(), "ojAlgo did not solve: " + ref.state);
        assertTrue(ours.objective() <= ref.objective + 1e-9,
                "ours " + ours.objective() + " above ojAlgo's " + ref.objective);
        if (reliable) {
            assertEquals(ref.objective, ours.objective(), 1e-8 * Math.max(1, Math.abs(ref.objective)), "objective");
            double errR = GoldenCasesTest.maxAbsDiff(ours.phasic(), ref.r);
            double errT = GoldenCasesTest.maxAbsDiff(ours.tonic(), ref.t);
            assertTrue(errR < 1e-4, "phasic differs by " + errR);
            assertTrue(errT < 1e-4, "tonic differs by " + errT);
        } else {
            assertEquals(ref.objective, ours.objective(), 1e-2 * Math.max(1, Math.abs(ref.objective)), "objective");
        }
    }

    private record Reference(Optimisation.State state, double objective, double[] r, double[] t) { }

    /**
     * The same QP in the driver p directly: r = K p with K = M A^-1 (dense), tonic T w, bounds p >= 0. For
     * LEGACY_2017, q0 and q1 are free variables as well (r = K p + K0 q01).
     */
    private static Reference solveWithOjAlgo(CvxEdaParameters parameters, double[] y, double rate) {
        int n = y.length;
        boolean legacy = parameters.version() == CvxEdaVersion.LEGACY_2017;
        int first = legacy ? 2 : 0;
        BatemanArma arma = BatemanArma.of(parameters.tau0(), parameters.tau1(), 1 / rate);
        double[] ar = {arma.ar0(), arma.ar1(), arma.ar2()};
        double[] ma = {1, 2, 1};
        // Columns of the phasic design: unit impulse in p_j (j >= first) or unit free q_j (j < first), run
        // through the recursion q_i = (p_i - ar1 q_{i-1} - ar2 q_{i-2}) / ar0, r_i = Σ ma_o q_{i-o} (rows >= first)
        double[][] phasicDesign = new double[n][n];
        for (int j = 0; j < n; j++) {
            double[] q = new double[n];
            for (int i = 0; i < n; i++) {
                if (i < first) {
                    q[i] = i == j ? 1 : 0;
                } else {
                    double acc = i == j ? 1 : 0;
                    if (i >= 1) {
                        acc -= ar[1] * q[i - 1];
                    }
                    if (i >= 2) {
                        acc -= ar[2] * q[i - 2];
                    }
                    q[i] = acc / ar[0];
                }
            }
            for (int i = first; i < n; i++) {
                double r = 0;
                for (int o = 0; o <= 2 && i - o >= 0; o++) {
                    r += ma[o] * q[i - o];
                }
                phasicDesign[i][j] = r;
            }
        }
        TonicBasis basis = TonicBasis.build(parameters, n, rate);
        int m = basis.columns;
        int nB = basis.splineColumns;
        int nx = n + m;
        double[][] design = new double[n][nx];
        for (int i = 0; i < n; i++) {
            System.arraycopy(phasicDesign[i], 0, design[i], 0, n);
            System.arraycopy(basis.values, i * m, design[i], n, m);
        }
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[] x = new Variable[nx];
        for (int j = 0; j < nx; j++) {
            x[j] = model.addVariable("x" + j);
            if (j >= first && j < n) {
                x[j].lower(0);
            }
        }
        Expression objective = model.addExpression("objective").weight(1);
        double yy = 0;
        for (int i = 0; i < n; i++) {
            yy += y[i] * y[i];
        }
        for (int j = 0; j < nx; j++) {
            double linear = j >= first && j < n ? parameters.alpha() : 0;
            for (int i = 0; i < n; i++) {
                linear -= design[i][j] * y[i];
            }
            objective.set(x[j], linear);
            for (int k = 0; k < nx; k++) {
                double quad = 0;
                for (int i = 0; i < n; i++) {
                    quad += design[i][j] * design[i][k];
                }
                if (j == k && j >= n && j < n + nB) {
                    quad += parameters.gamma();
                }
                if (quad != 0) {
                    objective.set(x[j], x[k], 0.5 * quad);
                }
            }
        }
        Optimisation.Result result = model.minimise();
        double[] r = new double[n];
        double[] tonic = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                r[i] += phasicDesign[i][j] * result.doubleValue(j);
            }
            for (int k = 0; k < m; k++) {
                tonic[i] += basis.values[i * m + k] * result.doubleValue(n + k);
            }
        }
        return new Reference(result.getState(), result.getValue() + 0.5 * yy, r, tonic);
    }

    @org.junit.jupiter.api.Test
    void ojAlgoQuadraticConventionIsHalfXtPx() {
        // guards the cross-check itself: minimise 1/2·2·x² - 2x (set(x,x,1) means x'Qx with Q = 1) has x = 1
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable x = model.addVariable("x");
        Expression objective = model.addExpression("objective").weight(1);
        objective.set(x, x, 1.0);
        objective.set(x, -2.0);
        Optimisation.Result result = model.minimise();
        assertEquals(1.0, result.doubleValue(0), 1e-9);
        assertEquals(-1.0, result.getValue(), 1e-9);
    }
}
