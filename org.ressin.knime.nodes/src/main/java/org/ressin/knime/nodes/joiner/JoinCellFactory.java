package org.ressin.knime.nodes.joiner;

import java.util.Arrays;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.container.AbstractCellFactory;
import org.knime.core.node.ExecutionMonitor;
import org.ressin.knime.nodes.common.Columns;
import org.ressin.knime.nodes.joiner.JoinReport.Problem;

/**
 * Appends to a recording the label cells of its (subject, song) and its song's music feature vector, and reports
 * what it did not find.
 */
final class JoinCellFactory extends AbstractCellFactory {

    /** The appended cells and whether the recording found everything it should. */
    record Joined(DataCell[] cells, boolean complete) {
    }

    private final JoinColumns columns;
    private final Lookups lookups;
    private final JoinReport report;

    JoinCellFactory(final DataTableSpec recordings, final DataTableSpec labels, final JoinColumns columns,
        final Lookups lookups, final JoinReport report) {
        super(columns.appendedSpecs(recordings, labels));
        this.columns = columns;
        this.lookups = lookups;
        this.report = report;
    }

    /** Joins one recording. */
    Joined join(final DataRow row) {
        String subject = Columns.id(row.getCell(columns.recordingSubject));
        String music = Columns.id(row.getCell(columns.recordingMusic));
        report.recording(!row.getCell(columns.image).isMissing());
        DataCell[] cells = new DataCell[columns.labels.length + (columns.hasFeatures() ? 1 : 0)];
        boolean complete = true;
        DataCell[] labels = lookups.labels(subject, music);
        if (labels == null) {
            Arrays.fill(cells, 0, columns.labels.length, DataType.getMissingCell());
            report.add(Problem.RECORDING_WITHOUT_LABELS, subject, music, row.getKey());
            complete = false;
        } else {
            System.arraycopy(labels, 0, cells, 0, labels.length);
        }
        if (columns.hasFeatures()) {
            DataCell vector = lookups.features(music);
            if (vector == null) {
                report.add(Problem.RECORDING_WITHOUT_FEATURES, subject, music, row.getKey());
                complete = false;
            }
            cells[cells.length - 1] = vector == null ? DataType.getMissingCell() : vector;
        }
        return new Joined(cells, complete);
    }

    @Override
    public DataCell[] getCells(final DataRow row) {
        return join(row).cells();
    }

    @Override
    public void setProgress(final long curRowNr, final long rowCount, final RowKey lastKey,
        final ExecutionMonitor exec) {
        exec.setProgress(curRowNr / (double)rowCount,
            () -> "Joined recording " + curRowNr + " of " + rowCount + " (row \"" + lastKey + "\")");
    }
}
