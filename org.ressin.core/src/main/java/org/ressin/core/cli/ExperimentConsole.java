package org.ressin.core.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.ressin.core.experiment.ExperimentListener;
import org.ressin.core.experiment.report.MarkdownWriter;
import org.ressin.core.experiment.report.Report;

/** Prints an experiment's stages and folds as lines, its progress as one overwritten line, and its result tables. */
final class ExperimentConsole implements ExperimentListener {

    private final PrintWriter err;
    private boolean progressShown;

    ExperimentConsole(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void stage(String line) {
        endProgress();
        err.println(line);
        err.flush();
    }

    @Override
    public void progress(String what, long done, long total, String detail) {
        // every 10th step and the last: enough to see it move without flooding a log
        if (done % 10 == 0 || done == total || what.startsWith("preparing") || what.startsWith("decomposing")) {
            err.printf(Locale.ROOT, "\r%s: %d/%d (%s)   ", what, done, total, detail);
            err.flush();
            progressShown = true;
        }
    }

    private void endProgress() {
        if (progressShown) {
            err.println();
            progressShown = false;
        }
    }

    /** The result tables as Markdown, as they appear in the report. */
    static void printTables(PrintWriter out, java.util.List<Report.Block> tables) {
        tables.forEach(b -> out.print(MarkdownWriter.block(b)));
    }
}
