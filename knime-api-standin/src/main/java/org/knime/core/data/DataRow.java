package org.knime.core.data;

import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** A row: a key and a fixed number of cells. */
public interface DataRow extends Iterable<DataCell> {

    /** @return the number of cells */
    int getNumCells();

    /** @return the row key */
    RowKey getKey();

    /**
     * @param index the column index
     * @return the cell
     */
    DataCell getCell(final int index);

    /** @return the cells in order */
    default Stream<DataCell> stream() {
        return StreamSupport.stream(spliterator(), false);
    }
}
