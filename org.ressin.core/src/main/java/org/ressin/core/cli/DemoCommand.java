package org.ressin.core.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.ressin.core.experiment.Demo;
import org.ressin.core.experiment.DemoSettings;
import org.ressin.core.image.ImageSettings;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ressin demo}: {@link Demo}, the quick experiment on a generated dataset whose best possible accuracy is
 * known. This class parses the options (defaults from {@link DemoSettings#defaults()}) and prints.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generates a synthetic PMEmo dataset and runs the quick experiment on it (Tables 1 and 2: "
                + "Res-SIN per input, EDA only, music-only SVM, fusion, MLR/SVR) next to the generator's known optimum."
                + " Writes DIR/data and DIR/report (report.md, report.html, PNG figures).")
public final class DemoCommand implements Callable<Integer> {

    private static final DemoSettings DEFAULTS = DemoSettings.defaults();

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", defaultValue = "demo-out", paramLabel = "DIR",
            description = "Where data and report go; a new numbered folder if it exists (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--subjects", paramLabel = "N", description = "Subjects (default: ${DEFAULT-VALUE}).")
    int subjects = DEFAULTS.subjects();

    @Option(names = "--songs", paramLabel = "M", description = "Songs (default: ${DEFAULT-VALUE}).")
    int songs = DEFAULTS.songs();

    @Option(names = "--folds", paramLabel = "K", description = "Folds (default: ${DEFAULT-VALUE}).")
    int folds = DEFAULTS.folds();

    @Option(names = "--epochs", paramLabel = "E", description = "Epochs (default: ${DEFAULT-VALUE}).")
    int epochs = DEFAULTS.epochs();

    @Option(names = "--image-size", paramLabel = "S", description = "Image side (default: ${DEFAULT-VALUE}).")
    int imageSize = DEFAULTS.imageSize();

    @Option(names = "--seed", paramLabel = "S", description = "Seed of data and training (default: ${DEFAULT-VALUE}).")
    long seed = DEFAULTS.seed();

    @Option(names = "--phasic-span", paramLabel = "X", description = "Phasic image channel: 0 = min-max per recording "
            + "(the method; default), X > 0 = divided by the tonic level and X, so SCR amplitude is kept (e.g. 0.5).")
    double phasicSpan = DEFAULTS.phasicSpan();

    @Override
    public Integer call() throws IOException {
        CommandLine cmd = spec.commandLine();
        CliOptions.atLeast(cmd, "--folds", folds, 2);
        CliOptions.atLeast(cmd, "--epochs", epochs, 1);
        CliOptions.atLeast(cmd, "--image-size", imageSize, ImageSettings.MIN_SIZE);
        CliOptions.atLeast(cmd, "--songs", songs, 1);
        CliOptions.atLeast(cmd, "--subjects", subjects, folds);
        DemoSettings settings = new DemoSettings(subjects, songs, seed, folds, epochs, imageSize, phasicSpan);
        PrintWriter o = cmd.getOut();
        PrintWriter err = cmd.getErr();
        Path dir = freshFolder(out);
        try {
            Demo.Outcome outcome = Demo.run(dir, settings, new ExperimentConsole(err));
            o.printf(Locale.ROOT, "Demo: %d subjects x %d songs (%d recordings), %d subject-grouped folds, %d epochs, "
                    + "%d px%n%n", subjects, songs, outcome.truth().recordings(), folds, epochs, imageSize);
            ExperimentCommand.printOutcome(o, outcome.experiment());
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("ressin demo: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    private static Path freshFolder(Path wanted) throws IOException {
        Path dir = wanted;
        for (int i = 2; Files.exists(dir) && !isEmptyDir(dir); i++) {
            dir = wanted.resolveSibling(wanted.getFileName() + "-" + i);
        }
        Files.createDirectories(dir);
        return dir;
    }

    private static boolean isEmptyDir(Path p) throws IOException {
        if (!Files.isDirectory(p)) {
            return false;
        }
        try (var s = Files.list(p)) {
            return s.findAny().isEmpty();
        }
    }
}
