package org.ressin.core.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.ressin.core.experiment.Experiment;
import org.ressin.core.experiment.ExperimentSettings;
import org.ressin.core.experiment.ReportFolderException;
import org.ressin.core.image.ImageSettings;
import org.ressin.core.pmemo.PmemoFormatException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ressin experiment}: the paper's Tables 1 and 2 on a PMEmo folder ({@link Experiment}); this class parses
 * the options and prints progress, the result tables and where the report is.
 */
@Command(name = "experiment", mixinStandardHelpOptions = true,
        description = "Reproduces the paper's Tables 1 and 2 on a PMEmo folder and writes REPORT_DIR/report.md and "
                + "report.html with the published numbers alongside, and PNG figures. Rerunning into the same "
                + "REPORT_DIR with the same options resumes at the next unfinished fold.")
public final class ExperimentCommand implements Callable<Integer> {

    private static final int QUICK_SIZE = ExperimentSettings.QUICK_SIZE, QUICK_EPOCHS = ExperimentSettings.QUICK_EPOCHS,
            QUICK_FOLDS = ExperimentSettings.QUICK_FOLDS, FULL_FOLDS = ExperimentSettings.FULL_FOLDS;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The PMEmo folder.")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "REPORT_DIR",
            description = "Report folder: new, empty, or a previous experiment report with the same options (resumed).")
    Path out;

    @Option(names = "--quick", description = "Small network, " + QUICK_SIZE + " px, " + QUICK_EPOCHS + " epochs, "
            + QUICK_FOLDS + " folds, Table 2 inputs mix and phasic only (minutes instead of hours).")
    boolean quick;

    @Option(names = "--folds", paramLabel = "K", description = "Folds (default: " + FULL_FOLDS + ", quick " + QUICK_FOLDS + ").")
    Integer folds;

    @Option(names = "--grouping", defaultValue = "subject", paramLabel = "subject|record",
            description = "Keep a subject's recordings in one fold (subject, user independent; default) or not (record).")
    String grouping;

    @Option(names = "--image-size", paramLabel = "S", description = "Image side (default: the preset's; quick " + QUICK_SIZE + ").")
    Integer imageSize;

    @Option(names = "--epochs", paramLabel = "E", description = "Training epochs (default: the preset's; quick " + QUICK_EPOCHS + ").")
    Integer epochs;

    @Option(names = "--phasic-span", paramLabel = "X", description = "Phasic channel of the signal images: 0 = min-max "
            + "per recording (the method; default), X > 0 = divided by the recording's mean tonic level and X, clipped "
            + "to [0, 1], so SCR amplitude is kept (e.g. " + ExperimentSettings.AMPLITUDE_PHASIC_SPAN + "; not the method).")
    Double phasicSpan;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Seed of folds and training (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException {
        CommandLine cmd = spec.commandLine();
        if (!Files.isDirectory(data)) {
            throw new CommandLine.ParameterException(cmd, "--data " + data + " is not a folder");
        }
        if (folds != null) CliOptions.atLeast(cmd, "--folds", folds, 2);
        if (epochs != null) CliOptions.atLeast(cmd, "--epochs", epochs, 1);
        if (imageSize != null) CliOptions.atLeast(cmd, "--image-size", imageSize, ImageSettings.MIN_SIZE);
        ExperimentSettings settings;
        try {
            settings = ExperimentSettings.of(data, quick, folds, CliOptions.grouping(cmd, grouping), imageSize, epochs,
                    seed);
            if (phasicSpan != null) settings = settings.withPhasicSpan(phasicSpan);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cmd, "bad option: " + e.getMessage());
        }
        PrintWriter err = cmd.getErr();
        try {
            Experiment.Outcome outcome = Experiment.run(settings, out, new ExperimentConsole(err));
            printOutcome(cmd.getOut(), outcome);
            return 0;
        } catch (ReportFolderException e) {
            throw new CommandLine.ParameterException(cmd, "--out " + e.getMessage());
        } catch (PmemoFormatException | IllegalArgumentException e) {
            err.println("ressin experiment: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    /** The result tables, then where the report is. */
    static void printOutcome(PrintWriter o, Experiment.Outcome outcome) {
        ExperimentConsole.printTables(o, outcome.resultTables());
        o.printf(Locale.ROOT, "report: %s and %s, figures beside them (%.0f s)%n", outcome.markdown(), outcome.html(),
                outcome.seconds());
        o.flush();
    }
}
