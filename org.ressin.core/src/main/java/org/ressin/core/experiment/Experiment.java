package org.ressin.core.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ressin.core.experiment.report.HtmlWriter;
import org.ressin.core.experiment.report.MarkdownWriter;
import org.ressin.core.experiment.report.Report;

/**
 * The paper's protocol on a PMEmo folder: cvxEDA, personal labels and signal images, then Table 2 (Res-SIN per
 * input, the ablation EDA only / music-only SVM / fusion) and Table 1 (MLR, SVR), each cross-validated; then the
 * figures and {@value #MARKDOWN} and {@value #HTML} in the report folder. Finished configurations and folds are
 * kept in the store, so running again into the same folder resumes.
 */
public final class Experiment {

    /** The report's file names in the report folder. */
    public static final String MARKDOWN = "report.md", HTML = "report.html";

    private final ExperimentSettings settings;
    private final ExperimentStore store;
    private final ExperimentListener listener;

    /** The result: the report, where it was written, and the result tables the commands print. */
    public record Outcome(Report report, Path markdown, Path html, java.util.List<Report.Block> resultTables,
            double seconds) {}

    public Experiment(ExperimentSettings settings, ExperimentStore store, ExperimentListener listener) {
        this.settings = settings;
        this.store = store;
        this.listener = listener;
    }

    /**
     * Opens (or resumes) the report folder {@code out} for {@code settings} and runs.
     *
     * @throws ReportFolderException if {@code out} lies inside the dataset, or holds something else
     */
    public static Outcome run(ExperimentSettings settings, Path out, ExperimentListener listener) throws IOException {
        if (out.toAbsolutePath().normalize().startsWith(settings.data().toAbsolutePath().normalize())) {
            throw new ReportFolderException(out + " is inside the dataset folder " + settings.data()
                    + "; refusing to write there (the dataset's files must not be overwritten)");
        }
        return new Experiment(settings, ExperimentStore.open(out, settings.toJson()), listener).run();
    }

    /**
     * Runs what the store lacks, draws the figures and writes the report.
     *
     * @throws IllegalArgumentException if the data cannot support a configuration (e.g. no labels, no music)
     */
    public Outcome run() throws IOException {
        long start = System.nanoTime();
        ReportFigures figures = new ReportFigures(settings, store, listener);
        ExperimentRun run = new ExperimentStages(settings, store, listener, figures).runAll();
        long drawing = System.nanoTime();
        listener.stage("stage: figures and report");
        ReportFigures.Figures drawn = figures.drawAll();
        ExperimentReport builder = new ExperimentReport(settings, store, listener);
        double figureSeconds = RunInfo.seconds(drawing);
        Report report = builder.build(drawn, run, RunInfo.seconds(start), figureSeconds);
        Path md = store.dir().resolve(MARKDOWN);
        Path html = store.dir().resolve(HTML);
        Files.writeString(md, MarkdownWriter.write(report), StandardCharsets.UTF_8);
        Files.writeString(html, HtmlWriter.write(report), StandardCharsets.UTF_8);
        return new Outcome(report, md, html, builder.resultTables(), RunInfo.seconds(start));
    }
}
