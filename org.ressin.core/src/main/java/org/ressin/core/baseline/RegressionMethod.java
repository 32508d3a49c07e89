package org.ressin.core.baseline;

import java.util.Locale;

/** The two regressors of the paper's pre-experiment (Table 1). */
public enum RegressionMethod {
    /** Multivariate linear regression, least squares with intercept ({@link LinearRegression}). */
    MLR,
    /** Epsilon support vector regression ({@link SupportVectorRegression}). */
    SVR;

    public String lowerName() { return name().toLowerCase(Locale.ROOT); }
}
