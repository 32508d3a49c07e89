package org.ressin.knime.nodes.imager;

import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.ressin.knime.nodes.common.NodeSettingsGroup;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.ressin.core.image.Channel;
import org.ressin.core.image.ChannelNames;
import org.ressin.core.image.ImageSettings;

/**
 * The settings of the Signal Imager: the signal and sampling-rate columns, the channels, the image side S,
 * whether to append a PNG preview and what to do with too-short recordings. Owns its SettingsModels and turns
 * them into the core's {@link ImageSettings}.
 */
public final class SignalImagerSettings implements NodeSettingsGroup {

    public static final String CFG_ORIGIN_COLUMN = "originColumn";
    public static final String CFG_PHASIC_COLUMN = "phasicColumn";
    public static final String CFG_TONIC_COLUMN = "tonicColumn";
    public static final String CFG_RATE_COLUMN = "samplingRateColumn";
    public static final String CFG_FIXED_RATE = "samplesPerSecond";
    public static final String CFG_CHANNELS = "channels";
    public static final String CFG_SIZE = "imageSize";
    public static final String CFG_PNG = "appendPng";
    public static final String CFG_TOO_SHORT = "tooShort";

    /** Too-short recordings: keep the row with missing image cells and warn. */
    public static final String SKIP = "skip";
    /** Too-short recordings: fail, naming the row. */
    public static final String FAIL = "fail";
    public static final List<String> TOO_SHORT_CHOICES = List.of(SKIP, FAIL);

    /** Largest sampling rate accepted for the fixed-rate setting (Hz). */
    static final int MAX_RATE = 100_000;

    private final SettingsModelString originColumn = new SettingsModelString(CFG_ORIGIN_COLUMN, "eda");
    private final SettingsModelString phasicColumn = new SettingsModelString(CFG_PHASIC_COLUMN, "phasic");
    private final SettingsModelString tonicColumn = new SettingsModelString(CFG_TONIC_COLUMN, "tonic");
    private final SettingsModelString rateColumn = new SettingsModelString(CFG_RATE_COLUMN, "sampling_rate");
    private final SettingsModelIntegerBounded fixedRate = new SettingsModelIntegerBounded(CFG_FIXED_RATE,
        ImageSettings.DEFAULT_SAMPLES_PER_SECOND, 1, MAX_RATE);
    private final SettingsModelString channels = new SettingsModelString(CFG_CHANNELS, ChannelNames.MIX);
    private final SettingsModelIntegerBounded size = new SettingsModelIntegerBounded(CFG_SIZE,
        ImageSettings.DEFAULT_SIZE, ImageSettings.MIN_SIZE, ImageSettings.MAX_SIZE);
    private final SettingsModelBoolean png = new SettingsModelBoolean(CFG_PNG, true);
    private final SettingsModelString tooShort = new SettingsModelString(CFG_TOO_SHORT, SKIP);

    SettingsModelString originColumnModel() {
        return originColumn;
    }

    SettingsModelString phasicColumnModel() {
        return phasicColumn;
    }

    SettingsModelString tonicColumnModel() {
        return tonicColumn;
    }

    SettingsModelString rateColumnModel() {
        return rateColumn;
    }

    SettingsModelIntegerBounded fixedRateModel() {
        return fixedRate;
    }

    SettingsModelString channelsModel() {
        return channels;
    }

    SettingsModelIntegerBounded sizeModel() {
        return size;
    }

    SettingsModelBoolean pngModel() {
        return png;
    }

    SettingsModelString tooShortModel() {
        return tooShort;
    }

    /** The column holding a channel's signal. */
    String column(final Channel channel) {
        return switch (channel) {
            case ORIGIN -> originColumn.getStringValue();
            case PHASIC -> phasicColumn.getStringValue();
            case TONIC -> tonicColumn.getStringValue();
        };
    }

    /** The dialog label of a channel's column setting, for messages. */
    static String columnSetting(final Channel channel) {
        return switch (channel) {
            case ORIGIN -> "Origin (EDA) column";
            case PHASIC -> "Phasic column";
            case TONIC -> "Tonic column";
        };
    }

    /** The sampling-rate column, or null when the fixed rate is used ("&lt;none&gt;" in the dialog). */
    String rateColumn() {
        String c = rateColumn.getStringValue();
        return c == null || c.isEmpty() || c.equals("<none>") ? null : c;
    }

    int fixedRate() {
        return fixedRate.getIntValue();
    }

    boolean appendPng() {
        return png.getBooleanValue();
    }

    boolean failOnTooShort() {
        return FAIL.equals(tooShort.getStringValue());
    }

    private List<SettingsModel> models() {
        return List.of(originColumn, phasicColumn, tonicColumn, rateColumn, fixedRate, channels, size, png, tooShort);
    }

    @Override
    public void saveSettingsTo(final NodeSettingsWO settings) {
        models().forEach(m -> m.saveSettingsTo(settings));
    }

    /** Checks {@code settings} without changing this instance; messages name the setting. */
    @Override
    public void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        validate(settings);
    }

    static void validate(final NodeSettingsRO settings) throws InvalidSettingsException {
        // checked before the bounded model so the message names the setting in words
        int s = settings.getInt(CFG_SIZE);
        if (s < ImageSettings.MIN_SIZE || s > ImageSettings.MAX_SIZE) {
            throw new InvalidSettingsException("Setting \"Image size S\" (" + CFG_SIZE + ") must be between "
                + ImageSettings.MIN_SIZE + " and " + ImageSettings.MAX_SIZE + ", was " + s);
        }
        SignalImagerSettings probe = new SignalImagerSettings();
        probe.loadValidatedSettingsFrom(settings);
        probe.check();
    }

    @Override
    public void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        for (SettingsModel m : models()) {
            m.loadSettingsFrom(settings);
        }
    }

    /** Checks what the models cannot: the channel name, the too-short choice, the selected columns. */
    void check() throws InvalidSettingsException {
        toCore(fixedRate());
        if (!TOO_SHORT_CHOICES.contains(tooShort.getStringValue())) {
            throw new InvalidSettingsException("Setting \"Too-short recordings\" (" + CFG_TOO_SHORT
                + ") must be one of " + TOO_SHORT_CHOICES + ", was \"" + tooShort.getStringValue() + "\"");
        }
        for (Channel c : channels()) {
            String column = column(c);
            if (column == null || column.isEmpty()) {
                throw new InvalidSettingsException("No column selected for \"" + columnSetting(c) + "\"");
            }
        }
    }

    /** The selected channels in the paper's order (phasic, tonic, origin). */
    List<Channel> channels() throws InvalidSettingsException {
        try {
            return ChannelNames.parse(channels.getStringValue());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Setting \"Channels\" (" + CFG_CHANNELS + "): " + e.getMessage(), e);
        }
    }

    /** The core's settings for recordings with {@code samplesPerSecond} samples per second. */
    ImageSettings toCore(final int samplesPerSecond) throws InvalidSettingsException {
        try {
            return ImageSettings.of(channels(), size.getIntValue(), samplesPerSecond);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }
}
