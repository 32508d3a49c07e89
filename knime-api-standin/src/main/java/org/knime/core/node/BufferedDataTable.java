package org.knime.core.node;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.swing.JComponent;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;

/**
 * The table passed between nodes. Created by {@link ExecutionContext} (or {@code StandInHarness} in tests).
 * <p>
 * Stand-in notes: an immutable in-memory list of rows.
 */
public final class BufferedDataTable implements DataTable, PortObject {

    /** The port type of data tables. */
    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(BufferedDataTable.class);

    /** The optional port type of data tables. */
    public static final PortType TYPE_OPTIONAL =
        PortTypeRegistry.getInstance().getPortType(BufferedDataTable.class, true);

    private final DataTableSpec m_spec;

    private final List<DataRow> m_rows;

    BufferedDataTable(final DataTableSpec spec, final List<DataRow> rows) {
        m_spec = spec;
        m_rows = Collections.unmodifiableList(new ArrayList<>(rows));
    }

    @Override
    public DataTableSpec getDataTableSpec() {
        return m_spec;
    }

    @Override
    public DataTableSpec getSpec() {
        return m_spec;
    }

    @Override
    public String getSummary() {
        return "Rows: " + m_rows.size() + ", Cols: " + m_spec.getNumColumns();
    }

    @Override
    public CloseableRowIterator iterator() {
        return CloseableRowIterator.from(m_rows.iterator());
    }

    /**
     * @return the row count
     * @deprecated use {@link #size()}
     */
    @Deprecated
    public int getRowCount() {
        return m_rows.size();
    }

    /** @return the row count */
    public long size() {
        return m_rows.size();
    }

    @Override
    public JComponent[] getViews() {
        return new JComponent[0];
    }
}
