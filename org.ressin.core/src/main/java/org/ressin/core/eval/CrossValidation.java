package org.ressin.core.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * k-fold cross-validation: for each fold, fit on the other folds with a {@link Trainer} and score on
 * the held-out fold. Folds are grouped by subject (user independent, the default) or by recording.
 */
public final class CrossValidation {

    /** The paper's number of folds. */
    public static final int DEFAULT_FOLDS = 10;

    private CrossValidation() {}

    /** Subject-grouped cross-validation with {@value #DEFAULT_FOLDS} folds. */
    public static <E extends LabeledItem> CvResult run(List<E> data, long seed, Trainer<E> trainer) {
        return run(data, DEFAULT_FOLDS, Grouping.SUBJECT, seed, trainer);
    }

    /**
     * Runs {@code folds}-fold cross-validation.
     *
     * @param data     all labelled examples
     * @param folds    number of folds (at least 2, at most the number of groups)
     * @param grouping which examples stay together
     * @param seed     seed of the fold assignment
     * @param trainer  fits one classifier per fold
     */
    public static <E extends LabeledItem> CvResult run(List<E> data, int folds, Grouping grouping, long seed,
                                                        Trainer<E> trainer) {
        try {
            return run(data, folds, grouping, seed, trainer, FoldCheckpoint.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // NONE does no I/O
        }
    }

    /**
     * Runs {@code folds}-fold cross-validation, taking finished folds from {@code checkpoint} and handing it each
     * newly trained fold. A stored fold must hold exactly the test examples this run assigns to it (same data,
     * folds, grouping and seed), else the run stops rather than mix two experiments.
     *
     * @throws IOException           if the checkpoint cannot be read or written
     * @throws IllegalStateException if a stored fold does not match this run's fold
     */
    public static <E extends LabeledItem> CvResult run(List<E> data, int folds, Grouping grouping, long seed,
                                                        Trainer<E> trainer, FoldCheckpoint checkpoint)
            throws IOException {
        int[] foldOf = FoldAssignment.assign(data, folds, grouping, seed);
        List<FoldResult> results = new ArrayList<>(folds);
        for (int f = 0; f < folds; f++) {
            List<E> train = new ArrayList<>();
            List<E> test = new ArrayList<>();
            List<Integer> testIdx = new ArrayList<>();
            for (int i = 0; i < data.size(); i++) {
                if (foldOf[i] == f) {
                    test.add(data.get(i));
                    testIdx.add(i);
                } else {
                    train.add(data.get(i));
                }
            }
            int[] testIndices = testIdx.stream().mapToInt(Integer::intValue).toArray();
            var stored = checkpoint.load(f);
            if (stored.isPresent()) {
                FoldResult r = stored.get();
                if (r.fold() != f || !java.util.Arrays.equals(r.testIndices(), testIndices)
                        || r.trainSize() != train.size()) {
                    throw new IllegalStateException("stored fold " + (f + 1) + " was made on other data or folds ("
                            + r.testSize() + " test examples stored, " + testIndices.length + " now)");
                }
                results.add(r);
                continue;
            }
            Trainer.FittedClassifier<E> classifier = trainer.fit(train, f);
            int[] predicted = classifier.predict(test);
            if (predicted.length != test.size()) {
                throw new IllegalStateException("fold " + f + ": the classifier returned " + predicted.length
                        + " predictions for " + test.size() + " test examples");
            }
            int[] truth = test.stream().mapToInt(LabeledItem::label).toArray();
            FoldResult r = new FoldResult(f, train.size(), testIndices, predicted, ConfusionMatrix.of(truth, predicted),
                    classifier.lossHistory());
            checkpoint.save(r);
            results.add(r);
        }
        return new CvResult(grouping, seed, results);
    }
}
