package org.ressin.knime.nodes.labeler;

import java.util.List;
import java.util.Locale;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.ressin.knime.nodes.common.NodeSettingsGroup;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.ressin.core.labels.Fallback;
import org.ressin.core.labels.LabelSettings;

/**
 * The settings of the Personal Threshold Labeler: the four input columns, the minimum number of ratings per
 * subject and the fallback. Owns its SettingsModels (the dialog binds to the same kind of instance) and turns
 * them into the core's {@link LabelSettings}.
 */
public final class PersonalThresholdLabelerSettings implements NodeSettingsGroup {

    public static final String CFG_SUBJECT_COLUMN = "subjectColumn";
    public static final String CFG_MUSIC_COLUMN = "musicColumn";
    public static final String CFG_VALENCE_COLUMN = "valenceColumn";
    public static final String CFG_AROUSAL_COLUMN = "arousalColumn";
    public static final String CFG_MIN_RATINGS = "minRatings";
    public static final String CFG_FALLBACK = "fallback";

    /** The fallback choices, as stored: the core's {@link Fallback} names in lower case. */
    public static final List<String> FALLBACKS = List.of(name(Fallback.GLOBAL), name(Fallback.EXCLUDE));

    private final SettingsModelString subjectColumn = new SettingsModelString(CFG_SUBJECT_COLUMN, "subjectId");
    private final SettingsModelString musicColumn = new SettingsModelString(CFG_MUSIC_COLUMN, "musicId");
    private final SettingsModelString valenceColumn = new SettingsModelString(CFG_VALENCE_COLUMN, "valence");
    private final SettingsModelString arousalColumn = new SettingsModelString(CFG_AROUSAL_COLUMN, "arousal");
    private final SettingsModelIntegerBounded minRatings = new SettingsModelIntegerBounded(CFG_MIN_RATINGS,
        LabelSettings.defaults().minRatings(), 1, Integer.MAX_VALUE);
    private final SettingsModelString fallback =
        new SettingsModelString(CFG_FALLBACK, name(LabelSettings.defaults().fallback()));

    private static String name(final Fallback f) {
        return f.name().toLowerCase(Locale.ROOT);
    }

    SettingsModelString subjectColumnModel() {
        return subjectColumn;
    }

    SettingsModelString musicColumnModel() {
        return musicColumn;
    }

    SettingsModelString valenceColumnModel() {
        return valenceColumn;
    }

    SettingsModelString arousalColumnModel() {
        return arousalColumn;
    }

    SettingsModelIntegerBounded minRatingsModel() {
        return minRatings;
    }

    SettingsModelString fallbackModel() {
        return fallback;
    }

    String subjectColumn() {
        return subjectColumn.getStringValue();
    }

    String musicColumn() {
        return musicColumn.getStringValue();
    }

    String valenceColumn() {
        return valenceColumn.getStringValue();
    }

    String arousalColumn() {
        return arousalColumn.getStringValue();
    }

    private List<SettingsModel> models() {
        return List.of(subjectColumn, musicColumn, valenceColumn, arousalColumn, minRatings, fallback);
    }

    @Override
    public void saveSettingsTo(final NodeSettingsWO settings) {
        models().forEach(m -> m.saveSettingsTo(settings));
    }

    /** Checks {@code settings} without changing this instance. */
    @Override
    public void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        validate(settings);
    }

    static void validate(final NodeSettingsRO settings) throws InvalidSettingsException {
        // checked before the bounded model so the message names the setting in words
        int min = settings.getInt(CFG_MIN_RATINGS);
        if (min < 1) {
            throw new InvalidSettingsException("Setting \"Minimum ratings per subject\" (" + CFG_MIN_RATINGS
                + ") must be at least 1, was " + min);
        }
        PersonalThresholdLabelerSettings probe = new PersonalThresholdLabelerSettings();
        probe.loadValidatedSettingsFrom(settings);
        probe.toCore();
        for (SettingsModelString column : List.of(probe.subjectColumn, probe.musicColumn, probe.valenceColumn,
            probe.arousalColumn)) {
            if (column.getStringValue() == null || column.getStringValue().isEmpty()) {
                throw new InvalidSettingsException("Setting \"" + column.getKey() + "\" names no column");
            }
        }
    }

    @Override
    public void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        for (SettingsModel m : models()) {
            m.loadSettingsFrom(settings);
        }
    }

    /** The core's settings; fails naming the setting if the fallback is unknown. */
    LabelSettings toCore() throws InvalidSettingsException {
        String f = fallback.getStringValue();
        if (f == null || !FALLBACKS.contains(f)) {
            throw new InvalidSettingsException("Setting \"" + CFG_FALLBACK + "\" must be one of " + FALLBACKS
                + ", was \"" + f + "\"");
        }
        return new LabelSettings(minRatings.getIntValue(), Fallback.valueOf(f.toUpperCase(Locale.ROOT)));
    }
}
