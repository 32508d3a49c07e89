package org.ressin.knime.nodes.decomposer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.collection.ListDataValue;
import org.knime.core.data.container.AbstractCellFactory;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.NodeLogger;
import org.ressin.core.cvxeda.CvxEda;
import org.ressin.core.cvxeda.Decomposition;
import org.ressin.core.cvxeda.GapFiller;

/**
 * Decomposes the signal of one row into the appended cells. Rows are independent, so KNIME may compute them in
 * parallel (one worker per processor); the core's {@link CvxEda} is thread-safe and every call has its own memory,
 * so only the counters below are shared.
 */
final class DecomposerCellFactory extends AbstractCellFactory {

    static final String PHASIC = "phasic";
    static final String TONIC = "tonic";
    static final String DRIVER = "driver";
    static final String RESIDUAL = "residual";
    static final String OBJECTIVE = "objective";
    static final String STATUS = "status";
    static final String ITERATIONS = "iterations";

    /** Rows named in a warning; the rest are only counted (and logged). */
    private static final int EXAMPLES = 3;

    private static final NodeLogger LOGGER = NodeLogger.getLogger(DecomposerCellFactory.class);

    /** A row that cannot be decomposed while failed rows are not to be skipped; the message names the row. */
    static final class RowFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RowFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final DecomposerSettings.Resolved config;
    private final int signalIndex;
    private final int rateIndex;
    private final CvxEda cvxEda;
    private final GapFiller gapFiller;
    private final ExecutionMonitor exec;

    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong doubtful = new AtomicLong();
    private final AtomicLong filledGaps = new AtomicLong();
    private final AtomicLong filledSamples = new AtomicLong();
    private final AtomicInteger rowsWithGaps = new AtomicInteger();
    private final List<String> skippedExamples = new ArrayList<>();
    private final List<String> doubtfulExamples = new ArrayList<>();

    /**
     * @param signalIndex index of the signal column in the input
     * @param rateIndex   index of the sampling-rate column, or -1 to use {@code config.fixedRate()}
     * @param exec        the monitor the table is computed under; a cancelled run skips the remaining rows quickly
     */
    DecomposerCellFactory(DecomposerSettings.Resolved config, int signalIndex, int rateIndex, ExecutionMonitor exec) {
        super(outputColumns());
        this.config = config;
        this.signalIndex = signalIndex;
        this.rateIndex = rateIndex;
        this.cvxEda = new CvxEda(config.parameters());
        this.gapFiller = config.gapFiller();
        this.exec = exec;
        // cvxEDA is CPU-bound: one worker per core; the queue bounds the finished rows held in memory
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        setParallelProcessing(true, workers, 4 * workers);
    }

    /** The appended columns, in order. */
    static DataColumnSpec[] outputColumns() {
        return new DataColumnSpec[] {
            column(PHASIC, SignalCells.SIGNAL_TYPE),
            column(TONIC, SignalCells.SIGNAL_TYPE),
            column(DRIVER, SignalCells.SIGNAL_TYPE),
            column(RESIDUAL, SignalCells.SIGNAL_TYPE),
            column(OBJECTIVE, DoubleCell.TYPE),
            column(STATUS, StringCell.TYPE),
            column(ITERATIONS, IntCell.TYPE)};
    }

    private static DataColumnSpec column(String name, DataType type) {
        return new DataColumnSpecCreator(name, type).createSpec();
    }

    @Override
    public DataCell[] getCells(DataRow row) {
        if (isCanceled()) {
            // the result is thrown away: return at once so that queued rows do not delay the cancellation
            return missingCells();
        }
        RowKey key = row.getKey();
        try {
            return decompose(row);
        } catch (RuntimeException e) { // CvxEdaException and friends: input the decomposition cannot use
            String problem = "Row \"" + key + "\" (column \"" + config.signalColumn() + "\"): " + e.getMessage();
            if (!config.skipFailedRows()) {
                throw new RowFailedException(problem, e);
            }
            LOGGER.warn("Skipped: " + problem);
            skipped.incrementAndGet();
            remember(skippedExamples, problem);
            return missingCells();
        }
    }

    private DataCell[] decompose(DataRow row) {
        DataCell signalCell = row.getCell(signalIndex);
        if (signalCell.isMissing()) {
            throw new IllegalArgumentException("the signal is missing");
        }
        double rate = samplingRate(row);
        GapFiller.Filled filled = gapFiller.fill(SignalCells.toSamples((ListDataValue)signalCell), rate, "signal");
        if (filled.gaps() > 0) {
            rowsWithGaps.incrementAndGet();
            filledGaps.addAndGet(filled.gaps());
            filledSamples.addAndGet(filled.filledSamples());
        }
        Decomposition d = cvxEda.decompose(filled.samples(), rate);
        if (!d.status().isAcceptable()) {
            doubtful.incrementAndGet();
            remember(doubtfulExamples, "\"" + row.getKey() + "\" (" + d.status() + ")");
        }
        return new DataCell[] {
            SignalCells.toListCell(d.phasic()),
            SignalCells.toListCell(d.tonic()),
            SignalCells.toListCell(d.driver()),
            SignalCells.toListCell(d.residual()),
            new DoubleCell(d.objective()),
            new StringCell(d.status().name()),
            new IntCell(d.iterations())};
    }

    private double samplingRate(DataRow row) {
        if (rateIndex < 0) {
            return config.fixedRate();
        }
        DataCell cell = row.getCell(rateIndex);
        if (cell.isMissing()) {
            throw new IllegalArgumentException("the sampling rate (column \"" + config.rateColumn() + "\") is missing");
        }
        double rate = ((DoubleValue)cell).getDoubleValue();
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("the sampling rate (column \"" + config.rateColumn() + "\") is " + rate
                    + ", it must be positive and finite");
        }
        return rate;
    }

    private boolean isCanceled() {
        try {
            exec.checkCanceled();
            return false;
        } catch (CanceledExecutionException e) { // NOSONAR the framework reports the cancellation itself
            return true;
        }
    }

    private DataCell[] missingCells() {
        DataCell[] cells = new DataCell[getColumnSpecs().length];
        java.util.Arrays.fill(cells, DataType.getMissingCell());
        return cells;
    }

    private static void remember(List<String> examples, String example) {
        synchronized (examples) {
            if (examples.size() < EXAMPLES) {
                examples.add(example);
            }
        }
    }

    @Override
    public void setProgress(long curRowNr, long rowCount, RowKey lastKey, ExecutionMonitor monitor) {
        monitor.setProgress(curRowNr / (double)rowCount,
            () -> "Decomposed recording " + curRowNr + " of " + rowCount + " (row \"" + lastKey + "\")");
    }

    /** The warning about skipped rows and doubtful solver results after a run, or {@code null} if there is none. */
    String warning() {
        List<String> parts = new ArrayList<>();
        long nSkipped = skipped.get();
        if (nSkipped > 0) {
            synchronized (skippedExamples) {
                parts.add(nSkipped + (nSkipped == 1 ? " row" : " rows")
                        + " could not be decomposed and got missing values, e.g. " + String.join("; ", skippedExamples));
            }
        }
        long nDoubtful = doubtful.get();
        if (nDoubtful > 0) {
            synchronized (doubtfulExamples) {
                parts.add(nDoubtful + (nDoubtful == 1 ? " row" : " rows")
                        + " stopped before the solver's accuracy target (see column \"" + STATUS + "\"), e.g. "
                        + String.join(", ", doubtfulExamples));
            }
        }
        return parts.isEmpty() ? null : String.join(". ", parts);
    }

    /** A line about the gaps filled, or {@code null} if none were. */
    String gapSummary() {
        long gaps = filledGaps.get();
        if (gaps == 0) {
            return null;
        }
        return "Filled " + gaps + " short gaps (" + filledSamples.get() + " missing samples) in " + rowsWithGaps.get()
                + " rows by linear interpolation";
    }
}
