package org.ressin.knime.nodes.predictor;

import org.knime.core.data.StringValue;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.ressin.knime.nodes.common.Columns;

/** Dialog of the Res-SIN Predictor: image and music columns of the table, and the EDA features option. */
public final class ResSinPredictorNodeDialog extends DefaultNodeSettingsPane {

    @SuppressWarnings("unchecked")
    ResSinPredictorNodeDialog() {
        ResSinPredictorSettings s = new ResSinPredictorSettings();
        addDialogComponent(new DialogComponentColumnNameSelection(s.imageColumnModel(),
            ResSinPredictorSettings.IMAGE_COLUMN, ResSinPredictorNodeModel.TABLE, StringValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(s.musicColumnModel(),
            ResSinPredictorSettings.MUSIC_COLUMN, ResSinPredictorNodeModel.TABLE, false, true,
            Columns.LIST_OF_DOUBLE));
        addDialogComponent(new DialogComponentBoolean(s.edaFeaturesModel(), ResSinPredictorSettings.EDA_FEATURES));
    }
}
