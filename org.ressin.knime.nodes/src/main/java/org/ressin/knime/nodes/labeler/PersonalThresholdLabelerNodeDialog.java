package org.ressin.knime.nodes.labeler;

import org.knime.core.data.DoubleValue;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

/** Dialog of the Personal Threshold Labeler: the four columns, minimum ratings and the fallback. */
public final class PersonalThresholdLabelerNodeDialog extends DefaultNodeSettingsPane {

    @SuppressWarnings("unchecked")
    PersonalThresholdLabelerNodeDialog() {
        PersonalThresholdLabelerSettings s = new PersonalThresholdLabelerSettings();
        createNewGroup("Columns");
        addDialogComponent(new DialogComponentColumnNameSelection(s.subjectColumnModel(), "Subject column", 0,
            RatingColumns.ID_TYPES));
        addDialogComponent(new DialogComponentColumnNameSelection(s.musicColumnModel(), "Song column", 0,
            RatingColumns.ID_TYPES));
        addDialogComponent(new DialogComponentColumnNameSelection(s.valenceColumnModel(), "Valence column", 0,
            DoubleValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(s.arousalColumnModel(), "Arousal column", 0,
            DoubleValue.class));
        closeCurrentGroup();
        createNewGroup("Personal thresholds");
        addDialogComponent(
            new DialogComponentNumber(s.minRatingsModel(), "Minimum ratings per subject", Integer.valueOf(1)));
        addDialogComponent(new DialogComponentStringSelection(s.fallbackModel(),
            "Subjects without a personal threshold get", PersonalThresholdLabelerSettings.FALLBACKS));
        closeCurrentGroup();
    }
}
