package org.ressin.knime.nodes.baseline;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.ressin.core.baseline.LinearRegression;
import org.ressin.core.baseline.RegressionCrossValidation;
import org.ressin.core.baseline.RegressionMethod;
import org.ressin.core.baseline.RegressionScores;
import org.ressin.core.baseline.Regressor;
import org.ressin.core.baseline.SupportVectorRegression;
import org.ressin.core.baseline.SvmSettings;
import org.ressin.core.eval.FoldAssignment;
import org.ressin.core.eval.Grouping;

/**
 * Cross-validates one regressor on featurised signals fold by fold, so that the node can report progress and stop
 * between folds; each fold is the core's {@link RegressionCrossValidation#scoreFold}, with the core's
 * {@link FoldAssignment}.
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
        List<double[]> x = data.stream().map(RatedSignal::features).toList();
        double[] y = data.stream().mapToDouble(RatedSignal::rating).toArray();
        List<Fold> out = new ArrayList<>(folds);
        for (int f = 0; f < folds; f++) {
            exec.checkCanceled();
            exec.setProgress(f / (double)folds, "Fold " + (f + 1) + " of " + folds);
            int trainSize = 0;
            for (int fold : foldOf) {
                trainSize += fold == f ? 0 : 1;
            }
            out.add(new Fold(f, trainSize, RegressionCrossValidation.scoreFold(x, y, foldOf, f, regressor)));
        }
        exec.setProgress(1.0, "Done");
        return out;
    }
}
