package org.ressin.knime.nodes.learner;

import org.knime.core.data.DoubleValue;
import org.knime.core.data.StringValue;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentNumberEdit;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.ressin.knime.nodes.common.Columns;

/** Dialog of the Res-SIN Learner: columns, network, training schedule and evaluation mode, one tab each. */
public final class ResSinLearnerNodeDialog extends DefaultNodeSettingsPane {

    @SuppressWarnings("unchecked")
    ResSinLearnerNodeDialog() {
        ResSinLearnerSettings s = new ResSinLearnerSettings();
        setDefaultTabTitle("Columns");
        addDialogComponent(new DialogComponentColumnNameSelection(s.imageColumnModel(),
            ResSinLearnerSettings.IMAGE_COLUMN, 0, StringValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(s.labelColumnModel(),
            ResSinLearnerSettings.LABEL_COLUMN, 0, DoubleValue.class));
        addDialogComponent(new DialogComponentBoolean(s.fusionModel(), ResSinLearnerSettings.FUSION));
        addDialogComponent(new DialogComponentColumnNameSelection(s.musicColumnModel(),
            ResSinLearnerSettings.MUSIC_COLUMN, 0, false, true, Columns.LIST_OF_DOUBLE));
        addDialogComponent(new DialogComponentColumnNameSelection(s.subjectColumnModel(),
            ResSinLearnerSettings.SUBJECT_COLUMN, 0, false, true, Columns.ID_TYPES));
        addDialogComponent(new DialogComponentColumnNameSelection(s.songColumnModel(),
            ResSinLearnerSettings.SONG_COLUMN, 0, false, true, Columns.ID_TYPES));
        s.fusionModel().addChangeListener(e -> s.musicColumnModel().setEnabled(s.fusion()));
        s.musicColumnModel().setEnabled(s.fusion());

        createNewTab("Network");
        addDialogComponent(new DialogComponentStringSelection(s.presetModel(), ResSinLearnerSettings.PRESET,
            ResSinLearnerSettings.PRESETS));
        addDialogComponent(new DialogComponentStringSelection(s.channelsModel(), ResSinLearnerSettings.CHANNELS,
            ResSinLearnerSettings.CHANNEL_CHOICES));
        addDialogComponent(new DialogComponentNumber(s.imageSizeModel(), ResSinLearnerSettings.IMAGE_SIZE,
            Integer.valueOf(16)));

        createNewTab("Training");
        addDialogComponent(new DialogComponentNumber(s.epochsModel(), ResSinLearnerSettings.EPOCHS,
            Integer.valueOf(1)));
        addDialogComponent(new DialogComponentNumber(s.batchSizeModel(), ResSinLearnerSettings.BATCH_SIZE,
            Integer.valueOf(10)));
        addDialogComponent(new DialogComponentNumberEdit(s.learningRateModel(),
            ResSinLearnerSettings.LEARNING_RATE));
        addDialogComponent(new DialogComponentNumberEdit(s.lrFactorModel(), ResSinLearnerSettings.LR_FACTOR));
        addDialogComponent(new DialogComponentNumber(s.lrStepModel(), ResSinLearnerSettings.LR_STEP,
            Integer.valueOf(50)));
        addDialogComponent(new DialogComponentNumberEdit(s.seedModel(), ResSinLearnerSettings.SEED));
        addDialogComponent(new DialogComponentNumber(s.threadsModel(), ResSinLearnerSettings.THREADS,
            Integer.valueOf(1)));

        createNewTab("Evaluation");
        addDialogComponent(new DialogComponentStringSelection(s.modeModel(), ResSinLearnerSettings.MODE,
            ResSinLearnerSettings.MODES));
        addDialogComponent(new DialogComponentNumber(s.foldsModel(), ResSinLearnerSettings.FOLDS,
            Integer.valueOf(1)));
        addDialogComponent(new DialogComponentStringSelection(s.groupingModel(), ResSinLearnerSettings.GROUPING,
            ResSinLearnerSettings.GROUPINGS));
        s.modeModel().addChangeListener(e -> enableFolds(s));
        enableFolds(s);
    }

    private static void enableFolds(final ResSinLearnerSettings s) {
        s.foldsModel().setEnabled(s.crossValidation());
        s.groupingModel().setEnabled(s.crossValidation());
    }
}
