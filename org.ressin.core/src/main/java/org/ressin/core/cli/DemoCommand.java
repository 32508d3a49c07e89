package org.ressin.core.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.ressin.core.eval.CrossValidation;
import org.ressin.core.eval.CvResult;
import org.ressin.core.eval.Grouping;
import org.ressin.core.image.ImageSettings;
import org.ressin.core.labels.Target;
import org.ressin.core.net.NetworkSettings;
import org.ressin.core.net.ResSinTrainer;
import org.ressin.core.net.TrainingSettings;
import org.ressin.core.pipeline.DatasetPreparer;
import org.ressin.core.pipeline.ExampleSet;
import org.ressin.core.pipeline.PreparationSettings;
import org.ressin.core.pipeline.PreparedDataset;
import org.ressin.core.pmemo.PmemoDataset;
import org.ressin.core.synth.SynthSettings;
import org.ressin.core.synth.SyntheticPmemo;
import org.ressin.core.synth.SyntheticTruth;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ressin demo}: the whole method end to end on a generated dataset whose best possible accuracy is known,
 * in a few minutes on two cores: synthesise, decompose, label, image, cross-validate EDA-only and fusion for
 * valence and arousal, and compare with the generator's optimum.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generates a synthetic PMEmo dataset and cross-validates Res-SIN (EDA only and fusion) on it,"
                + " next to the generator's known optimum. Writes the data and report.md under --out.")
public final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", defaultValue = "demo-out", paramLabel = "DIR",
            description = "Where data and report go; a new numbered folder if it exists (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--subjects", defaultValue = "20", paramLabel = "N", description = "Subjects (default: ${DEFAULT-VALUE}).")
    int subjects;

    @Option(names = "--songs", defaultValue = "40", paramLabel = "M", description = "Songs (default: ${DEFAULT-VALUE}).")
    int songs;

    @Option(names = "--folds", defaultValue = "5", paramLabel = "K", description = "Folds (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--epochs", defaultValue = "6", paramLabel = "E", description = "Epochs (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--image-size", defaultValue = "32", paramLabel = "S", description = "Image side (default: ${DEFAULT-VALUE}).")
    int imageSize;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed of data and training (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException {
        CommandLine cmd = spec.commandLine();
        if (folds < 2 || epochs < 1 || imageSize < ImageSettings.MIN_SIZE) {
            throw new CommandLine.ParameterException(cmd, "need --folds >= 2, --epochs >= 1 and --image-size >= "
                    + ImageSettings.MIN_SIZE);
        }
        PrintWriter o = cmd.getOut();
        PrintWriter err = cmd.getErr();
        long start = System.nanoTime();
        Path dir = freshFolder(out);
        Path data = dir.resolve("data");
        SyntheticTruth truth = new SyntheticPmemo(SynthSettings.defaults().withSize(subjects, songs).withSeed(seed))
                .writeTo(data);
        o.printf(Locale.ROOT, "1/3 synthetic PMEmo dataset: %d subjects, %d songs, %d recordings -> %s%n", subjects,
                truth.songsWithEda(), truth.recordings(), data);
        o.flush();

        NetworkSettings small = NetworkSettings.small().withImageSize(imageSize);
        TrainingSettings training = TrainingSettings.small().withEpochs(epochs).withSeed(seed);
        PreparedDataset prepared = new DatasetPreparer(PreparationSettings.defaults()
                .withImages(ImageSettings.defaults().withSize(imageSize)))
                .prepare(PmemoDataset.open(data), preparationListener(err));
        err.println();
        o.printf(Locale.ROOT, "2/3 cvxEDA, personal labels and %dx%d signal images: %d recordings imaged (%.0f s)%n",
                imageSize, imageSize, prepared.report().imaged(), seconds(start));
        o.flush();

        List<Row> rows = new ArrayList<>();
        for (Target t : Target.values()) {
            for (boolean fusion : new boolean[] {false, true}) {
                NetworkSettings net = small.withFusion(fusion);
                ExampleSet examples = ExampleSet.of(prepared, t, fusion);
                String what = t.lowerName() + (fusion ? " fusion" : " EDA only");
                CvResult cv = CrossValidation.run(examples.examples(), folds, Grouping.SUBJECT, seed,
                        ResSinTrainer.forCrossValidation(net, training,
                                fold -> TrainCommand.progress(err, what + ", fold " + (fold + 1))));
                rows.add(new Row(t, fusion, cv));
            }
        }
        double total = seconds(start);
        o.printf(Locale.ROOT, "3/3 %d-fold subject-grouped cross-validation, small network (%.0f s in all)%n%n",
                folds, total);
        String table = table(rows, truth);
        o.print(table);
        Path report = dir.resolve("report.md");
        Files.writeString(report, report(table, total), StandardCharsets.UTF_8);
        o.printf(Locale.ROOT, "%nreport: %s%n", report);
        o.flush();
        return 0;
    }

    private static org.ressin.core.pipeline.PreparationListener preparationListener(PrintWriter err) {
        return (done, total, message) -> {
            err.printf(Locale.ROOT, "\rpreparing: %d/%d recordings   ", done, total);
            err.flush();
        };
    }

    private record Row(Target target, boolean fusion, CvResult cv) {}

    private static String table(List<Row> rows, SyntheticTruth truth) {
        StringBuilder s = new StringBuilder();
        s.append("| target | features | accuracy (mean ± sd over folds) | F1 | generator optimum |\n");
        s.append("|---|---|---|---|---|\n");
        for (Row r : rows) {
            SyntheticTruth.Optimum opt = r.target == Target.VALENCE ? truth.valence() : truth.arousal();
            s.append(String.format(Locale.ROOT, "| %s | %s | %.3f ± %.3f | %.3f | %.3f |%n", r.target.lowerName(),
                    r.fusion ? "fusion (EDA + music)" : "EDA only", r.cv.mean().accuracy(),
                    r.cv.standardDeviation().accuracy(), r.cv.mean().f1(), r.fusion ? opt.both() : opt.eda()));
        }
        s.append(String.format(Locale.ROOT, "%nGenerator optimum: the Bayes-optimal user-independent accuracy "
                + "(music alone: valence %.3f, arousal %.3f; chance: %.3f, %.3f). The EDA-only optimum assumes the "
                + "latent EDA value is seen exactly, so it is a ceiling for any model of the sampled signal.%n",
                truth.valence().music(), truth.arousal().music(), truth.valence().chance(), truth.arousal().chance()));
        return s.toString();
    }

    private String report(String table, double seconds) {
        return "# Res-SIN demo on synthetic PMEmo data\n\n"
                + String.format(Locale.ROOT, "Command: `ressin demo --subjects %d --songs %d --folds %d --epochs %d"
                        + " --image-size %d --seed %d`  \n", subjects, songs, folds, epochs, imageSize, seed)
                + String.format(Locale.ROOT, "%s; wall time %.0f s%n%n", RunInfo.machine(), seconds)
                + "Protocol: 15 s discarded, cvxEDA (authors' defaults), personal 2-means thresholds, mix signal images,"
                + " small Res-SIN network (8-16-32-64), subject-grouped folds.\n\n" + table;
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

    private static double seconds(long start) {
        return RunInfo.seconds(start);
    }
}
