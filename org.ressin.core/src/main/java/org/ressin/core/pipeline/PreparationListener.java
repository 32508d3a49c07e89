package org.ressin.core.pipeline;

/** Progress and cancellation of {@link DatasetPreparer}: a command prints it, a KNIME node forwards it. */
public interface PreparationListener {

    /** Called after each song: {@code done} of {@code total} recordings handled. */
    void progress(int done, int total, String message);

    /** Polled between songs; preparation stops with {@link java.util.concurrent.CancellationException} when true. */
    default boolean isCancelled() { return false; }

    PreparationListener SILENT = (done, total, message) -> { };
}
