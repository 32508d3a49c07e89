package org.ressin.core.cvxeda;

/** How the interior-point solver ended. */
public enum SolverStatus {
    /** The duality gap and dual residuals met the (tight) target tolerance. */
    OPTIMAL,
    /**
     * Rounding stopped progress before the tight target, but the looser acceptance tolerance (about the
     * reference implementation's own, relative gap 1e-9) was met: the result is usable.
     */
    LIMITED_ACCURACY,
    /** The iteration limit was reached before the acceptance tolerance: treat the result with care. */
    MAX_ITERATIONS,
    /** Progress stopped (rounding, degenerate data) before the acceptance tolerance: treat the result with care. */
    STALLED;

    /** True for {@link #OPTIMAL} and {@link #LIMITED_ACCURACY}. */
    public boolean isAcceptable() {
        return this == OPTIMAL || this == LIMITED_ACCURACY;
    }
}
