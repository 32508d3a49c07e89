package org.ressin.knime.nodes.learner;

import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.ressin.core.eval.CvResult;
import org.ressin.core.eval.FoldResult;
import org.ressin.core.eval.LossPoint;
import org.ressin.core.eval.Metrics;

/** The learner's two tables: the training-loss history and the per-fold cross-validation scores. */
final class LearnerTables {

    /** The {@code run} of the model trained on all rows in the history table. */
    static final String ALL_ROWS = "all rows";

    private LearnerTables() {
    }

    static DataTableSpec historySpec() {
        return new DataTableSpec(new String[]{"iteration", "loss", "learning_rate", "run"},
            new DataType[]{IntCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE, StringCell.TYPE});
    }

    static DataTableSpec foldSpec() {
        return new DataTableSpec(
            new String[]{"fold", "accuracy", "f1", "precision", "recall", "train_size", "test_size"},
            new DataType[]{StringCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE,
                IntCell.TYPE, IntCell.TYPE});
    }

    /** The model's history (run "all rows"), then each fold's (runs "fold 1" ...), iterations counted from 1. */
    static BufferedDataTable history(final List<LossPoint> all, final CvResult cv, final ExecutionContext exec) {
        BufferedDataContainer out = exec.createDataContainer(historySpec());
        long row = 0;
        row = add(out, row, all, ALL_ROWS);
        if (cv != null) {
            for (FoldResult f : cv.folds()) {
                row = add(out, row, f.lossHistory(), "fold " + (f.fold() + 1));
            }
        }
        out.close();
        return out.getTable();
    }

    private static long add(final BufferedDataContainer out, final long first, final List<LossPoint> points,
        final String run) {
        long row = first;
        StringCell runCell = new StringCell(run);
        for (LossPoint p : points) {
            out.addRowToTable(new DefaultRow(RowKey.createRowKey(row++), new IntCell(p.iteration() + 1),
                new DoubleCell(p.loss()), new DoubleCell(p.learningRate()), runCell));
        }
        return row;
    }

    /** One row per fold ("1" ...), then "mean" and "std" (sample SD) over folds; empty without CV. */
    static BufferedDataTable folds(final CvResult cv, final ExecutionContext exec) {
        BufferedDataContainer out = exec.createDataContainer(foldSpec());
        if (cv != null) {
            for (FoldResult f : cv.folds()) {
                String name = Integer.toString(f.fold() + 1);
                out.addRowToTable(row("fold " + name, name, f.metrics(), new IntCell(f.trainSize()),
                    new IntCell(f.testSize())));
            }
            out.addRowToTable(row("mean", "mean", cv.mean(), DataType.getMissingCell(), DataType.getMissingCell()));
            out.addRowToTable(row("std", "std", cv.standardDeviation(), DataType.getMissingCell(),
                DataType.getMissingCell()));
        }
        out.close();
        return out.getTable();
    }

    private static DefaultRow row(final String key, final String fold, final Metrics m, final DataCell train,
        final DataCell test) {
        return new DefaultRow(key, new StringCell(fold), new DoubleCell(m.accuracy()), new DoubleCell(m.f1()),
            new DoubleCell(m.precision()), new DoubleCell(m.recall()), train, test);
    }
}
