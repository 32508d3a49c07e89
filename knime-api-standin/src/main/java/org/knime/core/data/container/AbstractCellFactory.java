package org.knime.core.data.container;

import java.util.Objects;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.RowKey;
import org.knime.core.node.ExecutionMonitor;

/**
 * Cell factory with fixed column specs and optional parallel processing.
 * <p>
 * Stand-in notes: with parallel processing enabled, rows are computed by up to {@link #getMaxParallelWorkers()}
 * threads with at most {@link #getMaxQueueSize()} rows in flight; results, progress calls and output order stay
 * those of the input (as in KNIME).
 */
public abstract class AbstractCellFactory implements CellFactory {

    private final DataColumnSpec[] m_colSpecs;

    private int m_maxParallelWorkers = -1;

    private int m_maxQueueSize = -1;

    /** @param colSpecs the specs of the new columns */
    public AbstractCellFactory(final DataColumnSpec... colSpecs) {
        if (colSpecs == null) {
            throw new NullPointerException("Argument must not be null or contain null elements");
        }
        for (DataColumnSpec s : colSpecs) {
            Objects.requireNonNull(s, "Argument must not be null or contain null elements");
        }
        m_colSpecs = colSpecs.clone();
    }

    /**
     * @param processConcurrently whether rows may be computed in parallel
     * @param colSpecs the specs of the new columns
     */
    public AbstractCellFactory(final boolean processConcurrently, final DataColumnSpec... colSpecs) {
        this(colSpecs);
        setParallelProcessing(processConcurrently);
    }

    /**
     * @param processConcurrently whether rows may be computed in parallel
     * @param workerCount the number of worker threads
     * @param maxQueueSize the maximum number of rows in flight
     * @param colSpecs the specs of the new columns
     */
    public AbstractCellFactory(final boolean processConcurrently, final int workerCount, final int maxQueueSize,
        final DataColumnSpec... colSpecs) {
        this(colSpecs);
        setParallelProcessing(processConcurrently, workerCount, maxQueueSize);
    }

    /**
     * Enables parallel processing with 1.5 workers per processor and a queue of 10 rows per worker.
     *
     * @param value whether to process in parallel
     */
    public final void setParallelProcessing(final boolean value) {
        int workers = (int)Math.ceil(1.5 * Runtime.getRuntime().availableProcessors());
        setParallelProcessing(value, workers, 10 * workers);
    }

    /** @return whether parallel processing is enabled */
    public final boolean isParallelProcessing() {
        return m_maxParallelWorkers > 0 && m_maxQueueSize > 0;
    }

    /**
     * @param value whether to process in parallel
     * @param maxParallelWorkers the number of worker threads (&gt; 0)
     * @param maxQueueSize the maximum number of rows in flight (&gt;= workers)
     */
    public final void setParallelProcessing(final boolean value, final int maxParallelWorkers,
        final int maxQueueSize) {
        if (!value) {
            m_maxParallelWorkers = -1;
            m_maxQueueSize = -1;
            return;
        }
        if (maxParallelWorkers <= 0) {
            throw new IllegalArgumentException("Worker count must be larger than 0: " + maxParallelWorkers);
        }
        if (maxQueueSize < maxParallelWorkers) {
            throw new IllegalArgumentException(
                "Queue size must be larger than worker count: " + maxQueueSize + "<" + maxParallelWorkers);
        }
        m_maxParallelWorkers = maxParallelWorkers;
        m_maxQueueSize = maxQueueSize;
    }

    /** @return the worker count, or -1 if processing is sequential */
    public final int getMaxParallelWorkers() {
        return m_maxParallelWorkers;
    }

    /** @return the queue size, or -1 if processing is sequential */
    public final int getMaxQueueSize() {
        return m_maxQueueSize;
    }

    @Override
    public DataColumnSpec[] getColumnSpecs() {
        return m_colSpecs;
    }

    /** Called after all rows have been processed, successfully or not. */
    public void afterProcessing() {
        // no-op by default
    }

    /** Reports {@code curRowNr / rowCount} with a "Processed row" message. */
    @Deprecated
    @Override
    public void setProgress(final int curRowNr, final int rowCount, final RowKey lastKey,
        final ExecutionMonitor exec) {
        report(curRowNr, rowCount, lastKey, exec);
    }

    /**
     * Reports {@code curRowNr / rowCount} with a "Processed row" message, or calls the deprecated int variant if a
     * subclass overrides it.
     */
    @Override
    public void setProgress(final long curRowNr, final long rowCount, final RowKey lastKey,
        final ExecutionMonitor exec) {
        if (isIntSetProgressOverridden()) {
            setProgress((int)curRowNr, (int)rowCount, lastKey, exec);
        } else {
            report(curRowNr, rowCount, lastKey, exec);
        }
    }

    private static void report(final long curRowNr, final long rowCount, final RowKey lastKey,
        final ExecutionMonitor exec) {
        exec.setProgress(curRowNr / (double)rowCount,
            () -> "Processed row " + curRowNr + "/" + rowCount + " (\"" + lastKey + "\")");
    }

    private boolean isIntSetProgressOverridden() {
        for (Class<?> c = getClass(); c != AbstractCellFactory.class; c = c.getSuperclass()) {
            try {
                c.getDeclaredMethod("setProgress", int.class, int.class, RowKey.class, ExecutionMonitor.class);
                return true;
            } catch (NoSuchMethodException e) { // NOSONAR keep searching
            }
        }
        return false;
    }
}
