package org.ressin.knime.nodes.learner;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.ressin.knime.nodes.common.SettingsNodeModel;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.ressin.core.eval.CrossValidation;
import org.ressin.core.eval.CvResult;
import org.ressin.core.eval.Grouping;
import org.ressin.core.net.LabeledExample;
import org.ressin.core.net.NetworkSettings;
import org.ressin.core.net.ResSinModel;
import org.ressin.core.net.ResSinTrainer;
import org.ressin.core.net.TrainingSettings;
import org.ressin.knime.nodes.model.Nd4jSetup;
import org.ressin.knime.nodes.model.ResSinModelPortObject;
import org.ressin.knime.nodes.model.ResSinModelPortObjectSpec;

/**
 * Res-SIN Learner: reads the joined table into the core's examples, optionally cross-validates (one network per
 * fold), and trains the model on all labelled rows; outputs the model, the loss history and the fold scores.
 */
public final class ResSinLearnerNodeModel extends SettingsNodeModel<ResSinLearnerSettings> {

    /** Share of the progress bar for reading the table; training takes the rest. */
    private static final double READ_SHARE = 0.05;

    ResSinLearnerNodeModel() {
        super(new PortType[]{BufferedDataTable.TYPE},
            new PortType[]{ResSinModelPortObject.TYPE, BufferedDataTable.TYPE, BufferedDataTable.TYPE}, new ResSinLearnerSettings());
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        settings.check();
        DataTableSpec spec = (DataTableSpec)inSpecs[0];
        LearnerColumns columns = LearnerColumns.find(spec, settings);
        NetworkSettings net = settings.network();
        int musicDim = !net.fusion() ? 0 : columns.featureNames == null ? -1 : columns.featureNames.size();
        ResSinModelPortObjectSpec modelSpec = new ResSinModelPortObjectSpec(settings.labelColumn(), net.channels(),
            net.imageSize(), net.cropSize(), net.fusion(), musicDim,
            columns.featureNames == null ? List.of() : columns.featureNames, settings.imageColumn(),
            settings.musicColumn(), net.featureDimension(), -1);
        return new PortObjectSpec[]{modelSpec, LearnerTables.historySpec(), LearnerTables.foldSpec()};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        Nd4jSetup.ensure();
        BufferedDataTable table = (BufferedDataTable)inObjects[0];
        settings.check();
        LearnerColumns columns = LearnerColumns.find(table.getDataTableSpec(), settings);
        TrainingData data = TrainingData.read(table, columns, settings, exec.createSubProgress(READ_SHARE));
        checkClasses(data.examples);
        NetworkSettings net = settings.network();
        TrainingSettings training = settings.training();

        CvResult cv = null;
        int runs = settings.crossValidation() ? settings.folds() + 1 : 1;
        double share = (1 - READ_SHARE) / runs;
        ResSinModel model;
        try {
            if (settings.crossValidation()) {
                int k = settings.folds();
                cv = crossValidate(data.examples, net, training, k, exec, share);
            }
            // element names that do not fit the vectors are not feature names: the core then names them music_i
            List<String> names = columns.featureNames != null && columns.featureNames.size() == data.musicDimension
                ? columns.featureNames : null;
            model = ResSinTrainer.train(data.examples, names, net, training,
                new ExecutionTrainingMonitor(exec.createSubProgress(share), runs > 1 ? "the final model" : "model"));
        } catch (CancellationException e) {
            throw new CanceledExecutionException(e.getMessage());
        } catch (OutOfMemoryError e) {
            throw new IllegalStateException("Out of memory while training (" + e.getMessage() + "): lower \""
                + ResSinLearnerSettings.BATCH_SIZE + "\" or \"" + ResSinLearnerSettings.IMAGE_SIZE + "\"", e);
        }

        ResSinModelPortObjectSpec spec = ResSinModelPortObject.specOf(model, settings.labelColumn(),
            settings.imageColumn(), settings.musicColumn(), data.examples.size());
        setWarningMessage(data.skippedWarning(settings.labelColumn()));
        if (cv != null) {
            pushFlowVariableDouble("ressin_cv_accuracy", cv.mean().accuracy());
            pushFlowVariableDouble("ressin_cv_f1", cv.mean().f1());
        }
        return new PortObject[]{new ResSinModelPortObject(spec, model),
            LearnerTables.history(model.lossHistory(), cv, exec), LearnerTables.folds(cv, exec)};
    }

    private CvResult crossValidate(final List<LabeledExample> examples, final NetworkSettings net,
        final TrainingSettings training, final int k, final ExecutionContext exec, final double share)
        throws InvalidSettingsException {
        Grouping grouping = settings.grouping();
        long groups = examples.stream().map(grouping::groupOf).distinct().count();
        if (groups < k) {
            throw new InvalidSettingsException("Setting \"" + ResSinLearnerSettings.FOLDS + "\" is " + k
                + ", but the " + examples.size() + " labelled rows have only " + groups
                + (grouping == Grouping.SUBJECT ? " subjects" : " recordings")
                + " to spread over the folds: lower the folds" + (grouping == Grouping.SUBJECT
                    ? " or keep recordings (not subjects) together" : ""));
        }
        return CrossValidation.run(examples, k, grouping, settings.seed(),
            ResSinTrainer.forCrossValidation(net, training, fold -> new ExecutionTrainingMonitor(
                exec.createSubProgress(share), "fold " + (fold + 1) + " of " + k)));
    }

    /** Both classes must occur among the labelled rows, or there is nothing to learn. */
    private void checkClasses(final List<LabeledExample> examples) {
        String column = settings.labelColumn();
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("No row has a label in \"" + column + "\", a signal image"
                + (settings.fusion() ? " and music features" : "") + ": nothing to train on");
        }
        long high = examples.stream().filter(e -> e.label() == 1).count();
        if (high == 0 || high == examples.size()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                "%s has only class %d in the %d labelled rows: the network needs both high (1) and low (0)", column,
                high == 0 ? 0 : 1, examples.size()));
        }
    }

}
