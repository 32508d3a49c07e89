package org.knime.core.node.util;

import org.knime.core.data.DataColumnSpec;

/** Decides which columns a column selection offers. */
public interface ColumnFilter {

    /**
     * @param colSpec a column
     * @return whether it is offered
     */
    public boolean includeColumn(final DataColumnSpec colSpec);

    /** @return the message shown when no column passes the filter */
    public String allFilteredMsg();
}
