package org.ressin.core.baseline;

import java.util.List;

import org.ojalgo.matrix.decomposition.SingularValue;
import org.ojalgo.matrix.store.MatrixStore;
import org.ojalgo.matrix.store.R064Store;

/**
 * Multivariate linear regression (MLR) with an intercept, fitted by least squares through ojAlgo's singular value
 * decomposition of the design matrix {@code [1 X]}.
 *
 * <p>Rank: singular values below {@code max(n, p + 1) * eps * s_max} (the usual numerical-rank tolerance) are
 * dropped, giving the minimum-norm least-squares solution. That matters here: every regression vector is the
 * window means of a z-scored signal, so its points sum to (nearly) zero and the design is rank deficient by one;
 * the dropped direction changes no prediction. With full rank this is the ordinary least-squares fit. No ridge
 * penalty is added.
 *
 * @param intercept    the fitted constant
 * @param coefficients one weight per input feature
 */
public record LinearRegression(double intercept, double[] coefficients) implements Regressor.Fitted {

    public LinearRegression {
        coefficients = coefficients.clone();
    }

    /** The {@link Regressor} that fits this model. */
    public static final Regressor METHOD = LinearRegression::fit;

    /**
     * @param x rows of equal length (at least one row, one feature), finite
     * @param y one target per row, finite
     */
    public static LinearRegression fit(List<double[]> x, double[] y) {
        int n = x.size();
        if (n == 0) throw new IllegalArgumentException("no rows to fit a linear regression on");
        if (y.length != n) throw new IllegalArgumentException(n + " rows but " + y.length + " targets");
        int p = x.get(0).length;
        R064Store design = R064Store.FACTORY.make(n, p + 1);
        for (int i = 0; i < n; i++) {
            double[] row = x.get(i);
            if (row.length != p) {
                throw new IllegalArgumentException("row " + i + " has " + row.length + " features, expected " + p);
            }
            design.set(i, 0, 1.0);
            for (int j = 0; j < p; j++) {
                Regressor.requireFinite(row[j], "row " + i + ", feature " + (j + 1));
                design.set(i, j + 1, row[j]);
            }
            Regressor.requireFinite(y[i], "target of row " + i);
        }
        SingularValue<Double> svd = SingularValue.R064.make(design, false); // economy size: U is n x (p + 1), not n x n
        if (!svd.decompose(design)) {
            throw new IllegalStateException("the singular value decomposition of the " + n + " x " + (p + 1)
                    + " design matrix failed");
        }
        MatrixStore<Double> u = svd.getU();
        MatrixStore<Double> v = svd.getV();
        double[] s = new double[(int) Math.min(u.countColumns(), v.countColumns())];
        svd.getSingularValues(s);
        double max = 0;
        for (double value : s) max = Math.max(max, value);
        double tolerance = Math.max(n, p + 1) * Math.ulp(1.0) * max;
        double[] beta = new double[p + 1];
        for (int k = 0; k < s.length; k++) {
            if (!(s[k] > tolerance)) continue;
            double uty = 0;
            for (int i = 0; i < n; i++) uty += u.doubleValue(i, k) * y[i];
            double w = uty / s[k];
            for (int j = 0; j <= p; j++) beta[j] += v.doubleValue(j, k) * w;
        }
        double[] coefficients = new double[p];
        System.arraycopy(beta, 1, coefficients, 0, p);
        return new LinearRegression(beta[0], coefficients);
    }

    @Override
    public double predict(double[] x) {
        if (x.length != coefficients.length) {
            throw new IllegalArgumentException("input has " + x.length + " features, the model " + coefficients.length);
        }
        double sum = intercept;
        for (int j = 0; j < x.length; j++) sum += coefficients[j] * x[j];
        return sum;
    }

    @Override
    public double[] coefficients() { return coefficients.clone(); }
}
