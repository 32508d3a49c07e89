package org.ressin.core.cvxeda;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Mehrotra predictor-corrector primal-dual interior-point method for the cvxEDA quadratic program
 *
 * <pre>
 *   minimise 1/2 ||M q + T w - y||² + alpha·1'G q + 1/2 w'Γ w   subject to  G q = s >= 0
 * </pre>
 *
 * where {@code G} holds the constraint rows of A (all rows for CURRENT, rows 2.. for LEGACY_2017),
 * {@code T = [B C]}, {@code w = (l, d)} and {@code Γ = diag(gamma,...,gamma, 0,...,0)}.
 *
 * <p>The Newton system is reduced to the q-block {@code H = M'M + G'DG} ({@code D = diag(z/s)}), which is
 * pentadiagonal, coupled to the small dense block of {@code w} through {@code U = M'T}. Each iteration factors
 * {@code H = L Λ L'} (banded), forms {@code W = L^-1 U} and the {@code m x m} Schur complement
 * {@code T'T + Γ - W'Λ^-1 W}, so one iteration costs {@code O(n m²)} with {@code m} the (small) number of tonic
 * columns; no {@code n x n} matrix is ever formed. Predictor, corrector and the optional Gondzio centrality
 * corrector share the factorisation; with the tight setting, each solve of the last iterations gets one step of
 * iterative refinement.
 *
 * <p>The primal iterate stays feasible: the start satisfies {@code G q = s} exactly and every step keeps it
 * ({@code Δs = G Δq}), so the driver returned is the slack {@code s}, strictly positive.
 *
 * <p>Stopping, for y scaled to max |y| = 1 by the caller: complementarity gap {@code s'z <= tol·max(1, y'y)}
 * and dual residual {@code <= 1e-8} relative to the data scale, with {@code tol} from {@link SolverAccuracy}:
 * 5e-10 by default, matching the reference (cvxopt stops at a gap of 1e-9 relative to at most y'y/2), or 1e-12,
 * several hundred times tighter. A dual residual inflated by rounding on
 * strongly active rows is accepted if correcting the multipliers yields an optimality certificate
 * ({@link #certified}). When rounding stops progress first, the result is accepted at a relative gap of 1e-9
 * (status {@link SolverStatus#LIMITED_ACCURACY}).
 *
 * <p>Not thread-safe: one instance per solve (it owns its workspace). Arrays indexed by sample carry two
 * leading and two trailing padding zeros (sample i at index i + 2), so the banded loops have no edge branches.
 */
final class InteriorPointSolver {

    /** Result in the units of the (scaled) problem given to {@link #solve}; arrays indexed by sample. */
    record Result(double[] q, double[] w, double[] driver, SolverStatus status, int iterations, double gap,
                  double dualResidual) { }

    static final int MAX_ITERATIONS = 100;
    static final double DUAL_TOLERANCE = 1e-8;
    static final double ACCEPT_GAP_TOLERANCE = 1e-9;
    static final double ACCEPT_DUAL_TOLERANCE = 1e-6;
    private static final double STEP_FRACTION = 0.99;
    private static final int PAD = 2;
    /** Stride of the running sums in {@link #dot} (a constant, so that C2 sees the dependence distance). */
    private static final int RUN = 64;

    private final int n;
    private final int m;
    private final int nB;
    /** First constraint row (0 for CURRENT, 2 for LEGACY_2017); rows before it are absent from A and M. */
    private final int first;
    private final double a0;
    private final double a1;
    private final double a2;
    private final double gamma;
    /** Relative gap at which the solve stops ({@link SolverAccuracy}). */
    private final double gapTolerance;
    /** Relative gap below which Newton directions get one step of iterative refinement. */
    private final double refineBelow;
    /** Columns of T, padded (sample i at index i + 2). Column-major keeps every loop unit-stride. */
    private final double[][] tCols;
    /** Columns of U = M'T, padded. */
    private final double[][] uCols;
    /** T'T + Γ, m x m. */
    private final double[] tt;
    private final double[] mm0;
    private final double[] mm1;
    private final double[] mm2;
    /** 1 on rows of M and A that exist (i >= first), else 0. */
    private final double[] rowMask;
    /** 1 where H[i,i-1] (band1) or H[i,i-2] (band2) lies inside the matrix, else 0. */
    private final double[] band1;
    private final double[] band2;

    // Iterates, padded. For rows below `first`: s = 1, z = 0 so that D = 0 there.
    private final double[] q;
    private final double[] w;
    private final double[] s;
    private final double[] z;
    // Work, padded where indexed by sample.
    private final double[] res;
    private final double[] rq;
    private final double[] rw;
    private final double[] l1;
    private final double[] l2;
    private final double[] invD;
    private final double[] dMat;
    private final double[] invS;
    private final double[] invZ;
    /** Columns of W = L^-1 U, padded. */
    private final double[][] wCols;
    /** 1 on samples, 0 on padding: the weight of an unweighted Gram matrix. */
    private final double[] ones;
    private final double[] schur;
    private final double[] dq;
    private final double[] dw;
    private final double[] ds;
    private final double[] dz;
    private final double[] dqKeep;
    private final double[] dwKeep;
    private final double[] dsKeep;
    private final double[] dzKeep;
    private final double[] kappa;
    private final double[] smallRhs;
    private final double[] v;
    private final double[] work;
    /** All-zero column standing in for absent columns of a group of four (never written). */
    private final double[] dummyIn;
    /** Scratch column receiving the results of absent columns. */
    private final double[] dummyOut;
    private final double[] work2;
    private final double[] bq;
    private final double[] bw;
    private final double[] refQ;
    private final double[] refW;
    private final double[] corrQ;
    private final double[] corrW;
    /** Columns scaled by a weight, for {@link #gram}. */
    private final double[][] scaledCols;
    /** Running sums of {@link #dot}, running minima of {@link #maxStep}. */
    private final double[] run;
    /** Set in the last iterations: one step of iterative refinement per Newton solve. */
    private boolean refine;

    /** Use one Gondzio centrality corrector per iteration when it lengthens the step (tests may switch it off). */
    boolean gondzio = true;

    /** Receives one line per iteration when set (diagnostics only). */
    Consumer<String> tracer;

    InteriorPointSolver(TonicBasis basis, BatemanArma arma, double gamma, CvxEdaVersion version,
                        SolverAccuracy accuracy) {
        this.gapTolerance = accuracy.gapTolerance();
        this.refineBelow = accuracy.refineBelow();
        this.n = basis.n;
        this.m = basis.columns;
        this.nB = basis.splineColumns;
        this.first = version == CvxEdaVersion.LEGACY_2017 ? 2 : 0;
        this.a0 = arma.ar0();
        this.a1 = arma.ar1();
        this.a2 = arma.ar2();
        this.gamma = gamma;
        int len = n + 2 * PAD;
        tCols = new double[m][len];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < m; a++) {
                tCols[a][i + PAD] = basis.values[i * m + a];
            }
        }
        uCols = new double[m][len];
        tt = new double[m * m];
        mm0 = new double[len];
        mm1 = new double[len];
        mm2 = new double[len];
        rowMask = new double[len];
        band1 = new double[len];
        band2 = new double[len];
        q = new double[len];
        w = new double[m];
        s = new double[len];
        z = new double[len];
        res = new double[len];
        rq = new double[len];
        rw = new double[m];
        l1 = new double[len];
        l2 = new double[len];
        invD = new double[len];
        dMat = new double[len];
        invS = new double[len];
        invZ = new double[len];
        wCols = new double[m][len];
        ones = new double[len];
        Arrays.fill(ones, PAD, n + PAD, 1);
        schur = new double[m * m];
        dq = new double[len];
        dw = new double[m];
        ds = new double[len];
        dz = new double[len];
        dqKeep = new double[len];
        dwKeep = new double[m];
        dsKeep = new double[len];
        dzKeep = new double[len];
        kappa = new double[len];
        smallRhs = new double[m];
        v = new double[len];
        work = new double[len];
        dummyIn = new double[len];
        dummyOut = new double[len];
        work2 = new double[len];
        bq = new double[len];
        bw = new double[m];
        refQ = new double[len];
        refW = new double[m];
        corrQ = new double[len];
        corrW = new double[m];
        scaledCols = new double[m][len];
        run = new double[len];
        buildConstants();
    }

    private void buildConstants() {
        for (int i = first; i < n; i++) {
            rowMask[i + PAD] = 1;
        }
        for (int i = 1; i < n; i++) {
            band1[i + PAD] = 1;
            if (i >= 2) {
                band2[i + PAD] = 1;
            }
        }
        // M'M: row i of M is (1, 2, 1) at columns i, i-1, i-2; columns below 0 fall into the padding.
        for (int k = first + PAD; k < n + PAD; k++) {
            mm0[k] += 1;
            mm0[k - 1] += 4;
            mm0[k - 2] += 1;
            mm1[k] += 2;
            mm1[k - 1] += 2;
            mm2[k] += 1;
        }
        // Couplings into the padding (H[0,-1], H[0,-2], H[1,-1]) and the padding itself must vanish.
        mm1[PAD] = 0;
        mm2[PAD] = 0;
        mm2[PAD + 1] = 0;
        for (int k = 0; k < PAD; k++) {
            mm0[k] = 0;
            mm1[k] = 0;
            mm2[k] = 0;
        }
        // U = M'T: row j = T[j] + 2 T[j+1] + T[j+2] over existing rows of M
        for (int a = 0; a < m; a++) {
            double[] t = tCols[a];
            double[] u = uCols[a];
            for (int k = PAD; k < n + PAD; k++) {
                u[k] = rowMask[k] * t[k] + 2 * rowMask[k + 1] * t[k + 1] + rowMask[k + 2] * t[k + 2];
            }
        }
        // T'T + Γ
        gram(tCols, ones, tt);
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < a; b++) {
                tt[a * m + b] = tt[b * m + a];
            }
        }
        for (int a = 0; a < nB; a++) {
            tt[a * m + a] += gamma;
        }
    }

    /**
     * Solves the problem for signal {@code y} (unpadded, scaled so that max |y| is about 1) and sparsity
     * weight {@code alpha}.
     */
    Result solve(double[] y, double alpha) {
        double yy = 0;
        double yMax = 0;
        for (double value : y) {
            yy += value * value;
            yMax = Math.max(yMax, Math.abs(value));
        }
        int nc = n - first;
        double gapScale = Math.max(1, yy);
        double dualScale = 4 * Math.max(1, yMax) + alpha * (Math.abs(a0) + Math.abs(a1) + Math.abs(a2));
        initialPoint(y, alpha);

        SolverStatus status;
        int iteration = 0;
        double gap;
        double dualRes;
        double best = Double.POSITIVE_INFINITY;
        int noProgress = 0;
        double lastStep = Double.NaN;
        double lastSigma = Double.NaN;
        while (true) {
            gap = computeResiduals(y, alpha);
            dualRes = Math.max(maxAbs(rq), maxAbs(rw)) / dualScale;
            double relGap = gap / gapScale;
            if (tracer != null) {
                tracer.accept(String.format("iteration %3d  gap %.3e (relative %.3e)  dual %.3e  step %.3f  sigma %.2e",
                        iteration, gap, relGap, dualRes, lastStep, lastSigma));
            }
            if (relGap <= gapTolerance && (dualRes <= DUAL_TOLERANCE
                    || certified(alpha, gapScale, dualScale))) {
                status = SolverStatus.OPTIMAL;
                break;
            }
            if (iteration >= MAX_ITERATIONS) {
                status = SolverStatus.MAX_ITERATIONS;
                break;
            }
            refine = relGap < refineBelow;
            double merit = Math.max(relGap, dualRes);
            if (merit < 0.9 * best) {
                best = merit;
                noProgress = 0;
            } else if (++noProgress >= 4 || (noProgress >= 2 && accepted(relGap, dualRes))) {
                status = accepted(relGap, dualRes) ? SolverStatus.LIMITED_ACCURACY : SolverStatus.STALLED;
                break;
            }
            if (!factor()) {
                status = accepted(relGap, dualRes) ? SolverStatus.LIMITED_ACCURACY : SolverStatus.STALLED;
                break;
            }
            double mu = gap / nc;
            // Predictor (affine scaling): kappa = -s∘z (set by computeResiduals).
            double stepAff = direction(true, 0);
            // Corrector: centring towards sigma·mu plus the second-order term of the predictor,
            // kappa = sigma·mu - s∘z - Δs∘Δz (the constant is added inside direction()).
            double muAff = 0;
            for (int k = first + PAD; k < n + PAD; k++) {
                double sk = s[k];
                double zk = z[k];
                double dsk = ds[k];
                double dzk = dz[k];
                muAff += (sk + stepAff * dsk) * (zk + stepAff * dzk);
                kappa[k] = -sk * zk - dsk * dzk;
            }
            muAff /= nc;
            double ratio = Math.min(1, muAff / mu);
            double sigma = ratio * ratio * ratio;
            double target = sigma * mu;
            double maxStep = direction(true, target);
            if (gondzio && maxStep < 0.9) {
                maxStep = centralityCorrector(maxStep, target);
            }
            double step = Math.min(1, STEP_FRACTION * maxStep);
            if (!(step > 1e-12)) {
                status = accepted(relGap, dualRes) ? SolverStatus.LIMITED_ACCURACY : SolverStatus.STALLED;
                break;
            }
            // (rows below `first` have Δs = Δz = 0, so s = 1, z = 0 stay there)
            for (int k = PAD; k < n + PAD; k++) {
                q[k] += step * dq[k];
                s[k] += step * ds[k];
                z[k] += step * dz[k];
            }
            for (int a = 0; a < m; a++) {
                w[a] += step * dw[a];
            }
            lastStep = step;
            lastSigma = sigma;
            iteration++;
        }
        double[] qOut = Arrays.copyOfRange(q, PAD, n + PAD);
        double[] driver = new double[n];
        System.arraycopy(s, first + PAD, driver, first, nc);
        return new Result(qOut, w.clone(), driver, status, iteration, gap, dualRes);
    }

    /**
     * Near the end the dual residual of the q-block grows by rounding on strongly active rows (D = z/s huge).
     * Such a residual can be absorbed into the multipliers: z̃ = z + G'^-1 rq satisfies stationarity exactly.
     * The iterate is certified optimal if z̃ is (numerically) non-negative, the gap Σ s|z̃| meets the gap
     * tolerance and the tonic block (and, for LEGACY_2017, the free q0, q1) are stationary.
     */
    private boolean certified(double alpha, double gapScale, double dualScale) {
        final double[] dzc = this.work;
        dzc[n + PAD] = 0;
        dzc[n + PAD + 1] = 0;
        for (int k = n + PAD - 1; k >= first + PAD; k--) {
            dzc[k] = (rq[k] - a1 * dzc[k + 1] - a2 * dzc[k + 2]) / a0;
        }
        for (int k = PAD; k < first + PAD; k++) {
            dzc[k] = 0;
        }
        double leftover = 0;
        for (int k = PAD; k < first + PAD; k++) {
            double absorbed = a1 * rowMask[k + 1] * dzc[k + 1] + a2 * rowMask[k + 2] * dzc[k + 2];
            leftover = Math.max(leftover, Math.abs(rq[k] - absorbed));
        }
        double gap = 0;
        double minZ = Double.POSITIVE_INFINITY;
        for (int k = first + PAD; k < n + PAD; k++) {
            double zt = z[k] + dzc[k];
            gap += s[k] * Math.abs(zt);
            minZ = Math.min(minZ, zt);
        }
        double zScale = Math.max(alpha, 1e-12);
        return minZ >= -1e-6 * zScale
                && gap <= gapTolerance * gapScale
                && Math.max(maxAbs(rw), leftover) <= DUAL_TOLERANCE * dualScale;
    }

    private static boolean accepted(double relGap, double dualRes) {
        return relGap <= ACCEPT_GAP_TOLERANCE && dualRes <= ACCEPT_DUAL_TOLERANCE;
    }

    /**
     * Gondzio's multiple-centrality corrector (one round): aims at a longer step by pushing the complementarity
     * products of the trial point into [0.1, 10]·target. Keeps the corrected direction only if it lets the
     * step grow; returns the resulting maximum step.
     */
    private double centralityCorrector(double maxStep, double target) {
        double trial = Math.min(1, 1.5 * maxStep + 0.1);
        double low = 0.1 * target;
        double high = 10 * target;
        System.arraycopy(dq, 0, dqKeep, 0, dq.length);
        System.arraycopy(ds, 0, dsKeep, 0, ds.length);
        System.arraycopy(dz, 0, dzKeep, 0, dz.length);
        System.arraycopy(dw, 0, dwKeep, 0, m);
        for (int k = first + PAD; k < n + PAD; k++) {
            double product = (s[k] + trial * ds[k]) * (z[k] + trial * dz[k]);
            double shift = 0;
            if (product < low) {
                shift = low - product;
            } else if (product > high) {
                shift = Math.max(-high, high - product);
            }
            kappa[k] = shift;
        }
        direction(false, 0);
        for (int k = PAD; k < n + PAD; k++) {
            dq[k] += dqKeep[k];
        }
        for (int k = first + PAD; k < n + PAD; k++) {
            ds[k] += dsKeep[k];
            dz[k] += dzKeep[k];
        }
        for (int a = 0; a < m; a++) {
            dw[a] += dwKeep[a];
        }
        double corrected = maxStep();
        if (corrected >= 1.01 * maxStep) {
            return corrected;
        }
        System.arraycopy(dqKeep, 0, dq, 0, dq.length);
        System.arraycopy(dsKeep, 0, ds, 0, ds.length);
        System.arraycopy(dzKeep, 0, dz, 0, dz.length);
        System.arraycopy(dwKeep, 0, dw, 0, m);
        return maxStep;
    }

    /**
     * Start: a constant driver s = 1 (so q = G^-1 s: primal feasible), the tonic fitted by least squares to
     * y - M q, and a constant dual z = alpha (at least 1e-4).
     */
    private void initialPoint(double[] y, double alpha) {
        double z0 = Math.max(alpha, 1e-4);
        Arrays.fill(q, 0);
        Arrays.fill(s, 1);
        Arrays.fill(z, 0);
        for (int k = first + PAD; k < n + PAD; k++) {
            z[k] = z0;
            q[k] = (s[k] - a1 * q[k - 1] - a2 * q[k - 2]) / a0;
        }
        for (int i = 0; i < n; i++) {
            int k = i + PAD;
            work[k] = y[i] - rowMask[k] * (q[k] + 2 * q[k - 1] + q[k - 2]);
        }
        columnDots(tCols, work, w);
        System.arraycopy(tt, 0, schur, 0, m * m);
        if (!cholesky(schur, m)) {
            throw new IllegalStateException("tonic basis is rank deficient");
        }
        choleskySolve(schur, m, w);
    }

    /**
     * res = M q + T w - y; rq = M'res + G'(alpha - z) over existing rows; rw = T'res + Γ w. Returns the
     * complementarity gap s'z.
     */
    private double computeResiduals(double[] y, double alpha) {
        final int m = this.m;
        final double[] w = this.w;
        double gap = 0;
        for (int i = 0; i < n; i++) {
            int k = i + PAD;
            res[k] = rowMask[k] * (q[k] + 2 * q[k - 1] + q[k - 2]) - y[i];
            // (alpha - z) on existing constraint rows, 0 elsewhere
            work[k] = rowMask[k] * (alpha - z[k]);
            double sz = s[k] * z[k];
            gap += sz;
            kappa[k] = -sz;
        }
        addRowDots(tCols, w, 1, res);
        columnDots(tCols, res, rw);
        for (int a = 0; a < nB; a++) {
            rw[a] += gamma * w[a];
        }
        for (int k = PAD; k < n + PAD; k++) {
            double rm0 = rowMask[k] * res[k];
            double rm1 = rowMask[k + 1] * res[k + 1];
            double rm2 = rowMask[k + 2] * res[k + 2];
            rq[k] = rm0 + 2 * rm1 + rm2 + a0 * work[k] + a1 * work[k + 1] + a2 * work[k + 2];
        }
        return gap;
    }

    /**
     * Factors H = M'M + G'DG as L Λ L' (unit lower L with sub-diagonals l1, l2; 1/Λ in invD), forming H's
     * bands on the fly, together with W = L^-1 U; then the Schur complement T'T + Γ - W'Λ^-1 W and its Cholesky
     * factor.
     */
    private boolean factor() {
        for (int k = first + PAD; k < n + PAD; k++) {
            double inv = 1 / s[k];
            invS[k] = inv;
            invZ[k] = 1 / z[k];
            dMat[k] = z[k] * inv;
        }
        final double a00 = a0 * a0;
        final double a11 = a1 * a1;
        final double a22 = a2 * a2;
        final double a01 = a0 * a1;
        final double a12 = a1 * a2;
        final double a02 = a0 * a2;
        final int m = this.m;
        final double[] dMat = this.dMat;
        // Banded LDL': l2 = h2/d[k-2]; l1 = (h1 - l2·l1[k-1]·d[k-2])/d[k-1]; d = h0 - l1²d[k-1] - l2²d[k-2],
        // where h0 = mm0 + D[k]a0² + D[k+1]a1² + D[k+2]a2², h1 = mm1 + D[k]a0a1 + D[k+1]a1a2, h2 = mm2 + D[k]a0a2.
        double dPrev2 = 1;
        double dPrev1 = 1;
        double invPrev2 = 1;
        double invPrev1 = 1;
        double l1Prev = 0;
        // The first eight columns of W = L^-1 U ride along: their recurrences (one multiply-add deep) fit in the
        // shadow of the division chain; further columns in forwardColumns (eight: up to 55 s at 50 Hz with the
        // default knots and baseline).
        final double[] u0 = uCols[0];
        final double[] u1 = m > 1 ? uCols[1] : dummyIn;
        final double[] u2 = m > 2 ? uCols[2] : dummyIn;
        final double[] u3 = m > 3 ? uCols[3] : dummyIn;
        final double[] u4 = m > 4 ? uCols[4] : dummyIn;
        final double[] u5 = m > 5 ? uCols[5] : dummyIn;
        final double[] u6 = m > 6 ? uCols[6] : dummyIn;
        final double[] u7 = m > 7 ? uCols[7] : dummyIn;
        final double[] w0 = wCols[0];
        final double[] w1 = m > 1 ? wCols[1] : dummyOut;
        final double[] w2 = m > 2 ? wCols[2] : dummyOut;
        final double[] w3 = m > 3 ? wCols[3] : dummyOut;
        final double[] w4 = m > 4 ? wCols[4] : dummyOut;
        final double[] w5 = m > 5 ? wCols[5] : dummyOut;
        final double[] w6 = m > 6 ? wCols[6] : dummyOut;
        final double[] w7 = m > 7 ? wCols[7] : dummyOut;
        double p0 = 0, p1 = 0, p2 = 0, p3 = 0, p4 = 0, p5 = 0, p6 = 0, p7 = 0;
        double pp0 = 0, pp1 = 0, pp2 = 0, pp3 = 0, pp4 = 0, pp5 = 0, pp6 = 0, pp7 = 0;
        for (int k = PAD; k < n + PAD; k++) {
            double dk0 = dMat[k];
            double dk1 = dMat[k + 1];
            double dk2 = dMat[k + 2];
            double h0 = mm0[k] + dk0 * a00 + dk1 * a11 + dk2 * a22;
            // band1/band2 are 0 where the coupling would reach before sample 0
            double h1 = band1[k] * (mm1[k] + dk0 * a01 + dk1 * a12);
            double h2 = band2[k] * (mm2[k] + dk0 * a02);
            // Only invPrev1 -> dk -> 1/dk is on the critical path: e1 = c1·d[k-1] does not need 1/d[k-1].
            double c2 = h2 * invPrev2;
            double e1 = h1 - c2 * l1Prev * dPrev2;
            double dk = Math.fma(-e1 * e1, invPrev1, h0 - c2 * c2 * dPrev2);
            double c1 = e1 * invPrev1;
            if (!(dk > 0)) {
                return false;
            }
            double inv = 1 / dk;
            l1[k] = c1;
            l2[k] = c2;
            invD[k] = inv;
            double v0 = Math.fma(-c1, p0, Math.fma(-c2, pp0, u0[k]));
            double v1 = Math.fma(-c1, p1, Math.fma(-c2, pp1, u1[k]));
            double v2 = Math.fma(-c1, p2, Math.fma(-c2, pp2, u2[k]));
            double v3 = Math.fma(-c1, p3, Math.fma(-c2, pp3, u3[k]));
            double v4 = Math.fma(-c1, p4, Math.fma(-c2, pp4, u4[k]));
            double v5 = Math.fma(-c1, p5, Math.fma(-c2, pp5, u5[k]));
            double v6 = Math.fma(-c1, p6, Math.fma(-c2, pp6, u6[k]));
            double v7 = Math.fma(-c1, p7, Math.fma(-c2, pp7, u7[k]));
            w0[k] = v0;
            w1[k] = v1;
            w2[k] = v2;
            w3[k] = v3;
            w4[k] = v4;
            w5[k] = v5;
            w6[k] = v6;
            w7[k] = v7;
            pp0 = p0;
            pp1 = p1;
            pp2 = p2;
            pp3 = p3;
            pp4 = p4;
            pp5 = p5;
            pp6 = p6;
            pp7 = p7;
            p0 = v0;
            p1 = v1;
            p2 = v2;
            p3 = v3;
            p4 = v4;
            p5 = v5;
            p6 = v6;
            p7 = v7;
            dPrev2 = dPrev1;
            dPrev1 = dk;
            invPrev2 = invPrev1;
            invPrev1 = inv;
            l1Prev = c1;
        }
        forwardColumns(8);
        gram(wCols, invD, schur);
        for (int a = 0; a < m; a++) {
            for (int b = a; b < m; b++) {
                schur[a * m + b] = tt[a * m + b] - schur[a * m + b];
            }
        }
        return cholesky(schur, m);
    }

    /**
     * Columns {@code from..m-1} of W = L^-1 U, four per sweep so that the recurrences stay in registers and
     * overlap.
     */
    private void forwardColumns(int from) {
        final int end = n + PAD;
        int a = from;
        while (a < m) {
            int width = Math.min(4, m - a);
            if (width <= 2) {
                forwardTwoColumns(a, width);
                break;
            }
            // a group of three uses a dummy fourth lane (cheaper than another loop variant)
            double[] u0 = uCols[a];
            double[] u1 = width > 1 ? uCols[a + 1] : dummyIn;
            double[] u2 = width > 2 ? uCols[a + 2] : dummyIn;
            double[] u3 = width > 3 ? uCols[a + 3] : dummyIn;
            double[] w0 = wCols[a];
            double[] w1 = width > 1 ? wCols[a + 1] : dummyOut;
            double[] w2 = width > 2 ? wCols[a + 2] : dummyOut;
            double[] w3 = width > 3 ? wCols[a + 3] : dummyOut;
            double p0 = 0, p1 = 0, p2 = 0, p3 = 0;
            double pp0 = 0, pp1 = 0, pp2 = 0, pp3 = 0;
            for (int k = PAD; k < end; k++) {
                double c1 = -l1[k];
                double c2 = -l2[k];
                double v0 = Math.fma(c1, p0, Math.fma(c2, pp0, u0[k]));
                double v1 = Math.fma(c1, p1, Math.fma(c2, pp1, u1[k]));
                double v2 = Math.fma(c1, p2, Math.fma(c2, pp2, u2[k]));
                double v3 = Math.fma(c1, p3, Math.fma(c2, pp3, u3[k]));
                w0[k] = v0;
                w1[k] = v1;
                w2[k] = v2;
                w3[k] = v3;
                pp0 = p0;
                pp1 = p1;
                pp2 = p2;
                pp3 = p3;
                p0 = v0;
                p1 = v1;
                p2 = v2;
                p3 = v3;
            }
            a += width;
        }
    }

    /** The last one or two columns of W and Λ^-1 W. */
    private void forwardTwoColumns(int a, int width) {
        final int end = n + PAD;
        double[] u0 = uCols[a];
        double[] u1 = width > 1 ? uCols[a + 1] : dummyIn;
        double[] w0 = wCols[a];
        double[] w1 = width > 1 ? wCols[a + 1] : dummyOut;
        double p0 = 0, p1 = 0;
        double pp0 = 0, pp1 = 0;
        for (int k = PAD; k < end; k++) {
            double c1 = -l1[k];
            double c2 = -l2[k];
            double v0 = Math.fma(c1, p0, Math.fma(c2, pp0, u0[k]));
            double v1 = Math.fma(c1, p1, Math.fma(c2, pp1, u1[k]));
            w0[k] = v0;
            w1[k] = v1;
            pp0 = p0;
            pp1 = p1;
            p0 = v0;
            p1 = v1;
        }
    }

    /** vec[k] += sign · sum_a X_a[k]·coef[a] over samples, four columns per pass. */
    private void addRowDots(double[][] x, double[] coef, double sign, double[] vec) {
        addRowDots(x, 0, coef, sign, vec);
    }

    /** As {@link #addRowDots(double[][], double[], double, double[])} for columns {@code from..m-1}. */
    private void addRowDots(double[][] x, int from, double[] coef, double sign, double[] vec) {
        final int end = n + PAD;
        int a = from;
        while (a < m) {
            int width = Math.min(4, m - a);
            double[] x0 = x[a];
            double[] x1 = width > 1 ? x[a + 1] : dummyIn;
            double[] x2 = width > 2 ? x[a + 2] : dummyIn;
            double[] x3 = width > 3 ? x[a + 3] : dummyIn;
            double c0 = sign * coef[a];
            double c1 = width > 1 ? sign * coef[a + 1] : 0;
            double c2 = width > 2 ? sign * coef[a + 2] : 0;
            double c3 = width > 3 ? sign * coef[a + 3] : 0;
            for (int k = PAD; k < end; k++) {
                vec[k] += (x0[k] * c0 + x1[k] * c1) + (x2[k] * c2 + x3[k] * c3);
            }
            a += width;
        }
    }

    /**
     * Solves the reduced Newton system for the complementarity target {@code kappa} (and, if
     * {@code withResiduals}, the current residuals): H Δq + U Δw = -rq + G'(kappa/s), U'Δq + (T'T+Γ) Δw = -rw;
     * then Δs = G Δq and Δz = (kappa - z∘Δs)/s. Returns the largest step keeping s and z non-negative.
     */
    private double direction(boolean withResiduals, double shift) {
        final double rScale = withResiduals ? 1 : 0;
        // bq = G'(kappa/s) - rq with kappa + shift on existing rows (kappa and invS vanish elsewhere); bw = -rw
        double g1 = (kappa[PAD] + shift * rowMask[PAD]) * invS[PAD];
        double g2 = (kappa[PAD + 1] + shift * rowMask[PAD + 1]) * invS[PAD + 1];
        for (int k = PAD; k < n + PAD; k++) {
            double g0 = g1;
            g1 = g2;
            g2 = (kappa[k + 2] + shift * rowMask[k + 2]) * invS[k + 2];
            bq[k] = a0 * g0 + a1 * g1 + a2 * g2 - rScale * rq[k];
        }
        for (int a = 0; a < m; a++) {
            bw[a] = -rScale * rw[a];
        }
        solveReduced(bq, bw, dq, dw);
        if (refine) {
            refine();
        }
        // Δs = G Δq, Δz = (kappa - z Δs)/s on existing rows; the step in a separate, vectorised pass
        for (int k = first + PAD; k < n + PAD; k++) {
            double gi = a0 * dq[k] + a1 * dq[k - 1] + a2 * dq[k - 2];
            ds[k] = gi;
            dz[k] = (kappa[k] + shift - z[k] * gi) * invS[k];
        }
        return maxStep();
    }

    /** Step to the boundary given the most negative relative change, capped at 1/STEP_FRACTION. */
    private static double stepFrom(double worst) {
        return worst < -STEP_FRACTION ? -1 / worst : 1 / STEP_FRACTION;
    }

    /** [H U; U' T'T+Γ] [xq; xw] = [rhsQ; rhsW] via the banded factor and the small Schur complement. */
    private void solveReduced(double[] rhsQ, double[] rhsW, double[] xq, double[] xw) {
        final int m = this.m;
        final double[] v = this.v;
        final double[] vs = this.work;
        // The first four columns of W are handled inside the two latency-bound recurrences (free issue slots);
        // any further columns in separate passes.
        final double[] w0 = wCols[0];
        final double[] w1 = m > 1 ? wCols[1] : dummyIn;
        final double[] w2 = m > 2 ? wCols[2] : dummyIn;
        final double[] w3 = m > 3 ? wCols[3] : dummyIn;
        // forward: v = L^-1 rhsQ, vs = Λ^-1 v, and W'vs; one fused multiply-add on the critical path
        double vPrev1 = 0;
        double vPrev2 = 0;
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        for (int k = PAD; k < n + PAD; k++) {
            double val = Math.fma(-l1[k], vPrev1, Math.fma(-l2[k], vPrev2, rhsQ[k]));
            v[k] = val;
            double scaled = val * invD[k];
            vs[k] = scaled;
            s0 = Math.fma(w0[k], scaled, s0);
            s1 = Math.fma(w1[k], scaled, s1);
            s2 = Math.fma(w2[k], scaled, s2);
            s3 = Math.fma(w3[k], scaled, s3);
            vPrev2 = vPrev1;
            vPrev1 = val;
        }
        smallRhs[0] = s0;
        if (m > 1) {
            smallRhs[1] = s1;
        }
        if (m > 2) {
            smallRhs[2] = s2;
        }
        if (m > 3) {
            smallRhs[3] = s3;
        }
        if (m > 4) {
            columnDots(wCols, 4, vs, smallRhs);
        }
        // xw = Schur^-1 (rhsW - W' vs)
        for (int a = 0; a < m; a++) {
            xw[a] = rhsW[a] - smallRhs[a];
        }
        choleskySolve(schur, m, xw);
        // backward: xq = L^-T Λ^-1 (v - W xw)
        if (m > 4) {
            Arrays.fill(vs, 0);
            addRowDots(wCols, 4, xw, -1, vs);
        }
        double c0 = xw[0];
        double c1 = m > 1 ? xw[1] : 0;
        double c2 = m > 2 ? xw[2] : 0;
        double c3 = m > 3 ? xw[3] : 0;
        boolean extra = m > 4;
        double next1 = 0;
        double next2 = 0;
        for (int k = n + PAD - 1; k >= PAD; k--) {
            double rest = extra ? vs[k] : 0;
            double t = (v[k] + rest - ((w0[k] * c0 + w1[k] * c1) + (w2[k] * c2 + w3[k] * c3))) * invD[k];
            double val = Math.fma(-l1[k + 1], next1, Math.fma(-l2[k + 2], next2, t));
            xq[k] = val;
            next2 = next1;
            next1 = val;
        }
    }

    /**
     * One step of iterative refinement of (dq, dw) against the reduced system applied in product form; used
     * in the last iterations, where D = z/s spans many orders of magnitude.
     */
    private void refine() {
        final double[] gd = this.work2;
        for (int k = PAD; k < n + PAD; k++) {
            gd[k] = dMat[k] * (a0 * dq[k] + a1 * dq[k - 1] + a2 * dq[k - 2]);
        }
        for (int k = PAD; k < n + PAD; k++) {
            double hq = mm0[k] * dq[k] + mm1[k] * dq[k - 1] + mm1[k + 1] * dq[k + 1] + mm2[k] * dq[k - 2]
                    + mm2[k + 2] * dq[k + 2] + a0 * gd[k] + a1 * gd[k + 1] + a2 * gd[k + 2];
            refQ[k] = bq[k] - hq;
        }
        addRowDots(uCols, dw, -1, refQ);
        columnDots(uCols, dq, refW);
        for (int a = 0; a < m; a++) {
            double sum = refW[a];
            for (int b = 0; b < m; b++) {
                sum += tt[a * m + b] * dw[b];
            }
            refW[a] = bw[a] - sum;
        }
        solveReduced(refQ, refW, corrQ, corrW);
        for (int k = PAD; k < n + PAD; k++) {
            dq[k] += corrQ[k];
        }
        for (int a = 0; a < m; a++) {
            dw[a] += corrW[a];
        }
    }

    /**
     * Largest step keeping s and z non-negative (capped at 1/STEP_FRACTION): the most negative relative change
     * Δs/s, Δz/z decides, found without branches or divisions per element.
     */
    private double maxStep() {
        final int from = first + PAD;
        final int to = n + PAD;
        double worst = 0;
        if (to - from < 2 * RUN) {
            for (int k = from; k < to; k++) {
                worst = Math.min(worst, Math.min(ds[k] * invS[k], dz[k] * invZ[k]));
            }
            return stepFrom(worst);
        }
        // running minima with stride RUN, as in dot(): a scalar minimum is a long dependent chain
        final double[] run = this.run;
        for (int k = from; k < from + RUN; k++) {
            run[k] = Math.min(ds[k] * invS[k], dz[k] * invZ[k]);
        }
        for (int k = from + RUN; k < to; k++) {
            run[k] = Math.min(run[k - RUN], Math.min(ds[k] * invS[k], dz[k] * invZ[k]));
        }
        for (int k = to - RUN; k < to; k++) {
            worst = Math.min(worst, run[k]);
        }
        return stepFrom(worst);
    }

    /**
     * Upper triangle of X' diag(weight) X (m x m, row-major into {@code out}): the weighted columns first
     * (elementwise), then one vectorised {@link #dot} per entry.
     */
    private void gram(double[][] x, double[] weight, double[] out) {
        final int len = n + 2 * PAD;
        for (int a = 0; a < m; a++) {
            double[] xa = x[a];
            double[] scaled = scaledCols[a];
            for (int k = 0; k < len; k++) {
                scaled[k] = xa[k] * weight[k];
            }
        }
        for (int a = 0; a < m; a++) {
            for (int b = a; b < m; b++) {
                out[a * m + b] = dot(scaledCols[a], x[b]);
            }
        }
    }

    /** out[a] = sum over samples of X_a[k]·vec[k]. */
    private void columnDots(double[][] x, double[] vec, double[] out) {
        columnDots(x, 0, vec, out);
    }

    /** As {@link #columnDots(double[][], double[], double[])} for columns {@code from..m-1}. */
    private void columnDots(double[][] x, int from, double[] vec, double[] out) {
        for (int a = from; a < m; a++) {
            out[a] = dot(x[a], vec);
        }
    }

    /**
     * Σ x[k]·y[k] over the padded range (the padding of x or y must be zero). C2 does not vectorise a running
     * sum (a chain of dependent additions) but does vectorise {@code run[k] = x[k]·y[k] + run[k - RUN]}, whose
     * dependence distance RUN exceeds its vector length: run[k] then holds the sum over the samples congruent
     * to k modulo RUN up to k, and the last RUN entries add up to the total. Deterministic (a fixed order).
     */
    private double dot(double[] x, double[] y) {
        final int len = n + 2 * PAD;
        if (len < 2 * RUN) {
            double sum = 0;
            for (int k = 0; k < len; k++) {
                sum = Math.fma(x[k], y[k], sum);
            }
            return sum;
        }
        final double[] run = this.run;
        for (int k = 0; k < RUN; k++) {
            run[k] = x[k] * y[k];
        }
        for (int k = RUN; k < len; k++) {
            run[k] = Math.fma(x[k], y[k], run[k - RUN]);
        }
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        for (int k = len - RUN; k < len; k += 4) {
            s0 += run[k];
            s1 += run[k + 1];
            s2 += run[k + 2];
            s3 += run[k + 3];
        }
        return (s0 + s1) + (s2 + s3);
    }

    private static double maxAbs(double[] x) {
        double max = 0;
        for (double value : x) {
            max = Math.max(max, Math.abs(value));
        }
        return max;
    }

    /** In-place Cholesky of the upper triangle of a row-major k x k matrix (R'R, R upper); false if not SPD. */
    static boolean cholesky(double[] a, int k) {
        for (int j = 0; j < k; j++) {
            double diag = a[j * k + j];
            for (int p = 0; p < j; p++) {
                diag -= a[p * k + j] * a[p * k + j];
            }
            if (!(diag > 0)) {
                return false;
            }
            double r = Math.sqrt(diag);
            a[j * k + j] = r;
            for (int c = j + 1; c < k; c++) {
                double val = a[j * k + c];
                for (int p = 0; p < j; p++) {
                    val -= a[p * k + j] * a[p * k + c];
                }
                a[j * k + c] = val / r;
            }
        }
        return true;
    }

    /** Solves R'R x = b in place with the factor from {@link #cholesky}. */
    static void choleskySolve(double[] r, int k, double[] b) {
        for (int j = 0; j < k; j++) {
            double val = b[j];
            for (int p = 0; p < j; p++) {
                val -= r[p * k + j] * b[p];
            }
            b[j] = val / r[j * k + j];
        }
        for (int j = k - 1; j >= 0; j--) {
            double val = b[j];
            for (int p = j + 1; p < k; p++) {
                val -= r[j * k + p] * b[p];
            }
            b[j] = val / r[j * k + j];
        }
    }
}
