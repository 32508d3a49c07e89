package org.ressin.core.baseline;

/**
 * The SVM kernel between z-scored song vectors, evaluated by us so libsvm can take it precomputed: every
 * recording of a song has the same vector, so the kernel between two recordings is the kernel between their
 * songs, computed once per pair of songs instead of once per pair of recordings (7,962 PMEmo recordings, 794
 * songs).
 */
final class SongKernel {

    private final SvmKernel kernel;
    private final double gamma;

    /** @param dimension the number of features, for the default RBF width {@code 1 / dimension} */
    SongKernel(SvmSettings settings, int dimension) {
        this.kernel = settings.kernel();
        this.gamma = settings.gammaFor(dimension);
    }

    /** {@code k[a][b]} for every row {@code a} of {@code left} and {@code b} of {@code right}. */
    double[][] matrix(double[][] left, double[][] right) {
        double[] leftSquares = squares(left);
        double[] rightSquares = squares(right);
        double[][] k = new double[left.length][right.length];
        for (int a = 0; a < left.length; a++) {
            for (int b = 0; b < right.length; b++) {
                double dot = dot(left[a], right[b]);
                k[a][b] = kernel == SvmKernel.LINEAR ? dot
                        // as libsvm computes it; rounding can make the squared distance slightly negative
                        : Math.exp(-gamma * Math.max(0, leftSquares[a] + rightSquares[b] - 2 * dot));
            }
        }
        return k;
    }

    private static double[] squares(double[][] rows) {
        double[] s = new double[rows.length];
        for (int i = 0; i < rows.length; i++) s[i] = dot(rows[i], rows[i]);
        return s;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) s += a[j] * b[j];
        return s;
    }
}
