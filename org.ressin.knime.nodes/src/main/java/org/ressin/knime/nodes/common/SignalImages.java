package org.ressin.knime.nodes.common;

import org.knime.core.data.DataCell;
import org.knime.core.data.RowKey;
import org.knime.core.data.StringValue;
import org.ressin.core.image.ChannelNames;
import org.ressin.core.image.CompactSignalImage;
import org.ressin.core.net.NetworkSettings;

/** Reads a {@code signal_image} cell for the network, naming the row and column when it does not fit. */
public final class SignalImages {

    private SignalImages() {
    }

    /**
     * Decodes the Base64 compact image and checks its size and channels against the network.
     *
     * @param sizeSource what fixes the expected size, for the message (a setting, or "the model")
     * @throws IllegalArgumentException naming row and column if the cell is not a signal image or does not fit
     */
    public static CompactSignalImage decode(final DataCell cell, final RowKey key, final String column,
        final NetworkSettings net, final String sizeSource) {
        CompactSignalImage image;
        try {
            image = CompactSignalImage.fromBase64(((StringValue)cell).getStringValue());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Row \"" + key + "\", column \"" + column
                + "\": cannot read the signal image (" + e.getMessage() + "); the column must hold the Signal"
                + " Imager's signal_image", e);
        }
        if (image.size() != net.imageSize()) {
            throw new IllegalArgumentException("Row \"" + key + "\", column \"" + column + "\": the signal image is "
                + image.size() + " x " + image.size() + " px, but the network expects " + net.imageSize() + " ("
                + sizeSource + ")");
        }
        if (!image.channels().containsAll(net.channels().channels())) {
            throw new IllegalArgumentException("Row \"" + key + "\", column \"" + column + "\": the signal image has"
                + " the channels " + ChannelNames.join(image.channels()) + ", but the network reads "
                + ChannelNames.join(net.channels().channels()));
        }
        return image;
    }
}
