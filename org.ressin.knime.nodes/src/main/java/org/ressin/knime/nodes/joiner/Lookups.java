package org.ressin.knime.nodes.joiner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.collection.CollectionCellFactory;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.ressin.knime.nodes.common.Columns;
import org.ressin.knime.nodes.joiner.JoinReport.Problem;

/**
 * The music features by song and the label cells by (subject, song), read from inputs 2 and 3, and which of them a
 * recording used. A key that occurs twice is an error naming both rows.
 */
final class Lookups {

    /** A subject and a song. */
    record Key(String subject, String music) {
    }

    private record Features(DataCell vector, RowKey row) {
    }

    private record Labels(DataCell[] cells, RowKey row) {
    }

    /** A row of input 2 or 3 in input order, to list the unused ones afterwards. */
    private record Source(RowKey row, String subject, String music) {
    }

    private final Map<String, Features> features = new HashMap<>();
    private final Map<Key, Labels> labels = new HashMap<>();
    private final List<Source> featureRows = new ArrayList<>();
    private final List<Source> labelRows = new ArrayList<>();
    private final Set<String> usedSongs = ConcurrentHashMap.newKeySet();
    private final Set<Key> usedLabels = ConcurrentHashMap.newKeySet();

    private Lookups() {
    }

    /**
     * Reads both tables.
     *
     * @throws IllegalArgumentException naming both rows if a song has two feature rows or a (subject, song) two
     *             label rows
     */
    static Lookups read(final BufferedDataTable featureTable, final BufferedDataTable labelTable,
        final JoinColumns c, final ExecutionMonitor exec) throws CanceledExecutionException {
        Lookups l = new Lookups();
        long total = Math.max(1, (c.hasFeatures() ? featureTable.size() : 0) + labelTable.size());
        long done = 0;
        if (c.hasFeatures()) {
            for (DataRow row : featureTable) {
                exec.checkCanceled();
                exec.setProgress(++done / (double)total, "Reading music features");
                String music = Columns.id(row.getCell(c.featureMusic));
                l.featureRows.add(new Source(row.getKey(), null, music));
                if (music == null) {
                    continue; // cannot match; listed as unused afterwards
                }
                Features before = l.features.putIfAbsent(music, new Features(vector(row, c.features), row.getKey()));
                if (before != null) {
                    throw new IllegalArgumentException("The music features table has two rows for song \"" + music
                        + "\": rows \"" + before.row() + "\" and \"" + row.getKey() + "\"");
                }
            }
        }
        for (DataRow row : labelTable) {
            exec.checkCanceled();
            exec.setProgress(++done / (double)total, "Reading labels");
            String subject = Columns.id(row.getCell(c.labelSubject));
            String music = Columns.id(row.getCell(c.labelMusic));
            l.labelRows.add(new Source(row.getKey(), subject, music));
            if (subject == null || music == null) {
                continue;
            }
            DataCell[] cells = new DataCell[c.labels.length];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = row.getCell(c.labels[i]);
            }
            Labels before = l.labels.putIfAbsent(new Key(subject, music), new Labels(cells, row.getKey()));
            if (before != null) {
                throw new IllegalArgumentException("The labels table has two rows for subject \"" + subject
                    + "\" and song \"" + music + "\": rows \"" + before.row() + "\" and \"" + row.getKey() + "\"");
            }
        }
        return l;
    }

    /** The row's features as one list cell, in column order; missing cells stay missing elements. */
    private static DataCell vector(final DataRow row, final int[] columns) {
        List<DataCell> cells = new ArrayList<>(columns.length);
        for (int i : columns) {
            DataCell cell = row.getCell(i);
            cells.add(cell.isMissing() ? DataType.getMissingCell()
                : new DoubleCell(((DoubleValue)cell).getDoubleValue()));
        }
        return CollectionCellFactory.createListCell(cells);
    }

    /** The feature vector of a song (marking it used), or null. */
    DataCell features(final String music) {
        Features f = music == null ? null : features.get(music);
        if (f != null) {
            usedSongs.add(music);
        }
        return f == null ? null : f.vector();
    }

    /** The carried label cells of a (subject, song) (marking them used), or null. */
    DataCell[] labels(final String subject, final String music) {
        if (subject == null || music == null) {
            return null;
        }
        Key key = new Key(subject, music);
        Labels found = labels.get(key);
        if (found != null) {
            usedLabels.add(key);
        }
        return found == null ? null : found.cells();
    }

    /** Reports the label and feature rows no recording used, in input order. */
    void reportUnused(final JoinReport report) {
        for (Source s : labelRows) {
            if (s.subject() == null || s.music() == null || !usedLabels.contains(new Key(s.subject(), s.music()))) {
                report.add(Problem.LABELS_WITHOUT_RECORDING, s.subject(), s.music(), s.row());
            }
        }
        for (Source s : featureRows) {
            if (s.music() == null || !usedSongs.contains(s.music())) {
                report.add(Problem.FEATURES_WITHOUT_RECORDING, null, s.music(), s.row());
            }
        }
    }
}
