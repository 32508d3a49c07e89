package org.ressin.knime.nodes.imager;

import org.knime.core.data.DoubleValue;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.ressin.core.image.ChannelNames;

/** Dialog of the Signal Imager: input columns and sampling rate; channels, size, preview, too-short rows. */
public final class SignalImagerNodeDialog extends DefaultNodeSettingsPane {

    @SuppressWarnings("unchecked")
    SignalImagerNodeDialog() {
        SignalImagerSettings s = new SignalImagerSettings();
        createNewGroup("Signals (List of Double columns of the retained recording)");
        addDialogComponent(new DialogComponentColumnNameSelection(s.originColumnModel(), "Origin (EDA) column", 0,
            SignalColumns.LIST_OF_DOUBLE));
        addDialogComponent(new DialogComponentColumnNameSelection(s.phasicColumnModel(), "Phasic column", 0,
            SignalColumns.LIST_OF_DOUBLE));
        addDialogComponent(new DialogComponentColumnNameSelection(s.tonicColumnModel(), "Tonic column", 0,
            SignalColumns.LIST_OF_DOUBLE));
        closeCurrentGroup();
        createNewGroup("Sampling rate");
        SettingsModelString rateColumn = s.rateColumnModel();
        SettingsModelIntegerBounded fixedRate = s.fixedRateModel();
        addDialogComponent(new DialogComponentColumnNameSelection(rateColumn, "Sampling rate column", 0, false, true,
            DoubleValue.class));
        addDialogComponent(new DialogComponentNumber(fixedRate, "Samples per second (when no column)",
            Integer.valueOf(1)));
        // the fixed rate only matters when no rate column is selected
        rateColumn.addChangeListener(e -> fixedRate.setEnabled(s.rateColumn() == null));
        fixedRate.setEnabled(s.rateColumn() == null);
        closeCurrentGroup();
        createNewGroup("Image");
        addDialogComponent(new DialogComponentStringSelection(s.channelsModel(), "Channels",
            ChannelNames.choices()));
        addDialogComponent(new DialogComponentNumber(s.sizeModel(), "Image size S", Integer.valueOf(16)));
        addDialogComponent(new DialogComponentBoolean(s.pngModel(), "Append PNG preview"));
        addDialogComponent(new DialogComponentStringSelection(s.tooShortModel(), "Too-short recordings",
            SignalImagerSettings.TOO_SHORT_CHOICES));
        closeCurrentGroup();
    }
}
