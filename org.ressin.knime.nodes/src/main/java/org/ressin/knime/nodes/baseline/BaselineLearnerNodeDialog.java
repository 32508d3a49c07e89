package org.ressin.knime.nodes.baseline;

import org.knime.core.data.DoubleValue;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentNumberEdit;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.ressin.knime.nodes.common.Columns;

/** Dialog of the Emotion Baseline Learner: task and columns, evaluation, SVM; one tab each. */
public final class BaselineLearnerNodeDialog extends DefaultNodeSettingsPane {

    @SuppressWarnings("unchecked")
    BaselineLearnerNodeDialog() {
        BaselineLearnerSettings s = new BaselineLearnerSettings();
        setDefaultTabTitle("Task and columns");
        addDialogComponent(new DialogComponentStringSelection(s.taskModel(), BaselineLearnerSettings.TASK,
            BaselineLearnerSettings.TASKS));
        addDialogComponent(new DialogComponentStringSelection(s.methodModel(), BaselineLearnerSettings.METHOD,
            BaselineLearnerSettings.METHODS));
        addDialogComponent(new DialogComponentColumnNameSelection(s.labelColumnModel(),
            BaselineLearnerSettings.LABEL_COLUMN, 0, false, true, DoubleValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(s.musicColumnModel(),
            BaselineLearnerSettings.MUSIC_COLUMN, 0, false, true, Columns.LIST_OF_DOUBLE));
        addDialogComponent(new DialogComponentColumnNameSelection(s.signalColumnModel(),
            BaselineLearnerSettings.SIGNAL_COLUMN, 0, false, true, Columns.LIST_OF_DOUBLE));
        addDialogComponent(new DialogComponentColumnNameSelection(s.rateColumnModel(),
            BaselineLearnerSettings.RATE_COLUMN, 0, false, true, DoubleValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(s.ratingColumnModel(),
            BaselineLearnerSettings.RATING_COLUMN, 0, false, true, DoubleValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(s.subjectColumnModel(),
            BaselineLearnerSettings.SUBJECT_COLUMN, 0, true, false, Columns.ID_TYPES));
        addDialogComponent(new DialogComponentColumnNameSelection(s.songColumnModel(),
            BaselineLearnerSettings.SONG_COLUMN, 0, true, false, Columns.ID_TYPES));
        s.taskModel().addChangeListener(e -> enableTaskColumns(s));
        enableTaskColumns(s);

        createNewTab("Evaluation");
        addDialogComponent(new DialogComponentNumber(s.foldsModel(), BaselineLearnerSettings.FOLDS,
            Integer.valueOf(1)));
        addDialogComponent(new DialogComponentStringSelection(s.groupingModel(), BaselineLearnerSettings.GROUPING,
            BaselineLearnerSettings.GROUPINGS));
        addDialogComponent(new DialogComponentNumberEdit(s.seedModel(), BaselineLearnerSettings.SEED));

        createNewTab("SVM");
        addDialogComponent(new DialogComponentStringSelection(s.kernelModel(), BaselineLearnerSettings.KERNEL,
            BaselineLearnerSettings.KERNELS));
        addDialogComponent(new DialogComponentNumberEdit(s.svmCModel(), BaselineLearnerSettings.SVM_C));
    }

    /** Only the columns of the chosen task can be edited; the method follows the task (SVM only classifies). */
    private static void enableTaskColumns(final BaselineLearnerSettings s) {
        boolean c = s.classification();
        String method = s.methodModel().getStringValue();
        if (c && !BaselineLearnerSettings.METHOD_SVM.equals(method)) {
            s.methodModel().setStringValue(BaselineLearnerSettings.METHOD_SVM);
        } else if (!c && BaselineLearnerSettings.METHOD_SVM.equals(method)) {
            s.methodModel().setStringValue(BaselineLearnerSettings.METHOD_MLR);
        }
        s.labelColumnModel().setEnabled(c);
        s.musicColumnModel().setEnabled(c);
        s.signalColumnModel().setEnabled(!c);
        s.rateColumnModel().setEnabled(!c);
        s.ratingColumnModel().setEnabled(!c);
    }
}
