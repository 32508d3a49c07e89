package org.knime.core.data.container;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;

/**
 * Describes how to derive a table from another: keep, remove, move, replace and append columns, where new columns
 * come from {@link CellFactory}s. Executed by {@code ExecutionContext.createColumnRearrangeTable}.
 * <p>
 * Stand-in notes: positions in all methods refer to the current arrangement. Execution is in memory; each factory is
 * asked once per row, with the original input row. Rows are computed in parallel only if every factory involved is an
 * {@link AbstractCellFactory} with parallel processing enabled (using the smallest worker/queue settings among
 * them); otherwise sequentially.
 */
public class ColumnRearranger {

    /** One output column: an input column or a factory output. */
    private record Slot(DataColumnSpec spec, int inputIndex, CellFactory factory, int factoryIndex) {
    }

    private final DataTableSpec m_original;

    private final List<Slot> m_slots = new ArrayList<>();

    /** @param original the spec of the input table */
    public ColumnRearranger(final DataTableSpec original) {
        m_original = original;
        for (int i = 0; i < original.getNumColumns(); i++) {
            m_slots.add(new Slot(original.getColumnSpec(i), i, null, -1));
        }
    }

    /** @param colIndices the current positions of the columns to keep */
    public final void keepOnly(final int... colIndices) {
        Set<Integer> keep = new HashSet<>();
        for (int i : colIndices) {
            checkIndex(i);
            keep.add(i);
        }
        if (keep.size() != colIndices.length) {
            throw new IndexOutOfBoundsException("Duplicates in argument: " + Arrays.toString(colIndices));
        }
        for (int i = m_slots.size() - 1; i >= 0; i--) {
            if (!keep.contains(i)) {
                m_slots.remove(i);
            }
        }
    }

    /** @param colNames the names of the columns to keep */
    public final void keepOnly(final String... colNames) {
        keepOnly(indicesOf(colNames));
    }

    /** @param colIndices the current positions of the columns to remove */
    public final void remove(final int... colIndices) {
        int[] sorted = colIndices.clone();
        Arrays.sort(sorted);
        for (int i = sorted.length - 1; i >= 0; i--) {
            checkIndex(sorted[i]);
            if (i > 0 && sorted[i] == sorted[i - 1]) {
                throw new IndexOutOfBoundsException("Duplicates in argument: " + Arrays.toString(colIndices));
            }
            m_slots.remove(sorted[i]);
        }
    }

    /** @param colNames the names of the columns to remove */
    public final void remove(final String... colNames) {
        remove(indicesOf(colNames));
    }

    /**
     * @param colName a column name
     * @return its current position, or -1
     */
    public final int indexOf(final String colName) {
        for (int i = 0; i < m_slots.size(); i++) {
            if (m_slots.get(i).spec().getName().equals(colName)) {
                return i;
            }
        }
        return -1;
    }

    /** @return the current number of columns */
    public final int getColumnCount() {
        return m_slots.size();
    }

    /**
     * @param from current position of a column
     * @param to its new position
     */
    public final void move(final int from, final int to) {
        checkIndex(from);
        if (to < 0 || to > m_slots.size()) {
            throw new IndexOutOfBoundsException("Invalid target index: " + to);
        }
        Slot s = m_slots.remove(from);
        m_slots.add(Math.min(to, m_slots.size()), s);
    }

    /**
     * @param colName name of a column
     * @param to its new position
     */
    public final void move(final String colName, final int to) {
        move(indicesOf(colName)[0], to);
    }

    /**
     * @param position where the factory's columns are inserted
     * @param fac the factory
     */
    public final void insertAt(final int position, final CellFactory fac) {
        if (position < 0 || position > m_slots.size()) {
            throw new IndexOutOfBoundsException("Invalid position: " + position);
        }
        DataColumnSpec[] specs = fac.getColumnSpecs();
        for (int i = specs.length - 1; i >= 0; i--) {
            m_slots.add(position, new Slot(specs[i], -1, fac, i));
        }
    }

    /** @param fac the factory whose columns are appended */
    public final void append(final CellFactory fac) {
        insertAt(m_slots.size(), fac);
    }

    /**
     * @param newCol a factory producing exactly one column
     * @param colName the column it replaces
     */
    public final void replace(final CellFactory newCol, final String colName) {
        replace(newCol, indicesOf(colName));
    }

    /**
     * @param fac a factory producing as many columns as indices are given
     * @param colIndex the current positions of the columns replaced, in the factory's column order
     */
    public final void replace(final CellFactory fac, final int... colIndex) {
        DataColumnSpec[] specs = fac.getColumnSpecs();
        if (specs.length != colIndex.length) {
            throw new IndexOutOfBoundsException("Arguments do not provide the same number of columns: "
                + specs.length + " vs. " + colIndex.length);
        }
        for (int i = 0; i < specs.length; i++) {
            checkIndex(colIndex[i]);
            m_slots.set(colIndex[i], new Slot(specs[i], -1, fac, i));
        }
    }

    /** @return the spec of the resulting table */
    public final DataTableSpec createSpec() {
        return new DataTableSpec(m_slots.stream().map(Slot::spec).toArray(DataColumnSpec[]::new));
    }

    private void checkIndex(final int i) {
        if (i < 0 || i >= m_slots.size()) {
            throw new IndexOutOfBoundsException("Invalid index: " + i + " (" + m_slots.size() + " columns)");
        }
    }

    private int[] indicesOf(final String... colNames) {
        int[] result = new int[colNames.length];
        for (int i = 0; i < colNames.length; i++) {
            result[i] = indexOf(colNames[i]);
            if (result[i] < 0) {
                throw new IllegalArgumentException("No such column: \"" + colNames[i] + "\"");
            }
        }
        return result;
    }

    // ----------------------------------------------------------------------------------------------------------
    // Execution (called reflectively by ExecutionContext.createColumnRearrangeTable; not KNIME API)

    /**
     * Computes all rows of the rearranged table.
     *
     * @param rearranger the rearranger
     * @param in the input table, whose columns must equal those of the rearranger's original spec
     * @param rowCount the number of input rows
     * @param exec receives the factories' progress; checked for cancellation after each row
     * @return the output rows in input order
     */
    static List<DataRow> execute(final ColumnRearranger rearranger, final DataTable in, final long rowCount,
        final ExecutionMonitor exec) throws CanceledExecutionException {
        if (!rearranger.m_original.stream().toList().equals(in.getDataTableSpec().stream().toList())) {
            throw new IllegalArgumentException("The table's spec " + in.getDataTableSpec()
                + " differs from the spec the rearranger was created with " + rearranger.m_original);
        }
        List<CellFactory> factories = new ArrayList<>();
        for (Slot s : rearranger.m_slots) {
            if (s.factory() != null && !factories.contains(s.factory())) {
                factories.add(s.factory());
            }
        }
        try {
            return rearranger.run(factories, in, rowCount, exec);
        } finally {
            for (CellFactory f : factories) {
                if (f instanceof AbstractCellFactory a) {
                    a.afterProcessing();
                }
            }
        }
    }

    private List<DataRow> run(final List<CellFactory> factories, final DataTable in, final long rowCount,
        final ExecutionMonitor exec) throws CanceledExecutionException {
        int workers = Integer.MAX_VALUE;
        int queue = Integer.MAX_VALUE;
        for (CellFactory f : factories) {
            if (f instanceof AbstractCellFactory a && a.isParallelProcessing()) {
                workers = Math.min(workers, a.getMaxParallelWorkers());
                queue = Math.min(queue, a.getMaxQueueSize());
            } else {
                workers = -1;
            }
        }
        List<DataRow> out = new ArrayList<>();
        if (factories.isEmpty() || workers <= 0) {
            long index = 0;
            for (DataRow row : in) {
                exec.checkCanceled();
                out.add(assemble(row, compute(factories, row, index)));
                index++;
                progress(factories, index, rowCount, row, exec);
            }
            exec.checkCanceled();
            return out;
        }
        AtomicInteger threadNr = new AtomicInteger();
        ThreadFactory tf = r -> {
            Thread t = new Thread(r, "KNIME-StandIn-CellFactory-" + threadNr.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ExecutorService pool = Executors.newFixedThreadPool(workers, tf);
        Deque<Map.Entry<DataRow, Future<Map<CellFactory, DataCell[]>>>> pending = new ArrayDeque<>();
        try {
            long index = 0;
            long done = 0;
            for (DataRow row : in) {
                exec.checkCanceled();
                final long rowIndex = index++;
                pending.add(Map.entry(row, pool.submit(() -> compute(factories, row, rowIndex))));
                while (pending.size() >= queue) {
                    out.add(takeFirst(pending, factories, ++done, rowCount, exec));
                }
            }
            while (!pending.isEmpty()) {
                out.add(takeFirst(pending, factories, ++done, rowCount, exec));
            }
            exec.checkCanceled();
            return out;
        } finally {
            pending.forEach(e -> e.getValue().cancel(true));
            pool.shutdownNow();
        }
    }

    private DataRow takeFirst(final Deque<Map.Entry<DataRow, Future<Map<CellFactory, DataCell[]>>>> pending,
        final List<CellFactory> factories, final long done, final long rowCount, final ExecutionMonitor exec)
        throws CanceledExecutionException {
        Map.Entry<DataRow, Future<Map<CellFactory, DataCell[]>>> first = pending.removeFirst();
        DataRow row = first.getKey();
        Map<CellFactory, DataCell[]> cells;
        while (true) {
            exec.checkCanceled();
            try {
                cells = first.getValue().get(50, TimeUnit.MILLISECONDS);
                break;
            } catch (TimeoutException e) { // NOSONAR poll again to notice cancellation
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CanceledExecutionException("Interrupted while computing row \"" + row.getKey() + "\"");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            }
        }
        DataRow result = assemble(row, cells);
        progress(factories, done, rowCount, row, exec);
        return result;
    }

    private static Map<CellFactory, DataCell[]> compute(final List<CellFactory> factories, final DataRow row,
        final long index) {
        Map<CellFactory, DataCell[]> cells = new LinkedHashMap<>();
        for (CellFactory f : factories) {
            DataCell[] c = f.getCells(row, index);
            int expected = f.getColumnSpecs().length;
            if (c == null || c.length != expected) {
                throw new IllegalStateException("Cell factory " + f.getClass().getName() + " returned "
                    + (c == null ? "null" : c.length + " cells") + " for row \"" + row.getKey() + "\", expected "
                    + expected);
            }
            cells.put(f, c);
        }
        return cells;
    }

    private DataRow assemble(final DataRow row, final Map<CellFactory, DataCell[]> cells) {
        DataCell[] result = new DataCell[m_slots.size()];
        for (int i = 0; i < result.length; i++) {
            Slot s = m_slots.get(i);
            result[i] = s.factory() == null ? row.getCell(s.inputIndex()) : cells.get(s.factory())[s.factoryIndex()];
        }
        return new DefaultRow(row.getKey(), result);
    }

    private static void progress(final List<CellFactory> factories, final long done, final long rowCount,
        final DataRow row, final ExecutionMonitor exec) {
        for (CellFactory f : factories) {
            f.setProgress(done, rowCount, row.getKey(), exec);
        }
    }
}
