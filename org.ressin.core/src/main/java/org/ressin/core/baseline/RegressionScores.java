package org.ressin.core.baseline;

/**
 * How well predictions fit the ratings on one fold: root mean squared error and Pearson's correlation.
 *
 * @param rmse    {@code sqrt(mean((pred - truth)^2))}
 * @param pearson Pearson's r between predictions and truth; NaN when either is constant (r is undefined)
 * @param n       number of held-out rows
 */
public record RegressionScores(double rmse, double pearson, int n) {

    /** Scores {@code predicted} against {@code truth} (same length, at least one value). */
    public static RegressionScores of(double[] truth, double[] predicted) {
        if (truth.length != predicted.length) {
            throw new IllegalArgumentException(truth.length + " ratings but " + predicted.length + " predictions");
        }
        if (truth.length == 0) throw new IllegalArgumentException("no ratings to score");
        return new RegressionScores(rmse(truth, predicted), pearson(truth, predicted), truth.length);
    }

    public static double rmse(double[] truth, double[] predicted) {
        double ss = 0;
        for (int i = 0; i < truth.length; i++) {
            double e = predicted[i] - truth[i];
            ss += e * e;
        }
        return Math.sqrt(ss / truth.length);
    }

    /** Pearson's r (centred sums, two passes); NaN if either series has no spread. */
    public static double pearson(double[] a, double[] b) {
        int n = a.length;
        double ma = 0, mb = 0;
        for (int i = 0; i < n; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= n;
        mb /= n;
        double sab = 0, saa = 0, sbb = 0;
        for (int i = 0; i < n; i++) {
            double da = a[i] - ma, db = b[i] - mb;
            sab += da * db;
            saa += da * da;
            sbb += db * db;
        }
        if (!(saa > 0) || !(sbb > 0)) return Double.NaN;
        return sab / Math.sqrt(saa * sbb);
    }
}
