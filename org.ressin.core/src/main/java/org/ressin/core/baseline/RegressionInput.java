package org.ressin.core.baseline;

import java.util.Locale;

/** Which signal the regression pre-experiment fits the ratings from (paper Table 1). */
public enum RegressionInput {
    /** The recording itself (after the discard and gap filling). */
    RAW,
    /** cvxEDA's tonic component. */
    TONIC,
    /** cvxEDA's phasic component. */
    PHASIC;

    public String lowerName() { return name().toLowerCase(Locale.ROOT); }
}
