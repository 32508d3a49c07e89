package org.ressin.core.eval;

import java.util.List;

/**
 * The outcome of a k-fold cross-validation.
 *
 * @param grouping how folds were formed
 * @param seed     the seed of the fold assignment
 * @param folds    one result per fold, in fold order
 */
public record CvResult(Grouping grouping, long seed, List<FoldResult> folds) {

    public CvResult {
        folds = List.copyOf(folds);
        if (folds.isEmpty()) throw new IllegalArgumentException("a cross-validation result needs folds");
    }

    /** Per-fold scores, in fold order. */
    public List<Metrics> foldMetrics() { return folds.stream().map(FoldResult::metrics).toList(); }

    /** Scores averaged over folds (how the paper reports results). */
    public Metrics mean() { return Metrics.mean(foldMetrics()); }

    /** Sample standard deviation of the scores across folds. */
    public Metrics standardDeviation() { return Metrics.standardDeviation(foldMetrics()); }

    /** The confusion matrix summed over all folds (every example is tested once). */
    public ConfusionMatrix pooledConfusion() {
        return folds.stream().map(FoldResult::confusion).reduce(new ConfusionMatrix(0, 0, 0, 0), ConfusionMatrix::plus);
    }

    /** The training-loss history of each fold, in fold order. */
    public List<List<LossPoint>> lossHistories() { return folds.stream().map(FoldResult::lossHistory).toList(); }
}
