package org.ressin.core.eval;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Binary classification scores with positive class = high (1); all in [0, 1] (or, for a standard
 * deviation across folds, the spread of each score).
 */
public record Metrics(double accuracy, double precision, double recall, double f1) {

    /** The mean of each score over {@code folds}. */
    public static Metrics mean(List<Metrics> folds) {
        requireSome(folds);
        return new Metrics(mean(folds, Metrics::accuracy), mean(folds, Metrics::precision),
                mean(folds, Metrics::recall), mean(folds, Metrics::f1));
    }

    /** The sample standard deviation (n - 1) of each score over {@code folds}; 0 for a single fold. */
    public static Metrics standardDeviation(List<Metrics> folds) {
        requireSome(folds);
        return new Metrics(sd(folds, Metrics::accuracy), sd(folds, Metrics::precision),
                sd(folds, Metrics::recall), sd(folds, Metrics::f1));
    }

    private static void requireSome(List<Metrics> folds) {
        if (folds.isEmpty()) throw new IllegalArgumentException("no folds to summarise");
    }

    private static double mean(List<Metrics> folds, ToDoubleFunction<Metrics> f) {
        return SampleStatistics.mean(folds.stream().mapToDouble(f).toArray());
    }

    private static double sd(List<Metrics> folds, ToDoubleFunction<Metrics> f) {
        return SampleStatistics.sd(folds.stream().mapToDouble(f).toArray());
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "accuracy %.4f, precision %.4f, recall %.4f, F1 %.4f",
                accuracy, precision, recall, f1);
    }
}
