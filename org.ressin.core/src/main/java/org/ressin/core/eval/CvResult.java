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

    /**
     * The training-loss curve averaged over folds, iteration by iteration (for plots such as the
     * paper's Fig. 5); iterations that only some folds reached average over those folds.
     */
    public List<LossPoint> meanLossCurve() {
        int longest = folds.stream().mapToInt(f -> f.lossHistory().size()).max().orElse(0);
        List<LossPoint> curve = new java.util.ArrayList<>(longest);
        for (int i = 0; i < longest; i++) {
            double loss = 0, lr = 0;
            int n = 0;
            for (FoldResult f : folds) {
                if (i < f.lossHistory().size()) {
                    loss += f.lossHistory().get(i).loss();
                    lr += f.lossHistory().get(i).learningRate();
                    n++;
                }
            }
            curve.add(new LossPoint(i, loss / n, lr / n));
        }
        return curve;
    }
}
