package org.ressin.core.cvxeda;

/** Which revision of the reference cvxEDA model to reproduce. */
public enum CvxEdaVersion {
    /**
     * The 2025 reference (HEAD d8008ae): zero initial state (full rows 0 and 1 in A and M), knots
     * {@code 0, Δk, ...} below {@code n + Δk/2}, selectable baseline.
     */
    CURRENT,
    /**
     * The 2017 reference (commit 7928444), copied by most third-party ports: rows 0 and 1 of A and M are
     * zero (q0, q1 free, p0 = p1 = r0 = r1 = 0), knots below {@code n}, always a linear baseline.
     */
    LEGACY_2017
}
