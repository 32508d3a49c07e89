package org.ressin.core.synth;

import java.util.Arrays;

/**
 * The personal threshold of the method (k-means with k = 2 on one subject's ratings, midpoint of the two
 * centres), computed exactly: in one dimension the optimal 2-means split is a cut of the sorted values, so every
 * cut is tried. Used to know the labels the downstream pipeline will derive from the generated ratings.
 */
final class TwoMeansThreshold {

    private TwoMeansThreshold() {}

    /**
     * The threshold of a subject's ratings (NaN ignored). With a single distinct value the threshold is that value,
     * so every rating is "not above" it (label 0).
     */
    static double of(double[] ratings) {
        double[] v = Arrays.stream(ratings).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        if (v[0] == v[v.length - 1]) {
            return v[0];
        }
        double total = 0;
        for (double x : v) {
            total += x;
        }
        double best = Double.POSITIVE_INFINITY;
        double threshold = Double.NaN;
        double left = 0;
        double leftSq = 0;
        double totalSq = 0;
        for (double x : v) {
            totalSq += x * x;
        }
        for (int i = 1; i < v.length; i++) {
            left += v[i - 1];
            leftSq += v[i - 1] * v[i - 1];
            if (v[i] == v[i - 1]) {
                continue; // equal values stay in one cluster
            }
            double right = total - left;
            double rightSq = totalSq - leftSq;
            double sse = (leftSq - left * left / i) + (rightSq - right * right / (v.length - i));
            if (sse < best) {
                best = sse;
                threshold = (left / i + right / (v.length - i)) / 2;
            }
        }
        return threshold;
    }
}
