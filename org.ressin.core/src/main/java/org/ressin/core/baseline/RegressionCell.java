package org.ressin.core.baseline;

import java.util.List;
import java.util.Objects;

import org.ressin.core.labels.Target;

/**
 * The cross-validated scores of one method on one input for one target: one cell pair (RMSE, r) of Table 1.
 *
 * @param folds the held-out scores of each fold, in fold order
 */
public record RegressionCell(RegressionMethod method, RegressionInput input, Target target,
        List<RegressionScores> folds) {

    public RegressionCell {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(target, "target");
        folds = List.copyOf(folds);
        if (folds.isEmpty()) throw new IllegalArgumentException("a regression result needs folds");
    }

    /** RMSE averaged over folds. */
    public double meanRmse() { return mean(folds.stream().mapToDouble(RegressionScores::rmse).toArray()); }

    /** Sample standard deviation (n - 1) of the fold RMSEs; 0 for one fold. */
    public double sdRmse() { return sd(folds.stream().mapToDouble(RegressionScores::rmse).toArray()); }

    /** Pearson's r averaged over the folds where it is defined; NaN if it is defined on none. */
    public double meanPearson() { return mean(definedPearsons()); }

    /** Sample standard deviation of r over the folds where it is defined. */
    public double sdPearson() { return sd(definedPearsons()); }

    /** Folds whose r is defined (predictions and ratings both vary). */
    public int pearsonFolds() { return definedPearsons().length; }

    private double[] definedPearsons() {
        return folds.stream().mapToDouble(RegressionScores::pearson).filter(Double::isFinite).toArray();
    }

    private static double mean(double[] v) {
        if (v.length == 0) return Double.NaN;
        double s = 0;
        for (double x : v) s += x;
        return s / v.length;
    }

    private static double sd(double[] v) {
        if (v.length == 0) return Double.NaN;
        if (v.length < 2) return 0.0;
        double m = mean(v);
        double ss = 0;
        for (double x : v) ss += (x - m) * (x - m);
        return Math.sqrt(ss / (v.length - 1));
    }
}
