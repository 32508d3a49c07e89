package org.ressin.knime.nodes.baseline;

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
import org.ressin.core.baseline.MusicItem;
import org.ressin.core.baseline.SignalFeaturiser;
import org.ressin.knime.nodes.common.Columns;

/**
 * The input table read into the core's examples: {@link MusicItem}s for classification, featurised
 * {@link RatedSignal}s for regression. Rows without a label/rating or vector are skipped and counted; anything else
 * that is wrong stops with a message naming the row and column.
 */
final class BaselineData {

    final List<MusicItem> musicItems = new ArrayList<>();
    final List<RatedSignal> signals = new ArrayList<>();
    long missingTarget;
    long missingVector;

    private BaselineData() {
    }

    static BaselineData read(final BufferedDataTable table, final BaselineColumns c, final boolean classification,
        final ExecutionMonitor exec) throws CanceledExecutionException {
        BaselineData d = new BaselineData();
        String[] names = table.getDataTableSpec().getColumnNames();
        SignalFeaturiser featuriser = SignalFeaturiser.defaults();
        // one music array per song (the SVM checks that a song's vectors are equal)
        Map<String, double[]> songs = new HashMap<>();
        long total = Math.max(1, table.size());
        long n = 0;
        for (DataRow row : table) {
            exec.checkCanceled();
            final long done = ++n;
            exec.setProgress(done / (double)total, () -> "Reading row " + done + " of " + total);
            RowKey key = row.getKey();
            DataCell target = row.getCell(classification ? c.label : c.rating);
            DataCell vector = row.getCell(classification ? c.music : c.signal);
            if (target.isMissing()) {
                d.missingTarget++;
                continue;
            }
            if (vector.isMissing()) {
                d.missingVector++;
                continue;
            }
            String subject = id(row, c.subject, key, names);
            String song = id(row, c.song, key, names);
            double[] v = Columns.doubles((ListDataValue)vector, key, names[classification ? c.music : c.signal]);
            if (classification) {
                d.musicItems.add(new MusicItem(subject, song, Columns.sharedPerSong(songs, song, v),
                    Columns.binaryLabel(target, key, names[c.label])));
            } else {
                d.signals.add(new RatedSignal(subject, song, featurise(featuriser, row, c, v, key, names),
                    rating(target, key, names[c.rating])));
            }
        }
        return d;
    }

    private static double[] featurise(final SignalFeaturiser f, final DataRow row, final BaselineColumns c,
        final double[] signal, final RowKey key, final String[] names) {
        DataCell rateCell = row.getCell(c.rate);
        if (rateCell.isMissing()) {
            throw new IllegalArgumentException("Row \"" + key + "\", column \"" + names[c.rate]
                + "\": the sampling rate is missing");
        }
        double rate = ((DoubleValue)rateCell).getDoubleValue();
        try {
            return f.vector(signal, rate);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Row \"" + key + "\", column \"" + names[c.signal] + "\" ("
                + names[c.rate] + " " + rate + " Hz): " + e.getMessage(), e);
        }
    }

    private static String id(final DataRow row, final int column, final RowKey key, final String[] names) {
        String id = Columns.id(row.getCell(column));
        if (id == null) {
            throw new IllegalArgumentException("Row \"" + key + "\", column \"" + names[column] + "\": the ID is"
                + " missing");
        }
        return id;
    }

    private static double rating(final DataCell cell, final RowKey key, final String column) {
        double v = ((DoubleValue)cell).getDoubleValue();
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("Row \"" + key + "\", column \"" + column + "\": the rating is " + v);
        }
        return v;
    }

    /** Rows skipped, for the warning; null if none. */
    String skippedWarning(final String targetColumn, final String vectorColumn) {
        List<String> parts = new ArrayList<>();
        if (missingTarget > 0) {
            parts.add(missingTarget + " rows without a value in \"" + targetColumn + "\"");
        }
        if (missingVector > 0) {
            parts.add(missingVector + " rows without a list in \"" + vectorColumn + "\"");
        }
        return parts.isEmpty() ? null : "Skipped " + String.join(", ", parts) + ".";
    }
}
