package org.knime.core.data.def;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.RowKey;

/** An immutable row backed by an array of cells. */
public class DefaultRow implements DataRow {

    private final RowKey m_key;

    private final DataCell[] m_cells;

    /**
     * @param rowKey the key
     * @param row the cells (none null)
     */
    public DefaultRow(final RowKey rowKey, final DataCell... row) {
        m_key = Objects.requireNonNull(rowKey, "Row key must not be null");
        m_cells = row.clone();
        for (int i = 0; i < m_cells.length; i++) {
            if (m_cells[i] == null) {
                throw new NullPointerException("Cell at index " + i + " of row " + rowKey + " is null");
            }
        }
    }

    /**
     * @param rowId the row ID
     * @param row the cells
     */
    public DefaultRow(final String rowId, final DataCell... row) {
        this(new RowKey(rowId), row);
    }

    /**
     * @param rowId the row ID
     * @param row the cells
     */
    public DefaultRow(final String rowId, final List<DataCell> row) {
        this(new RowKey(rowId), row);
    }

    /**
     * @param rowKey the key
     * @param row the cells
     */
    public DefaultRow(final RowKey rowKey, final List<DataCell> row) {
        this(rowKey, row.toArray(new DataCell[0]));
    }

    /**
     * @param rowKey the key
     * @param row values wrapped in {@link DoubleCell}s
     */
    public DefaultRow(final RowKey rowKey, final double... row) {
        this(rowKey, Arrays.stream(row).mapToObj(DoubleCell::new).toArray(DataCell[]::new));
    }

    /**
     * @param rowId the row ID
     * @param row values wrapped in {@link DoubleCell}s
     */
    public DefaultRow(final String rowId, final double... row) {
        this(new RowKey(rowId), row);
    }

    /**
     * @param rowId the row ID
     * @param row values wrapped in {@link IntCell}s
     */
    public DefaultRow(final String rowId, final int... row) {
        this(new RowKey(rowId), row);
    }

    /**
     * @param rowKey the key
     * @param row values wrapped in {@link IntCell}s
     */
    public DefaultRow(final RowKey rowKey, final int... row) {
        this(rowKey, Arrays.stream(row).mapToObj(IntCell::new).toArray(DataCell[]::new));
    }

    /**
     * @param rowId the row ID
     * @param row values wrapped in {@link StringCell}s
     */
    public DefaultRow(final String rowId, final String... row) {
        this(new RowKey(rowId), row);
    }

    /**
     * @param rowKey the key
     * @param row values wrapped in {@link StringCell}s
     */
    public DefaultRow(final RowKey rowKey, final String... row) {
        this(rowKey, Arrays.stream(row).map(StringCell::new).toArray(DataCell[]::new));
    }

    /**
     * @param rowId the new row ID
     * @param row the row whose cells are copied
     */
    public DefaultRow(final String rowId, final DataRow row) {
        this(new RowKey(rowId), row);
    }

    /**
     * @param key the new key
     * @param row the row whose cells are copied
     */
    public DefaultRow(final RowKey key, final DataRow row) {
        this(key, row.stream().toArray(DataCell[]::new));
    }

    @Override
    public final int getNumCells() {
        return m_cells.length;
    }

    @Override
    public final RowKey getKey() {
        return m_key;
    }

    @Override
    public final DataCell getCell(final int index) {
        return m_cells[index];
    }

    @Override
    public Iterator<DataCell> iterator() {
        return Arrays.asList(m_cells).iterator();
    }

    @Override
    public String toString() {
        return m_key + ": " + Arrays.toString(m_cells);
    }

    @Override
    public boolean equals(final Object obj) {
        return obj instanceof DefaultRow r && r.m_key.equals(m_key) && Arrays.equals(r.m_cells, m_cells);
    }

    @Override
    public int hashCode() {
        return m_key.hashCode() * 31 + Arrays.hashCode(m_cells);
    }
}
