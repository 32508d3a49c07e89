package org.ressin.core.cvxeda;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

import org.ressin.core.eda.Recording;

/**
 * cvxEDA decomposition (Greco, Valenza, Lanata, Scilingo &amp; Citi, IEEE TBME 2016) of an electrodermal activity
 * signal into phasic, tonic and noise: solves
 *
 * <pre>
 *   minimise 1/2 ||M q + B l + C d - y||² + alpha·1'A q + gamma/2 ||l||²   subject to  A q >= 0
 * </pre>
 *
 * with a structure-exploiting interior-point method, by default to the reference implementation's own accuracy
 * ({@link SolverAccuracy}); see {@code docs/cvxeda.md}. An iteration costs {@code O(n·m²)} time and {@code O(n·m)}
 * memory, {@code m} the tonic columns (one per knot: about 7 for 45 s at 50 Hz, but growing with the length), so
 * recordings of minutes are fast and hour-long ones should be decomposed in parts.
 *
 * <p>Thread-safe: an instance holds only its immutable parameters, every call works on its own memory, so one
 * instance can serve a thread pool.
 *
 * <p>The input must be finite: fill short gaps (NaN) first with {@link GapFiller}.
 */
public final class CvxEda {

    private final CvxEdaParameters parameters;
    private final SolverAccuracy accuracy;

    /** Decomposes with the given model parameters to the reference's accuracy ({@link SolverAccuracy#REFERENCE}). */
    public CvxEda(CvxEdaParameters parameters) {
        this(parameters, SolverAccuracy.REFERENCE);
    }

    public CvxEda(CvxEdaParameters parameters, SolverAccuracy accuracy) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.accuracy = Objects.requireNonNull(accuracy, "accuracy");
    }

    public CvxEdaParameters parameters() {
        return parameters;
    }

    public SolverAccuracy accuracy() {
        return accuracy;
    }

    /** Smallest number of samples the model accepts for the given version. */
    public static int minimumLength(CvxEdaVersion version) {
        // CURRENT: n = 1 leaves offset and slope of the baseline unidentified. LEGACY_2017: rows 0 and 1 are
        // free, so with n <= 3 some q direction is unconstrained (the reference fails there too).
        return version == CvxEdaVersion.LEGACY_2017 ? 4 : 2;
    }

    /**
     * Decomposes a recording; every error message names the recording ({@link Recording#id()}).
     *
     * @throws CvxEdaException for non-finite samples (fill gaps first with {@link GapFiller}) or a too short signal
     */
    public Decomposition decompose(Recording recording) {
        Objects.requireNonNull(recording, "recording");
        return decompose(recording.samples(), recording.samplingRate(), "recording " + recording.id(), null);
    }

    /**
     * Decomposes the signal {@code y} sampled at {@code samplingRate} Hz.
     *
     * @throws CvxEdaException for non-finite samples, a non-positive sampling rate or a too short signal
     */
    public Decomposition decompose(double[] y, double samplingRate) {
        Objects.requireNonNull(y, "y");
        return decompose(y.clone(), samplingRate, "signal", null);
    }

    /** As {@link #decompose(double[], double)}, passing one diagnostic line per solver iteration to {@code tracer}. */
    Decomposition decomposeTraced(double[] y, double samplingRate, Consumer<String> tracer) {
        return decompose(y.clone(), samplingRate, "signal", tracer);
    }

    private Decomposition decompose(double[] y, double samplingRate, String what, Consumer<String> tracer) {
        if (!(samplingRate > 0) || Double.isInfinite(samplingRate)) {
            throw new CvxEdaException(what + ": sampling rate must be positive and finite, was " + samplingRate);
        }
        int n = y.length;
        int minimum = minimumLength(parameters.version());
        if (n < minimum) {
            throw new CvxEdaException(what + ": " + n + " samples, cvxEDA (" + parameters.version()
                    + ") needs at least " + minimum);
        }
        double scale = 0;
        for (int i = 0; i < n; i++) {
            double value = y[i];
            if (!Double.isFinite(value)) {
                throw new CvxEdaException(what + ": sample " + i + " (t = " + (i / samplingRate) + " s) is " + value
                        + "; fill gaps first (GapFiller)");
            }
            scale = Math.max(scale, Math.abs(value));
        }
        TonicBasis basis;
        try {
            checkMemory(n, TonicBasis.columns(parameters, n, samplingRate), samplingRate,
                    Runtime.getRuntime().maxMemory());
            basis = TonicBasis.build(parameters, n, samplingRate);
        } catch (CvxEdaException e) {
            throw new CvxEdaException(what + ": " + e.getMessage());
        }
        double delta = 1 / samplingRate;
        BatemanArma arma = BatemanArma.of(parameters.tau0(), parameters.tau1(), delta);

        // Solve the equivalent problem for y/scale (alpha/scale): the tolerances are then relative to the signal's
        // magnitude, so raw microsiemens and z-scores behave alike.
        if (scale == 0) {
            scale = 1;
        }
        double[] scaled = new double[n];
        for (int i = 0; i < n; i++) {
            scaled[i] = y[i] / scale;
        }
        InteriorPointSolver solver = new InteriorPointSolver(basis, arma, parameters.gamma(), parameters.version(),
                accuracy);
        solver.tracer = tracer;
        InteriorPointSolver.Result result = solver.solve(scaled, parameters.alpha() / scale);
        return assemble(y, samplingRate, basis, result, scale);
    }

    /** Doubles a decomposition of {@code n} samples with {@code m} tonic columns allocates (basis and solver). */
    static long workspaceDoubles(int n, int m) {
        return (long) (n + 4) * (6L * m + 52);
    }

    /**
     * Refuses, before allocating, a recording whose workspace would exceed half of {@code heapBytes} (an
     * OutOfMemoryError would take down whatever else runs in the JVM, e.g. a KNIME workflow).
     */
    static void checkMemory(int n, int m, double samplingRate, long heapBytes) {
        long bytes = 8 * workspaceDoubles(n, m);
        if (bytes > heapBytes / 2) {
            throw new CvxEdaException(String.format(Locale.ROOT, "%d samples (%.1f min at %s Hz) with %d"
                    + " tonic columns need about %d MB for cvxEDA, more than half of the Java heap (%d MB);"
                    + " decompose the recording in parts of a few minutes, or give Java more memory (-Xmx)",
                    n, n / samplingRate / 60, samplingRate, m, bytes >> 20, heapBytes >> 20));
        }
    }

    private Decomposition assemble(double[] y, double samplingRate, TonicBasis basis, InteriorPointSolver.Result result,
                                   double scale) {
        int n = y.length;
        int m = basis.columns;
        int first = parameters.version() == CvxEdaVersion.LEGACY_2017 ? 2 : 0;
        double[] q = result.q();
        double[] phasic = new double[n];
        double[] driver = new double[n];
        double[] tonic = new double[n];
        double[] residual = new double[n];
        double[] w = result.w();
        double[] sol = result.driver();
        for (int i = first; i < n; i++) {
            double r = q[i];
            if (i >= 1) {
                r += 2 * q[i - 1];
            }
            if (i >= 2) {
                r += q[i - 2];
            }
            phasic[i] = r * scale;
            driver[i] = sol[i] * scale;
        }
        double sumDriver = 0;
        double residualSquares = 0;
        for (int i = 0; i < n; i++) {
            double t = 0;
            for (int k = 0; k < m; k++) {
                t += basis.values[i * m + k] * w[k];
            }
            tonic[i] = t * scale;
            residual[i] = y[i] - phasic[i] - tonic[i];
            residualSquares += residual[i] * residual[i];
            sumDriver += driver[i];
        }
        int nB = basis.splineColumns;
        double[] spline = new double[nB];
        double[] baseline = new double[basis.baselineColumns];
        double splineSquares = 0;
        for (int k = 0; k < nB; k++) {
            spline[k] = w[k] * scale;
            splineSquares += spline[k] * spline[k];
        }
        for (int k = 0; k < baseline.length; k++) {
            baseline[k] = w[nB + k] * scale;
        }
        double objective = 0.5 * residualSquares + parameters.alpha() * sumDriver + 0.5 * parameters.gamma() * splineSquares;
        return new Decomposition(samplingRate, y, phasic, driver, tonic, residual, spline, baseline, objective,
                result.status(), result.iterations(), result.gap() * scale * scale);
    }
}
