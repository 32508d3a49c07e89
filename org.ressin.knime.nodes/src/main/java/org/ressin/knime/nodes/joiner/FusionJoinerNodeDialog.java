package org.ressin.knime.nodes.joiner;

import org.knime.core.data.StringValue;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.ressin.knime.nodes.common.Columns;

/** Dialog of the Fusion Joiner: key and image columns of the three inputs, and unmatched recordings. */
public final class FusionJoinerNodeDialog extends DefaultNodeSettingsPane {

    @SuppressWarnings("unchecked")
    FusionJoinerNodeDialog() {
        FusionJoinerSettings s = new FusionJoinerSettings();
        createNewGroup("Recordings (input 1)");
        addDialogComponent(new DialogComponentColumnNameSelection(s.recordingSubjectModel(), "Subject column",
            FusionJoinerNodeModel.RECORDINGS, Columns.ID_TYPES));
        addDialogComponent(new DialogComponentColumnNameSelection(s.recordingMusicModel(), "Song column",
            FusionJoinerNodeModel.RECORDINGS, Columns.ID_TYPES));
        addDialogComponent(new DialogComponentColumnNameSelection(s.imageModel(), "Signal image column",
            FusionJoinerNodeModel.RECORDINGS, StringValue.class));
        closeCurrentGroup();
        createNewGroup("Music features (input 2; a table without numeric columns means EDA only)");
        // not required: an empty features table is allowed
        addDialogComponent(new DialogComponentColumnNameSelection(s.featureMusicModel(), "Song column",
            FusionJoinerNodeModel.FEATURES, false, Columns.ID_TYPES));
        closeCurrentGroup();
        createNewGroup("Labels (input 3)");
        addDialogComponent(new DialogComponentColumnNameSelection(s.labelSubjectModel(), "Subject column",
            FusionJoinerNodeModel.LABELS, Columns.ID_TYPES));
        addDialogComponent(new DialogComponentColumnNameSelection(s.labelMusicModel(), "Song column",
            FusionJoinerNodeModel.LABELS, Columns.ID_TYPES));
        closeCurrentGroup();
        createNewGroup("Rows without a partner");
        addDialogComponent(new DialogComponentStringSelection(s.unmatchedModel(), "Unmatched recordings",
            FusionJoinerSettings.UNMATCHED_CHOICES));
        closeCurrentGroup();
    }
}
