package org.ressin.core.cvxeda;

/**
 * The result of cvxEDA on one signal: {@code y = r + t + e} with phasic {@code r = M q}, sparse non-negative driver
 * {@code p = A q}, tonic {@code t = B l + C d} and residual {@code e}.
 *
 * <p>Immutable. The array accessors return copies; hot paths that only read may use {@link #phasicAt(int)},
 * {@link #tonicAt(int)}, {@link #originAt(int)} etc., or {@link #copyPhasicInto(double[], int)} and friends, which
 * do not allocate.
 */
public final class Decomposition {

    private final double samplingRate;
    private final double[] origin;
    private final double[] phasic;
    private final double[] driver;
    private final double[] tonic;
    private final double[] residual;
    private final double[] splineCoefficients;
    private final double[] baselineCoefficients;
    private final double objective;
    private final SolverStatus status;
    private final int iterations;
    private final double dualityGap;

    /** Arrays are taken over, not copied: only the package builds decompositions. */
    Decomposition(double samplingRate, double[] origin, double[] phasic, double[] driver, double[] tonic,
                  double[] residual, double[] splineCoefficients, double[] baselineCoefficients, double objective,
                  SolverStatus status, int iterations, double dualityGap) {
        this.samplingRate = samplingRate;
        this.origin = origin;
        this.phasic = phasic;
        this.driver = driver;
        this.tonic = tonic;
        this.residual = residual;
        this.splineCoefficients = splineCoefficients;
        this.baselineCoefficients = baselineCoefficients;
        this.objective = objective;
        this.status = status;
        this.iterations = iterations;
        this.dualityGap = dualityGap;
    }

    /** The input signal y. */
    public double[] origin() { return origin.clone(); }

    /** The phasic component r = M q (units of y). */
    public double[] phasic() { return phasic.clone(); }

    /** The sudomotor driver p = A q, non-negative: tiny positive values stand for zero (LEGACY_2017: p0 = p1 = 0). */
    public double[] driver() { return driver.clone(); }

    /** The tonic component t = B l + C d (units of y). */
    public double[] tonic() { return tonic.clone(); }

    /** The residual e = y - r - t. */
    public double[] residual() { return residual.clone(); }

    /** The spline coefficients l, one per knot. */
    public double[] splineCoefficients() { return splineCoefficients.clone(); }

    /**
     * The baseline coefficients d: {@code [offset, slope]} for {@link BaselineCorrection#LINEAR} (the slope multiplies
     * {@code (i+1)/n}), {@code [offset]} for CONSTANT, {@code [weight of B·1]} for SPLINE_OFFSET, empty for NONE.
     */
    public double[] baselineCoefficients() { return baselineCoefficients.clone(); }

    /** The value of the objective 1/2||e||² + alpha·Σp + gamma/2·||l||² at the solution (units of y²). */
    public double objective() { return objective; }

    public SolverStatus status() { return status; }

    /** Interior-point iterations used. */
    public int iterations() { return iterations; }

    /** Final complementarity gap s'z (units of y²): an upper bound on objective() minus the true minimum. */
    public double dualityGap() { return dualityGap; }

    public double samplingRate() { return samplingRate; }

    /** Number of samples n. */
    public int length() { return origin.length; }

    public double originAt(int i) { return origin[i]; }

    public double phasicAt(int i) { return phasic[i]; }

    public double driverAt(int i) { return driver[i]; }

    public double tonicAt(int i) { return tonic[i]; }

    public double residualAt(int i) { return residual[i]; }

    /** Copies the phasic component into {@code dest} starting at {@code offset}, without allocating. */
    public void copyPhasicInto(double[] dest, int offset) { System.arraycopy(phasic, 0, dest, offset, phasic.length); }

    /** Copies the tonic component into {@code dest} starting at {@code offset}, without allocating. */
    public void copyTonicInto(double[] dest, int offset) { System.arraycopy(tonic, 0, dest, offset, tonic.length); }

    /** Copies the origin (input) into {@code dest} starting at {@code offset}, without allocating. */
    public void copyOriginInto(double[] dest, int offset) { System.arraycopy(origin, 0, dest, offset, origin.length); }

    /** Copies the driver into {@code dest} starting at {@code offset}, without allocating. */
    public void copyDriverInto(double[] dest, int offset) { System.arraycopy(driver, 0, dest, offset, driver.length); }

    /** Copies the residual into {@code dest} starting at {@code offset}, without allocating. */
    public void copyResidualInto(double[] dest, int offset) {
        System.arraycopy(residual, 0, dest, offset, residual.length);
    }

    @Override
    public String toString() {
        return "Decomposition[" + origin.length + " samples at " + samplingRate + " Hz, objective " + objective
                + ", " + status + " after " + iterations + " iterations]";
    }
}
