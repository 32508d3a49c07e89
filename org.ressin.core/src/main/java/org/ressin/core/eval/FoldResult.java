package org.ressin.core.eval;

import java.util.List;

/**
 * The outcome of one cross-validation fold.
 *
 * @param fold          0-based fold index
 * @param trainSize     number of training examples
 * @param testIndices   indices (into the full data list) of the held-out examples, ascending
 * @param predictions   predicted label of each held-out example, parallel to {@code testIndices}
 * @param confusion     counts on the held-out examples
 * @param lossHistory   the learner's training-loss history (empty if it has none)
 */
public record FoldResult(int fold, int trainSize, int[] testIndices, int[] predictions, ConfusionMatrix confusion,
                         List<LossPoint> lossHistory) {

    public FoldResult {
        testIndices = testIndices.clone();
        predictions = predictions.clone();
        lossHistory = List.copyOf(lossHistory);
    }

    public int testSize() { return testIndices.length; }

    public Metrics metrics() { return confusion.metrics(); }

    @Override
    public int[] testIndices() { return testIndices.clone(); }

    @Override
    public int[] predictions() { return predictions.clone(); }
}
