package org.ressin.core.eval;

import java.util.List;

/**
 * Fits a classifier on the training part of one fold. Cross-validation calls it once per fold, so
 * the same runner serves Res-SIN and the baselines.
 *
 * @param <E> the example type
 */
@FunctionalInterface
public interface Trainer<E extends LabeledItem> {

    /**
     * @param training the training part (never empty)
     * @param fold     0-based index of the fold being held out, e.g. to report progress
     */
    FittedClassifier<E> fit(List<E> training, int fold);

    /** A classifier produced by a {@link Trainer}. */
    interface FittedClassifier<E> {

        /** Predicted labels (0 or 1), one per test example, in order. */
        int[] predict(List<E> test);

        /** The training-loss history, if the learner has one (empty otherwise). */
        default List<LossPoint> lossHistory() { return List.of(); }
    }
}
