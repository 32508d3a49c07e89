package org.knime.core.node;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.DataContainer;

/** Container creating a {@link BufferedDataTable}; obtained from {@link ExecutionContext#createDataContainer}. */
public class BufferedDataContainer extends DataContainer {

    private BufferedDataTable m_result;

    BufferedDataContainer(final DataTableSpec spec, final boolean initDomain) {
        super(spec, initDomain);
    }

    /** @return the table; the container must be closed */
    @Override
    public BufferedDataTable getTable() {
        if (m_result == null) {
            List<DataRow> rows = new ArrayList<>();
            super.getTable().forEach(rows::add);
            m_result = new BufferedDataTable(getTableSpec(), rows);
        }
        return m_result;
    }
}
