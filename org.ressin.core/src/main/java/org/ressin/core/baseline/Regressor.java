package org.ressin.core.baseline;

import java.util.List;

/** Fits a model that predicts a number from a fixed-length vector (the regression pre-experiment's methods). */
@FunctionalInterface
public interface Regressor {

    /**
     * @param x training rows, all of one length
     * @param y one target per row
     */
    Fitted fit(List<double[]> x, double[] y);

    /** A fitted model. */
    interface Fitted {
        double predict(double[] x);
    }

    static void requireFinite(double v, String what) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " is " + v);
        }
    }
}
