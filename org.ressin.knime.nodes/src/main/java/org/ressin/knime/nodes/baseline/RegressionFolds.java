package org.ressin.knime.nodes.baseline;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.ressin.core.baseline.LinearRegression;
import org.ressin.core.baseline.RegressionMethod;
import org.ressin.core.baseline.RegressionScores;
import org.ressin.core.baseline.Regressor;
import org.ressin.core.baseline.SupportVectorRegression;
import org.ressin.core.baseline.SvmSettings;
import org.ressin.core.eval.FoldAssignment;
import org.ressin.core.eval.Grouping;

/**
 * Cross-validates one regressor on featurised signals, fold by fold (so the node can report progress and stop
 * between folds): the core's {@link FoldAssignment}, {@link Regressor} and {@link RegressionScores}, as the core's
 * {@link org.ressin.core.baseline.RegressionCrossValidation} does for one method, input and target.
 */
final class RegressionFolds {

    /** The held-out scores of one fold. */
    record Fold(int fold, int trainSize, RegressionScores scores) {
    }

    private RegressionFolds() {
    }

    static List<Fold> run(final List<RatedSignal> data, final RegressionMethod method, final SvmSettings svr,
        final int folds, final Grouping grouping, final long seed, final ExecutionMonitor exec)
        throws CanceledExecutionException {
        Regressor regressor = method == RegressionMethod.MLR ? LinearRegression.METHOD : new SupportVectorRegression(svr);
        int[] foldOf = FoldAssignment.assign(data, folds, grouping, seed);
        List<Fold> out = new ArrayList<>(folds);
        for (int f = 0; f < folds; f++) {
            exec.checkCanceled();
            exec.setProgress(f / (double)folds, "Fold " + (f + 1) + " of " + folds);
            List<double[]> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            List<RatedSignal> test = new ArrayList<>();
            for (int i = 0; i < data.size(); i++) {
                if (foldOf[i] == f) {
                    test.add(data.get(i));
                } else {
                    x.add(data.get(i).features());
                    y.add(data.get(i).rating());
                }
            }
            Regressor.Fitted model = regressor.fit(x, y.stream().mapToDouble(Double::doubleValue).toArray());
            double[] truth = new double[test.size()];
            double[] predicted = new double[test.size()];
            for (int i = 0; i < test.size(); i++) {
                truth[i] = test.get(i).rating();
                predicted[i] = model.predict(test.get(i).features());
            }
            out.add(new Fold(f, x.size(), RegressionScores.of(truth, predicted)));
        }
        exec.setProgress(1.0, "Done");
        return out;
    }
}
