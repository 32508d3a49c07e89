package org.ressin.knime.nodes.baseline;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.ressin.knime.nodes.common.SettingsNodeModel;
import org.ressin.core.baseline.MusicItem;
import org.ressin.core.baseline.MusicSvmTrainer;
import org.ressin.core.eval.CrossValidation;
import org.ressin.core.eval.CvResult;
import org.ressin.core.eval.Grouping;
import org.ressin.core.eval.LabeledItem;
import org.ressin.core.eval.Trainer;

/**
 * Emotion Baseline Learner: the paper's baselines, cross-validated. Classification: the music-only SVM of Table 2
 * (the core's {@link MusicSvmTrainer} in {@link CrossValidation}, as {@code ressin baseline music}). Regression:
 * MLR or SVR from a featurised signal to a rating, as in Table 1. Outputs per-fold scores and their mean and sd.
 */
public final class BaselineLearnerNodeModel extends SettingsNodeModel<BaselineLearnerSettings> {

    /** Share of the progress bar for reading (and, for regression, featurising) the table. */
    private static final double READ_SHARE = 0.1;

    BaselineLearnerNodeModel() {
        super(1, 2, new BaselineLearnerSettings());
    }

    @Override
    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        settings.check();
        BaselineColumns.find(inSpecs[0], settings);
        boolean c = settings.classification();
        return new DataTableSpec[]{BaselineTables.foldSpec(c), BaselineTables.summarySpec(c)};
    }

    @Override
    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        settings.check();
        BufferedDataTable table = inData[0];
        BaselineColumns columns = BaselineColumns.find(table.getDataTableSpec(), settings);
        boolean classification = settings.classification();
        BaselineData data = BaselineData.read(table, columns, classification, exec.createSubProgress(READ_SHARE));
        ExecutionMonitor cvProgress = exec.createSubProgress(1 - READ_SHARE);
        BufferedDataTable[] out;
        if (classification) {
            checkClasses(data.musicItems);
            checkGroups(data.musicItems);
            out = BaselineTables.classification(crossValidate(data.musicItems, cvProgress), exec);
            setWarningMessage(data.skippedWarning(settings.labelColumn(), settings.musicColumn()));
        } else {
            if (data.signals.isEmpty()) {
                throw new IllegalArgumentException("No row has a rating in \"" + settings.ratingColumn()
                    + "\" and a signal in \"" + settings.signalColumn() + "\": nothing to fit");
            }
            checkGroups(data.signals);
            out = BaselineTables.regression(RegressionFolds.run(data.signals, settings.regressionMethod(),
                settings.svm(), settings.folds(), settings.grouping(), settings.seed(), cvProgress), exec);
            setWarningMessage(data.skippedWarning(settings.ratingColumn(), settings.signalColumn()));
        }
        return out;
    }

    /** The music-only SVM in the core's cross-validation; progress and cancellation between folds. */
    private CvResult crossValidate(final List<MusicItem> items, final ExecutionMonitor exec)
        throws CanceledExecutionException {
        int k = settings.folds();
        MusicSvmTrainer<MusicItem> svm = MusicSvmTrainer.forItems(settings.svm());
        Trainer<MusicItem> perFold = (training, fold) -> {
            try {
                exec.checkCanceled();
            } catch (CanceledExecutionException e) {
                throw new CancellationException(e.getMessage());
            }
            exec.setProgress(fold / (double)k, "Fold " + (fold + 1) + " of " + k);
            return svm.fit(training, fold);
        };
        try {
            CvResult cv = CrossValidation.run(items, k, settings.grouping(), settings.seed(), perFold);
            exec.setProgress(1.0, "Done");
            return cv;
        } catch (CancellationException e) {
            throw new CanceledExecutionException(e.getMessage());
        }
    }

    /** Both classes must occur among the labelled rows, or there is nothing to learn. */
    private void checkClasses(final List<MusicItem> items) {
        String column = settings.labelColumn();
        if (items.isEmpty()) {
            throw new IllegalArgumentException("No row has a label in \"" + column + "\" and music features in \""
                + settings.musicColumn() + "\": nothing to train on");
        }
        long high = items.stream().filter(e -> e.label() == 1).count();
        if (high == 0 || high == items.size()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                "%s has only class %d in the %d labelled rows: the SVM needs both high (1) and low (0)", column,
                high == 0 ? 0 : 1, items.size()));
        }
    }

    private void checkGroups(final List<? extends LabeledItem> items) throws InvalidSettingsException {
        int k = settings.folds();
        Grouping grouping = settings.grouping();
        long groups = items.stream().map(grouping::groupOf).distinct().count();
        if (groups < k) {
            throw new InvalidSettingsException("Setting \"" + BaselineLearnerSettings.FOLDS + "\" is " + k
                + ", but the " + items.size() + " usable rows have only " + groups
                + (grouping == Grouping.SUBJECT ? " subjects" : " recordings")
                + " to spread over the folds: lower the folds" + (grouping == Grouping.SUBJECT
                    ? " or keep recordings (not subjects) together" : ""));
        }
    }

}
