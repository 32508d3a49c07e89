package org.ressin.knime.nodes.learner;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;
import org.ressin.core.image.Channel;
import org.ressin.core.image.ChannelNames;
import org.ressin.core.net.NetworkSettings;
import org.ressin.knime.nodes.common.Columns;
import org.ressin.knime.nodes.common.Columns.Kind;
import org.ressin.knime.nodes.imager.SignalImageColumn;

/**
 * Where the image, label, music, subject and song columns of the training table are, checked against the settings:
 * types, and the image size and channels the Signal Imager recorded on the image column.
 */
final class LearnerColumns {

    private static final String WHERE = "the input table";

    final int image;
    final int label;
    /** -1 without fusion. */
    final int music;
    /** -1 when absent (allowed when training on all rows: the row ID names the example). */
    final int subject;
    /** -1 when absent. */
    final int song;
    /** The music feature names from the column's element names, or null if the column does not name them. */
    final List<String> featureNames;

    private LearnerColumns(final int image, final int label, final int music, final int subject, final int song,
        final List<String> featureNames) {
        this.image = image;
        this.label = label;
        this.music = music;
        this.subject = subject;
        this.song = song;
        this.featureNames = featureNames;
    }

    static LearnerColumns find(final DataTableSpec spec, final ResSinLearnerSettings s)
        throws InvalidSettingsException {
        int image = Columns.find(spec, ResSinLearnerSettings.IMAGE_COLUMN, s.imageColumn(), Kind.STRING, WHERE);
        checkImageProperties(spec.getColumnSpec(image), s.network());
        int label = Columns.find(spec, ResSinLearnerSettings.LABEL_COLUMN, s.labelColumn(), Kind.NUMBER, WHERE);
        int music = -1;
        List<String> names = null;
        if (s.fusion()) {
            music = Columns.find(spec, ResSinLearnerSettings.MUSIC_COLUMN, s.musicColumn(), Kind.LIST_OF_DOUBLE,
                WHERE);
            names = featureNames(spec.getColumnSpec(music));
        }
        int subject;
        int song;
        if (s.crossValidation()) {
            // folds keep a subject's (or a recording's) rows together: the IDs are needed
            subject = Columns.find(spec, ResSinLearnerSettings.SUBJECT_COLUMN, s.subjectColumn(), Kind.ID,
                WHERE + " (cross-validation groups rows by subject)");
            song = optional(spec, s.songColumn());
        } else {
            subject = optional(spec, s.subjectColumn());
            song = optional(spec, s.songColumn());
        }
        if (label == image || (music >= 0 && (music == image || music == label))) {
            throw new InvalidSettingsException("The image, label and music features settings must name different"
                + " columns");
        }
        return new LearnerColumns(image, label, music, subject, song, names);
    }

    /** An ID column used if present and of an ID type, else -1. */
    private static int optional(final DataTableSpec spec, final String column) {
        int i = Columns.isNone(column) ? -1 : spec.findColumnIndex(column);
        return i >= 0 && Kind.ID.accepts(spec.getColumnSpec(i).getType()) ? i : -1;
    }

    /** The element names of a list column, if they name its elements (KNIME's default is just the column name). */
    static List<String> featureNames(final DataColumnSpec column) {
        List<String> names = column.getElementNames();
        return names.size() == 1 && names.get(0).equals(column.getName()) ? null : names;
    }

    /**
     * Compares the image size and channels the column declares (if it does) with the network's.
     *
     * @throws InvalidSettingsException naming the column, the setting and both values on a mismatch
     */
    static void checkImageProperties(final DataColumnSpec column, final NetworkSettings net)
        throws InvalidSettingsException {
        OptionalInt size = SignalImageColumn.size(column);
        if (size.isPresent() && size.getAsInt() != net.imageSize()) {
            throw new InvalidSettingsException("The signal images in column \"" + column.getName() + "\" are "
                + size.getAsInt() + " x " + size.getAsInt() + " px, but setting \"" + ResSinLearnerSettings.IMAGE_SIZE
                + "\" is " + net.imageSize() + ": set it to " + size.getAsInt()
                + " or make the images with the Signal Imager at " + net.imageSize());
        }
        Optional<List<Channel>> channels = SignalImageColumn.channels(column);
        if (channels.isPresent() && !channels.get().containsAll(net.channels().channels())) {
            throw new InvalidSettingsException("Setting \"" + ResSinLearnerSettings.CHANNELS + "\" ("
                + net.channels().name().toLowerCase(java.util.Locale.ROOT) + ") needs the channels "
                + ChannelNames.join(net.channels().channels()) + ", but the signal images in column \""
                + column.getName() + "\" have only " + ChannelNames.join(channels.get()));
        }
    }
}
