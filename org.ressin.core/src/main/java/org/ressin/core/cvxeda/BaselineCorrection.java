package org.ressin.core.cvxeda;

/**
 * The unpenalised baseline columns {@code C} added to the spline tonic {@code t = B l + C d}.
 * The reference implementation calls this {@code baseline_correction}.
 */
public enum BaselineCorrection {
    /** No baseline columns: the tonic is the (penalised) spline alone (reference option 0). */
    NONE,
    /** One constant offset column {@code 1} (reference option 1). */
    CONSTANT,
    /** Offset and linear drift: columns {@code 1} and {@code (i+1)/n} (reference option 2, the default). */
    LINEAR,
    /** One column {@code B·1}, the sum of the spline basis functions (reference option {@code 'spline_offset'}). */
    SPLINE_OFFSET
}
