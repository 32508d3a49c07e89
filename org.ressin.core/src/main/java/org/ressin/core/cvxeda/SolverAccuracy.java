package org.ressin.core.cvxeda;

/**
 * How far the cvxEDA interior-point solver converges. The stopping test is on the complementarity gap
 * {@code s'z} relative to {@code max(1, y'y)} for y scaled to max |y| = 1 (plus a dual residual of at most 1e-8
 * relative to the data scale in both settings).
 */
public enum SolverAccuracy {

    /**
     * The reference's own accuracy (the default): relative gap 5e-10. cvxopt, as called by the reference, stops
     * at a gap of 1e-9 relative to its objective's magnitude, which is at most y'y/2, so this is at least as
     * tight. The outputs then differ from a tightly converged solution by about what the reference's own outputs
     * do (docs/cvxeda.md), and the solve takes one to two fewer iterations than {@link #TIGHT}. No iterative
     * refinement: at this gap it changed no result measurably and cost about 5 % of the Newton solves.
     */
    REFERENCE(5e-10, 0),

    /**
     * Relative gap 1e-12, several hundred times tighter than the reference (for cross-checks and tests); the
     * Newton directions of the iterations below a relative gap of 1e-8 get one step of iterative refinement.
     */
    TIGHT(1e-12, 1e-8);

    private final double gapTolerance;
    private final double refineBelow;

    SolverAccuracy(double gapTolerance, double refineBelow) {
        this.gapTolerance = gapTolerance;
        this.refineBelow = refineBelow;
    }

    /** Relative complementarity gap at which the solver stops. */
    double gapTolerance() {
        return gapTolerance;
    }

    /** Relative gap below which each Newton direction gets one step of iterative refinement (0: never). */
    double refineBelow() {
        return refineBelow;
    }
}
