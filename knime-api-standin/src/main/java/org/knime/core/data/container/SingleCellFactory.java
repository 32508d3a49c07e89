package org.knime.core.data.container;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;

/** Cell factory producing a single column; override one of the {@code getCell} methods. */
public abstract class SingleCellFactory extends AbstractCellFactory {

    /** @param newColSpec the spec of the new column */
    public SingleCellFactory(final DataColumnSpec newColSpec) {
        super(newColSpec);
    }

    /**
     * @param processConcurrently whether rows may be computed in parallel
     * @param newColSpec the spec of the new column
     */
    public SingleCellFactory(final boolean processConcurrently, final DataColumnSpec newColSpec) {
        super(processConcurrently, newColSpec);
    }

    /**
     * @param processConcurrently whether rows may be computed in parallel
     * @param workerCount the number of worker threads
     * @param maxQueueSize the maximum number of rows in flight
     * @param newColSpec the spec of the new column
     */
    public SingleCellFactory(final boolean processConcurrently, final int workerCount, final int maxQueueSize,
        final DataColumnSpec newColSpec) {
        super(processConcurrently, workerCount, maxQueueSize, newColSpec);
    }

    @Override
    public DataCell[] getCells(final DataRow row, final long rowIndex) {
        return new DataCell[]{getCell(row, rowIndex)};
    }

    /**
     * @param row the input row
     * @return the new cell
     */
    public DataCell getCell(final DataRow row) {
        throw new UnsupportedOperationException(
            "No implementation for either of the SingleCellFactory#getCell methods provided.");
    }

    /**
     * @param row the input row
     * @param rowIndex its index
     * @return the new cell
     */
    public DataCell getCell(final DataRow row, final long rowIndex) {
        return getCell(row);
    }
}
