package org.ressin.knime.nodes.baseline;

import java.util.List;
import java.util.function.ToDoubleFunction;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.ressin.core.eval.CvResult;
import org.ressin.core.eval.FoldResult;
import org.ressin.core.eval.Metrics;

/**
 * The node's two tables: one row per fold, and the summary with one row per statistic ("mean", then "sd", the
 * sample standard deviation over folds). Classification scores accuracy, F1, precision and recall; regression RMSE
 * and Pearson's r (missing where r is undefined; its mean and sd use the folds where it is defined).
 */
final class BaselineTables {

    static final String MEAN = "mean";
    static final String SD = "sd";

    private static final List<String> CLASSIFICATION = List.of("accuracy", "f1", "precision", "recall");
    private static final List<String> REGRESSION = List.of("rmse", "pearson_r");

    private BaselineTables() {
    }

    private static List<String> metrics(final boolean classification) {
        return classification ? CLASSIFICATION : REGRESSION;
    }

    static DataTableSpec foldSpec(final boolean classification) {
        List<String> m = metrics(classification);
        String[] names = new String[m.size() + 3];
        DataType[] types = new DataType[names.length];
        names[0] = "fold";
        types[0] = IntCell.TYPE;
        for (int i = 0; i < m.size(); i++) {
            names[i + 1] = m.get(i);
            types[i + 1] = DoubleCell.TYPE;
        }
        names[m.size() + 1] = "train_size";
        names[m.size() + 2] = "test_size";
        types[m.size() + 1] = IntCell.TYPE;
        types[m.size() + 2] = IntCell.TYPE;
        return new DataTableSpec(names, types);
    }

    static DataTableSpec summarySpec(final boolean classification) {
        List<String> m = metrics(classification);
        String[] names = new String[m.size() + 1];
        DataType[] types = new DataType[names.length];
        names[0] = "statistic";
        types[0] = StringCell.TYPE;
        for (int i = 0; i < m.size(); i++) {
            names[i + 1] = m.get(i);
            types[i + 1] = DoubleCell.TYPE;
        }
        return new DataTableSpec(names, types);
    }

    static BufferedDataTable[] classification(final CvResult cv, final ExecutionContext exec) {
        BufferedDataContainer folds = exec.createDataContainer(foldSpec(true));
        for (FoldResult f : cv.folds()) {
            Metrics m = f.metrics();
            folds.addRowToTable(new DefaultRow("fold " + (f.fold() + 1), new IntCell(f.fold() + 1),
                new DoubleCell(m.accuracy()), new DoubleCell(m.f1()), new DoubleCell(m.precision()),
                new DoubleCell(m.recall()), new IntCell(f.trainSize()), new IntCell(f.testSize())));
        }
        folds.close();
        BufferedDataContainer summary = exec.createDataContainer(summarySpec(true));
        summary.addRowToTable(metricsRow(MEAN, cv.mean()));
        summary.addRowToTable(metricsRow(SD, cv.standardDeviation()));
        summary.close();
        return new BufferedDataTable[]{folds.getTable(), summary.getTable()};
    }

    private static DefaultRow metricsRow(final String statistic, final Metrics m) {
        return new DefaultRow(statistic, new StringCell(statistic), new DoubleCell(m.accuracy()),
            new DoubleCell(m.f1()), new DoubleCell(m.precision()), new DoubleCell(m.recall()));
    }

    static BufferedDataTable[] regression(final List<RegressionFolds.Fold> result, final ExecutionContext exec) {
        BufferedDataContainer folds = exec.createDataContainer(foldSpec(false));
        for (RegressionFolds.Fold f : result) {
            folds.addRowToTable(new DefaultRow("fold " + (f.fold() + 1), new IntCell(f.fold() + 1),
                new DoubleCell(f.scores().rmse()), cell(f.scores().pearson()), new IntCell(f.trainSize()),
                new IntCell(f.scores().n())));
        }
        folds.close();
        ToDoubleFunction<RegressionFolds.Fold> rmse = f -> f.scores().rmse();
        ToDoubleFunction<RegressionFolds.Fold> r = f -> f.scores().pearson();
        double[] rmses = result.stream().mapToDouble(rmse).toArray();
        double[] rs = result.stream().mapToDouble(r).filter(Double::isFinite).toArray();
        BufferedDataContainer summary = exec.createDataContainer(summarySpec(false));
        summary.addRowToTable(new DefaultRow(MEAN, new StringCell(MEAN), cell(mean(rmses)), cell(mean(rs))));
        summary.addRowToTable(new DefaultRow(SD, new StringCell(SD), cell(sd(rmses)), cell(sd(rs))));
        summary.close();
        return new BufferedDataTable[]{folds.getTable(), summary.getTable()};
    }

    /** A number, or a missing cell for NaN (an undefined score). */
    private static DataCell cell(final double v) {
        return Double.isNaN(v) ? DataType.getMissingCell() : new DoubleCell(v);
    }

    private static double mean(final double[] v) {
        if (v.length == 0) {
            return Double.NaN;
        }
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    /** Sample standard deviation (n - 1), 0 for one value, as the core reports it for classification. */
    private static double sd(final double[] v) {
        if (v.length < 2) {
            return v.length == 0 ? Double.NaN : 0.0;
        }
        double m = mean(v);
        double ss = 0;
        for (double x : v) {
            ss += (x - m) * (x - m);
        }
        return Math.sqrt(ss / (v.length - 1));
    }
}
