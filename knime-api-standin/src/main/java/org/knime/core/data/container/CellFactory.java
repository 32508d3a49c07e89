package org.knime.core.data.container;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.RowKey;
import org.knime.core.node.ExecutionMonitor;

/** Computes new cells for each row of a table; used with {@link ColumnRearranger}. */
public interface CellFactory {

    /**
     * @param row the input row
     * @return the new cells, one per column spec
     */
    default DataCell[] getCells(final DataRow row) {
        throw new UnsupportedOperationException(
            "No implementation for either of the CellFactory#getCells method provided.");
    }

    /**
     * @param row the input row
     * @param rowIndex its index
     * @return the new cells, one per column spec
     */
    default DataCell[] getCells(final DataRow row, final long rowIndex) {
        return getCells(row);
    }

    /** @return the specs of the new columns */
    DataColumnSpec[] getColumnSpecs();

    /**
     * @param curRowNr rows processed
     * @param rowCount total rows
     * @param lastKey key of the last processed row
     * @param exec to report to
     * @deprecated use {@link #setProgress(long, long, RowKey, ExecutionMonitor)}
     */
    @Deprecated
    void setProgress(final int curRowNr, final int rowCount, final RowKey lastKey, final ExecutionMonitor exec);

    /**
     * @param curRowNr rows processed
     * @param rowCount total rows
     * @param lastKey key of the last processed row
     * @param exec to report to
     */
    default void setProgress(final long curRowNr, final long rowCount, final RowKey lastKey,
        final ExecutionMonitor exec) {
        if (rowCount > Integer.MAX_VALUE) {
            throw new IllegalStateException("Row count exceeds int range: " + rowCount);
        }
        setProgress((int)curRowNr, (int)rowCount, lastKey, exec);
    }
}
