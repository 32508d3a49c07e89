package org.knime.core.data.container;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DataValue;
import org.knime.core.data.RowIterator;
import org.knime.core.data.RowKey;

/**
 * Collects rows into a table.
 * <p>
 * Stand-in notes: rows are kept in memory; no domain is computed. Each added row is checked for the number of
 * cells, cell type compatibility (the cell's class must implement every value interface of the column's cell class;
 * collection element types are not checked) and a unique row key; violations throw
 * {@link IllegalArgumentException} naming row and column.
 */
public class DataContainer {

    private final DataTableSpec m_spec;

    private final List<DataRow> m_rows = new ArrayList<>();

    private final Set<RowKey> m_keys = new HashSet<>();

    private DataTable m_table;

    /** @param spec the spec of the table to create */
    public DataContainer(final DataTableSpec spec) {
        this(spec, false);
    }

    /**
     * @param spec the spec of the table to create
     * @param initDomain ignored by the stand-in (no domains)
     */
    public DataContainer(final DataTableSpec spec, final boolean initDomain) {
        m_spec = Objects.requireNonNull(spec, "Spec must not be null");
    }

    /** @param row the row to add */
    public void addRowToTable(final DataRow row) {
        if (m_table != null) {
            throw new IllegalStateException("Cannot add rows to a closed container");
        }
        RowKey key = row.getKey();
        if (row.getNumCells() != m_spec.getNumColumns()) {
            throw new IllegalArgumentException("Row \"" + key + "\" has " + row.getNumCells() + " cells but the spec has "
                + m_spec.getNumColumns() + " columns");
        }
        for (int i = 0; i < row.getNumCells(); i++) {
            DataCell cell = row.getCell(i);
            if (cell == null) {
                throw new IllegalArgumentException("Row \"" + key + "\": cell " + i + " is null");
            }
            DataType colType = m_spec.getColumnSpec(i).getType();
            if (!fits(colType, cell)) {
                throw new IllegalArgumentException("Row \"" + key + "\": cell of type " + cell.getType()
                    + " in column \"" + m_spec.getColumnSpec(i).getName() + "\" (index " + i
                    + ") is not compatible with the column type " + colType);
            }
        }
        if (!m_keys.add(key)) {
            throw new IllegalArgumentException("Duplicate row key \"" + key + "\"");
        }
        m_rows.add(row);
    }

    private static boolean fits(final DataType colType, final DataCell cell) {
        if (cell.isMissing() || colType.getCellClass() == DataCell.class) {
            return true;
        }
        Class<? extends DataCell> cellClass = cell.getClass();
        if (colType.getCellClass().isAssignableFrom(cellClass)) {
            return true;
        }
        for (Class<?> v : valueInterfaces(colType.getCellClass())) {
            if (!v.isAssignableFrom(cellClass)) {
                return false;
            }
        }
        return true;
    }

    private static Set<Class<?>> valueInterfaces(final Class<?> c) {
        Set<Class<?>> result = new LinkedHashSet<>();
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            for (Class<?> i : k.getInterfaces()) {
                if (DataValue.class.isAssignableFrom(i) && i != DataValue.class) {
                    result.add(i);
                }
            }
        }
        return result;
    }

    /** Finishes the table; further adds fail. */
    public void close() {
        if (m_table == null) {
            List<DataRow> rows = Collections.unmodifiableList(new ArrayList<>(m_rows));
            m_table = new DataTable() {
                @Override
                public DataTableSpec getDataTableSpec() {
                    return m_spec;
                }

                @Override
                public RowIterator iterator() {
                    return CloseableRowIterator.from(rows.iterator());
                }
            };
        }
    }

    /** @return the table; the container must be closed */
    public DataTable getTable() {
        if (m_table == null) {
            throw new IllegalStateException("Cannot get table: container is not closed.");
        }
        return m_table;
    }

    /** @return whether closed */
    public boolean isClosed() {
        return m_table != null;
    }

    /** @return whether still open */
    public boolean isOpen() {
        return m_table == null;
    }

    /** @return the number of rows added */
    public long size() {
        return m_rows.size();
    }

    /** @return the spec */
    public DataTableSpec getTableSpec() {
        return m_spec;
    }
}
