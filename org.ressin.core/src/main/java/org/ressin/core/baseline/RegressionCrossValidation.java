package org.ressin.core.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.DoubleStream;

import org.ressin.core.eval.FoldAssignment;
import org.ressin.core.eval.Grouping;
import org.ressin.core.eval.LabeledItem;
import org.ressin.core.labels.Target;

/**
 * k-fold cross-validation of the regression pre-experiment: for every fold, method, input and target, fit on the
 * other folds and score RMSE and Pearson r on the held-out fold. Folds come from
 * {@link FoldAssignment} (subject-grouped by default), so the same recordings and seed give the same folds as the
 * classifiers'. Fits run in parallel; every fit is independent, so the result does not depend on the threads.
 */
public final class RegressionCrossValidation {

    private RegressionCrossValidation() {}

    /**
     * @param rows     the rows (at least as many groups as folds)
     * @param folds    at least 2
     * @param grouping which rows stay together
     * @param seed     seed of the fold assignment
     * @param svr      settings of the SVR
     * @param threads  fits at once, at least 1
     */
    public static RegressionResult run(List<RegressionRow> rows, int folds, Grouping grouping, long seed,
            SvmSettings svr, int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        // the assignment looks only at subject and song; a label is not part of a regression row
        List<LabeledItem> keys = rows.stream().map(r -> (LabeledItem) new GroupKey(r.subjectId(), r.musicId())).toList();
        int[] foldOf = FoldAssignment.assign(keys, folds, grouping, seed);
        int[] sizes = new int[folds];
        for (int f : foldOf) sizes[f]++;

        List<RegressionMethod> methods = List.of(RegressionMethod.values());
        List<RegressionInput> inputs = List.of(RegressionInput.values());
        List<Target> targets = List.of(Target.values());
        Regressor svrMethod = new SupportVectorRegression(svr);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ressin-regression-cv");
            t.setDaemon(true);
            return t;
        });
        try {
            List<List<Future<RegressionScores>>> pending = new ArrayList<>();
            for (RegressionMethod m : methods) {
                Regressor regressor = m == RegressionMethod.MLR ? LinearRegression.METHOD : svrMethod;
                for (RegressionInput in : inputs) {
                    for (Target t : targets) {
                        List<Future<RegressionScores>> byFold = new ArrayList<>();
                        for (int f = 0; f < folds; f++) {
                            int fold = f;
                            byFold.add(pool.submit(() -> scoreFold(rows, foldOf, fold, regressor, in, t)));
                        }
                        pending.add(byFold);
                    }
                }
            }
            List<RegressionCell> cells = new ArrayList<>();
            int k = 0;
            for (RegressionMethod m : methods) {
                for (RegressionInput in : inputs) {
                    for (Target t : targets) {
                        List<RegressionScores> scores = new ArrayList<>();
                        for (Future<RegressionScores> f : pending.get(k)) scores.add(get(f));
                        cells.add(new RegressionCell(m, in, t, scores));
                        k++;
                    }
                }
            }
            return new RegressionResult(grouping, seed, sizes, cells);
        } finally {
            pool.shutdownNow();
        }
    }

    private static RegressionScores scoreFold(List<RegressionRow> rows, int[] foldOf, int fold, Regressor regressor,
            RegressionInput input, Target target) {
        List<double[]> x = new ArrayList<>(rows.size());
        double[] y = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            x.add(rows.get(i).vectorView(input));
            y[i] = rows.get(i).rating(target);
        }
        return scoreFold(x, y, foldOf, fold, regressor);
    }

    /**
     * One fold of one cell: fits {@code regressor} on the rows outside {@code fold} and scores it on the rows inside.
     *
     * @param x      the input vector of every row
     * @param y      the rating of every row
     * @param foldOf the fold of every row (e.g. from {@link FoldAssignment})
     */
    public static RegressionScores scoreFold(List<double[]> x, double[] y, int[] foldOf, int fold,
            Regressor regressor) {
        List<double[]> trainX = new ArrayList<>();
        DoubleStream.Builder trainY = DoubleStream.builder();
        DoubleStream.Builder truth = DoubleStream.builder();
        List<double[]> testX = new ArrayList<>();
        for (int i = 0; i < x.size(); i++) {
            if (foldOf[i] == fold) {
                testX.add(x.get(i));
                truth.add(y[i]);
            } else {
                trainX.add(x.get(i));
                trainY.add(y[i]);
            }
        }
        Regressor.Fitted model = regressor.fit(trainX, trainY.build().toArray());
        double[] predicted = new double[testX.size()];
        for (int i = 0; i < predicted.length; i++) {
            predicted[i] = model.predict(testX.get(i));
        }
        return RegressionScores.of(truth.build().toArray(), predicted);
    }

    private static RegressionScores get(Future<RegressionScores> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        }
    }

    private record GroupKey(String subjectId, String musicId) implements LabeledItem {
        @Override
        public int label() { return 0; }
    }
}
