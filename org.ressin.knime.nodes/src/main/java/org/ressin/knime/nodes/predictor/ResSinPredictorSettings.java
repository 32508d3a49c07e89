package org.ressin.knime.nodes.predictor;

import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.ressin.knime.nodes.common.NodeSettingsGroup;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.ressin.knime.nodes.common.Columns;
import org.ressin.knime.nodes.imager.SignalImageColumn;

/** The settings of the Res-SIN Predictor: the image and music columns, and whether to append the EDA features. */
public final class ResSinPredictorSettings implements NodeSettingsGroup {

    public static final String CFG_IMAGE_COLUMN = "imageColumn";
    public static final String CFG_MUSIC_COLUMN = "musicColumn";
    public static final String CFG_EDA_FEATURES = "appendEdaFeatures";

    static final String IMAGE_COLUMN = "Signal image column";
    static final String MUSIC_COLUMN = "Music features column (fusion models)";
    static final String EDA_FEATURES = "Append EDA features";

    private final SettingsModelString imageColumn = new SettingsModelString(CFG_IMAGE_COLUMN, SignalImageColumn.NAME);
    private final SettingsModelString musicColumn = new SettingsModelString(CFG_MUSIC_COLUMN, "music_features");
    private final SettingsModelBoolean edaFeatures = new SettingsModelBoolean(CFG_EDA_FEATURES, false);

    SettingsModelString imageColumnModel() {
        return imageColumn;
    }

    SettingsModelString musicColumnModel() {
        return musicColumn;
    }

    SettingsModelBoolean edaFeaturesModel() {
        return edaFeatures;
    }

    String imageColumn() {
        return imageColumn.getStringValue();
    }

    /** The music column, or null if none is selected. */
    String musicColumn() {
        return Columns.isNone(musicColumn.getStringValue()) ? null : musicColumn.getStringValue();
    }

    boolean appendEdaFeatures() {
        return edaFeatures.getBooleanValue();
    }

    private List<SettingsModel> models() {
        return List.of(imageColumn, musicColumn, edaFeatures);
    }

    @Override
    public void saveSettingsTo(final NodeSettingsWO settings) {
        models().forEach(m -> m.saveSettingsTo(settings));
    }

    @Override
    public void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        validate(settings);
    }

    static void validate(final NodeSettingsRO settings) throws InvalidSettingsException {
        new ResSinPredictorSettings().loadValidatedSettingsFrom(settings);
    }

    @Override
    public void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        for (SettingsModel m : models()) {
            m.loadSettingsFrom(settings);
        }
    }
}
