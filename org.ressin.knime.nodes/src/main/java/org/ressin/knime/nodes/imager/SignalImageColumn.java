package org.ressin.knime.nodes.imager;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.knime.core.data.DataColumnProperties;
import org.knime.core.data.DataColumnSpec;
import org.ressin.core.image.Channel;
import org.ressin.core.image.ChannelNames;

/**
 * The {@code signal_image} column as other nodes see it before execution: the Signal Imager annotates it with column
 * properties naming the image side S and the channels, so the Res-SIN Learner and Predictor can check a table
 * against their settings or model when they are configured (the cells themselves are only read on execution).
 * Column properties travel with the column through KNIME's row filters, joins and column filters.
 */
public final class SignalImageColumn {

    /** The default name of the image column. */
    public static final String NAME = "signal_image";
    /** Property: the side S of the images, a decimal integer. */
    public static final String PROPERTY_SIZE = "ressin.signal_image.size";
    /** Property: the channels, in the core's ChannelNames naming (e.g. {@code phasic+tonic+origin}). */
    public static final String PROPERTY_CHANNELS = "ressin.signal_image.channels";

    private SignalImageColumn() {
    }

    /** The properties of a column of images of side {@code size} with {@code channels}. */
    static DataColumnProperties properties(final int size, final List<Channel> channels) {
        return new DataColumnProperties(
            Map.of(PROPERTY_SIZE, Integer.toString(size), PROPERTY_CHANNELS, ChannelNames.join(channels)));
    }

    /** The image side S the column declares, if it declares a valid one. */
    public static OptionalInt size(final DataColumnSpec column) {
        String v = column.getProperties().getProperty(PROPERTY_SIZE);
        if (v == null) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(v.trim()));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** The channels the column declares, if it declares valid ones. */
    public static Optional<List<Channel>> channels(final DataColumnSpec column) {
        String v = column.getProperties().getProperty(PROPERTY_CHANNELS);
        if (v == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ChannelNames.parse(v));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
