package org.knime.core.node;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.data.container.ColumnRearranger;
import org.knime.core.data.def.DefaultRow;

/**
 * Execution monitor that also creates tables. Created by the framework (or {@code StandInHarness} in tests).
 * <p>
 * Stand-in notes: all tables are in memory; file stores and the data-container settings are not supported.
 */
public class ExecutionContext extends ExecutionMonitor {

    ExecutionContext(final Progress progress) {
        super(progress);
    }

    /**
     * @param spec the spec of the table to create
     * @return a new container
     */
    public BufferedDataContainer createDataContainer(final DataTableSpec spec) {
        return createDataContainer(spec, true);
    }

    /**
     * @param spec the spec of the table to create
     * @param initDomain ignored by the stand-in
     * @return a new container
     */
    public BufferedDataContainer createDataContainer(final DataTableSpec spec, final boolean initDomain) {
        return new BufferedDataContainer(spec, initDomain);
    }

    /**
     * @param table any table
     * @param subProgressMon for progress and cancellation
     * @return a buffered copy
     * @throws CanceledExecutionException if canceled
     */
    public BufferedDataTable createBufferedDataTable(final DataTable table, final ExecutionMonitor subProgressMon)
        throws CanceledExecutionException {
        if (table instanceof BufferedDataTable b) {
            return b;
        }
        BufferedDataContainer c = createDataContainer(table.getDataTableSpec());
        for (DataRow row : table) {
            subProgressMon.checkCanceled();
            c.addRowToTable(row);
        }
        c.close();
        return c.getTable();
    }

    /**
     * Applies a column rearranger to a table.
     *
     * @param in the input table
     * @param rearranger the rearrangement, created for the input's spec
     * @param subProgressMon receives the cell factories' progress; checked for cancellation after each row
     * @return the new table
     * @throws CanceledExecutionException if canceled
     */
    public BufferedDataTable createColumnRearrangeTable(final BufferedDataTable in, final ColumnRearranger rearranger,
        final ExecutionMonitor subProgressMon) throws CanceledExecutionException {
        DataTableSpec spec = rearranger.createSpec();
        List<DataRow> rows = rearrange(rearranger, in, subProgressMon);
        BufferedDataContainer c = createDataContainer(spec);
        rows.forEach(c::addRowToTable);
        c.close();
        return c.getTable();
    }

    /** Calls the stand-in's package-private executor of ColumnRearranger (not KNIME API). */
    @SuppressWarnings("unchecked")
    private static List<DataRow> rearrange(final ColumnRearranger rearranger, final BufferedDataTable in,
        final ExecutionMonitor exec) throws CanceledExecutionException {
        try {
            Method m = ColumnRearranger.class.getDeclaredMethod("execute", ColumnRearranger.class, DataTable.class,
                long.class, ExecutionMonitor.class);
            m.setAccessible(true);
            return (List<DataRow>)m.invoke(null, rearranger, in, in.size(), exec);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CanceledExecutionException c) {
                throw c;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Stand-in wiring broken: ColumnRearranger.execute not accessible", e);
        }
    }

    /**
     * @param in a table
     * @param newSpec a spec with the same number of columns and compatible types
     * @return the table with the new spec
     */
    public BufferedDataTable createSpecReplacerTable(final BufferedDataTable in, final DataTableSpec newSpec) {
        BufferedDataContainer c = createDataContainer(newSpec);
        in.forEach(c::addRowToTable);
        c.close();
        return c.getTable();
    }

    /**
     * @param spec a spec
     * @return an empty table
     */
    public BufferedDataTable createVoidTable(final DataTableSpec spec) {
        return new BufferedDataTable(spec, List.of());
    }

    /**
     * @param exec for cancellation
     * @param tables tables with equal specs
     * @return their rows concatenated (row keys must be unique)
     * @throws CanceledExecutionException if canceled
     */
    public BufferedDataTable createConcatenateTable(final ExecutionMonitor exec, final BufferedDataTable... tables)
        throws CanceledExecutionException {
        if (tables.length == 0) {
            throw new IllegalArgumentException("No tables to concatenate");
        }
        BufferedDataContainer c = createDataContainer(tables[0].getDataTableSpec());
        for (BufferedDataTable t : tables) {
            if (!t.getDataTableSpec().stream().toList().equals(tables[0].getDataTableSpec().stream().toList())) {
                throw new IllegalArgumentException("Tables to concatenate have different columns");
            }
            for (DataRow r : t) {
                exec.checkCanceled();
                c.addRowToTable(r);
            }
        }
        c.close();
        return c.getTable();
    }

    /**
     * @param left left table
     * @param right right table with the same row keys in the same order
     * @param exec for cancellation
     * @return the columns of both side by side
     * @throws CanceledExecutionException if canceled
     */
    public BufferedDataTable createJoinedTable(final BufferedDataTable left, final BufferedDataTable right,
        final ExecutionMonitor exec) throws CanceledExecutionException {
        DataTableSpec spec = new DataTableSpec(left.getDataTableSpec(), right.getDataTableSpec());
        if (left.size() != right.size()) {
            throw new IllegalArgumentException(
                "Tables can't be joined, row counts differ: " + left.size() + " vs. " + right.size());
        }
        BufferedDataContainer c = createDataContainer(spec);
        var li = left.iterator();
        var ri = right.iterator();
        while (li.hasNext()) {
            exec.checkCanceled();
            DataRow l = li.next();
            DataRow r = ri.next();
            RowKey key = l.getKey();
            if (!key.equals(r.getKey())) {
                throw new IllegalArgumentException(
                    "Tables can't be joined, non matching row keys: \"" + key + "\" vs. \"" + r.getKey() + "\"");
            }
            List<DataCell> cells = new ArrayList<>();
            l.forEach(cells::add);
            r.forEach(cells::add);
            c.addRowToTable(new DefaultRow(key, cells));
        }
        c.close();
        return c.getTable();
    }

    /**
     * @param maxProg the share of this context's progress range
     * @return a sub-context
     */
    public ExecutionContext createSubExecutionContext(final double maxProg) {
        return new ExecutionContext(progress().sub(maxProg, false, true));
    }

    /**
     * @param maxProg the share of this context's progress range
     * @return a sub-context ignoring messages
     */
    public ExecutionContext createSilentSubExecutionContext(final double maxProg) {
        return new ExecutionContext(progress().sub(maxProg, true, true));
    }

    /** @param table a table no longer needed (no-op in the stand-in) */
    public void clearTable(final BufferedDataTable table) {
        // in-memory tables are garbage collected
    }
}
