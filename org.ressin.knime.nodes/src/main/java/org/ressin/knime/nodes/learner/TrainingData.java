package org.ressin.knime.nodes.learner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.collection.ListDataValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.ressin.core.image.CompactSignalImage;
import org.ressin.core.net.LabeledExample;
import org.ressin.core.net.NetworkSettings;
import org.ressin.knime.nodes.common.Columns;
import org.ressin.knime.nodes.common.SignalImages;

/**
 * The training table read into the core's {@link LabeledExample}s: decoded signal images, labels and (with fusion)
 * music vectors. Rows without a label, image or music vector are skipped and counted; anything else that is wrong
 * stops with a message naming the row and column.
 */
final class TrainingData {

    final List<LabeledExample> examples = new ArrayList<>();
    long missingLabel;
    long missingImage;
    long missingMusic;
    /** The music vector length (0 without fusion). */
    int musicDimension;

    private TrainingData() {
    }

    static TrainingData read(final BufferedDataTable table, final LearnerColumns c, final ResSinLearnerSettings s,
        final ExecutionMonitor exec) throws CanceledExecutionException {
        TrainingData d = new TrainingData();
        NetworkSettings net = s.network();
        String[] names = table.getDataTableSpec().getColumnNames();
        Map<String, double[]> vectors = new HashMap<>();
        long total = Math.max(1, table.size());
        long n = 0;
        for (DataRow row : table) {
            exec.checkCanceled();
            final long done = ++n;
            exec.setProgress(done / (double)total, () -> "Reading row " + done + " of " + total);
            RowKey key = row.getKey();
            DataCell labelCell = row.getCell(c.label);
            if (labelCell.isMissing()) {
                d.missingLabel++;
                continue;
            }
            DataCell imageCell = row.getCell(c.image);
            if (imageCell.isMissing()) {
                d.missingImage++;
                continue;
            }
            double[] music = null;
            if (c.music >= 0) {
                DataCell m = row.getCell(c.music);
                if (m.isMissing()) {
                    d.missingMusic++;
                    continue;
                }
                // recordings of one song share one array
                music = Columns.sharedPerSong(vectors, id(row, c.song, key),
                    Columns.doubles((ListDataValue)m, key, names[c.music]));
                if (d.musicDimension == 0) {
                    d.musicDimension = music.length;
                } else if (music.length != d.musicDimension) {
                    throw new IllegalArgumentException("Row \"" + key + "\", column \"" + names[c.music] + "\": "
                        + music.length + " music features, but earlier rows have " + d.musicDimension);
                }
            }
            int label = Columns.binaryLabel(labelCell, key, names[c.label]);
            CompactSignalImage image = SignalImages.decode(imageCell, key, names[c.image], net,
                "setting \"" + ResSinLearnerSettings.IMAGE_SIZE + "\"");
            d.examples.add(new LabeledExample(id(row, c.subject, key), id(row, c.song, key), image, music, label));
        }
        if (c.music >= 0 && d.musicDimension == 0 && !d.examples.isEmpty()) {
            throw new IllegalArgumentException("Column \"" + names[c.music] + "\" holds empty lists: no music"
                + " features to fuse (switch fusion off to learn from EDA only)");
        }
        return d;
    }

    /** The ID text of a cell, or the row ID when there is no such column or the cell is missing. */
    private static String id(final DataRow row, final int column, final RowKey key) {
        String id = column < 0 ? null : Columns.id(row.getCell(column));
        return id == null ? key.getString() : id;
    }

    /** Rows skipped for a missing label, image or music vector, for the warning; null if none. */
    String skippedWarning(final String labelColumn) {
        List<String> parts = new ArrayList<>();
        if (missingLabel > 0) {
            parts.add(missingLabel + " rows without a label in \"" + labelColumn + "\"");
        }
        if (missingImage > 0) {
            parts.add(missingImage + " rows without a signal image");
        }
        if (missingMusic > 0) {
            parts.add(missingMusic + " rows without music features");
        }
        return parts.isEmpty() ? null : "Skipped " + String.join(", ", parts) + ".";
    }
}
