package org.ressin.core.experiment;

/** What an experiment tells its user while it runs: a command prints it, a test records it. */
public interface ExperimentListener {

    /** Ignores everything. */
    ExperimentListener SILENT = line -> { };

    /** A line worth keeping: a stage starts, is skipped or ends, a fold starts or is resumed. */
    void stage(String line);

    /** Transient progress inside a stage ({@code done} of {@code total}, e.g. recordings or iterations). */
    default void progress(String what, long done, long total, String detail) {}

    /** Something the user should know about the data or a result. */
    default void warning(String line) { stage("warning: " + line); }
}
