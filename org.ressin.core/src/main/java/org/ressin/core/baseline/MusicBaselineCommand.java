package org.ressin.core.baseline;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.ressin.core.eval.CrossValidation;
import org.ressin.core.eval.CvResult;
import org.ressin.core.eval.CvResultFormat;
import org.ressin.core.eval.Grouping;
import org.ressin.core.labels.LabelSettings;
import org.ressin.core.labels.Target;
import org.ressin.core.pipeline.DatasetPreparer;
import org.ressin.core.pipeline.ExampleSet;
import org.ressin.core.pipeline.PreparationSettings;
import org.ressin.core.pipeline.PreparedDataset;
import org.ressin.core.pmemo.PmemoDataset;
import org.ressin.core.pmemo.PmemoFormatException;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

import org.ressin.core.cli.CliOptions;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ressin baseline music}: k-fold cross-validation of the music-only SVM (paper Table 2). */
@Command(name = "music", mixinStandardHelpOptions = true,
        description = "Cross-validates an SVM on the songs' z-scored music features against the personal labels.")
public final class MusicBaselineCommand implements Callable<Integer> {

    /** Paper Table 2, SVM on music features alone (accuracy). */
    static final double PAPER_VALENCE = 0.7043, PAPER_AROUSAL = 0.7149;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The PMEmo folder.")
    Path data;

    @Option(names = "--target", required = true, paramLabel = "valence|arousal", description = "What to classify.")
    String target;

    @Option(names = "--folds", defaultValue = "10", paramLabel = "K", description = "Folds (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--grouping", defaultValue = "subject", paramLabel = "subject|record",
            description = "Keep a subject's recordings in one fold (subject, user independent; default) or not (record).")
    String grouping;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S",
            description = "Seed of the fold assignment (default: ${DEFAULT-VALUE}; SVM training draws no random numbers).")
    long seed;

    @Option(names = "--examples", defaultValue = "prepared", paramLabel = "prepared|rated",
            description = "prepared (default): exactly the recordings and labels `ressin train` uses (runs cvxEDA and "
                    + "imaging first); rated: every labelled recording, no EDA processing (fast).")
    String examples;

    @Option(names = "--kernel", defaultValue = "rbf", paramLabel = "rbf|linear", description = "SVM kernel (default: ${DEFAULT-VALUE}).")
    String kernel;

    @Option(names = "--c", paramLabel = "C", description = "SVM cost C (default: 1).")
    Double c;

    @Option(names = "--gamma", paramLabel = "G", description = "RBF width (default: 1 / number of features).")
    Double gamma;

    @Option(names = "--threads", paramLabel = "N", description = "Recordings prepared at once (default: all cores).")
    Integer threads;

    @Option(names = "--json", description = "Print one JSON object with the mean, sd and per-fold metrics.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        CommandLine cmd = spec.commandLine();
        Target t = CliOptions.target(cmd, target);
        Grouping g = CliOptions.grouping(cmd, grouping);
        CliOptions.atLeast(cmd, "--folds", folds, 2);
        SvmSettings svm = svmSettings(cmd);
        boolean prepared = switch (examples.toLowerCase(Locale.ROOT)) {
            case "prepared" -> true;
            case "rated" -> false;
            default -> throw new CommandLine.ParameterException(cmd, "--examples must be prepared or rated, was '"
                    + examples + "'");
        };
        if (threads != null) CliOptions.atLeast(cmd, "--threads", threads, 1);
        PrintWriter out = cmd.getOut();
        PrintWriter err = cmd.getErr();
        try {
            PmemoDataset dataset = PmemoDataset.open(data);
            if (dataset.musicFeatures().isEmpty()) {
                throw new IllegalArgumentException(data + ": the music-only baseline needs features/static_features.csv");
            }
            MusicItems items = prepared ? fromPrepared(dataset, t, err)
                    : MusicItems.fromRatings(dataset, t, LabelSettings.defaults());
            items.warnings().forEach(w -> err.println("warning: " + w));
            if (!items.leftOutSummary().isEmpty()) err.println("warning: " + items.leftOutSummary());
            err.flush();
            if (items.items().isEmpty()) {
                throw new IllegalArgumentException("no labelled " + t.lowerName() + " recordings with music features in " + data);
            }
            CvResult result = CrossValidation.run(items.items(), folds, g, seed, MusicSvmTrainer.forItems(svm));
            int dimension = items.items().get(0).music().length;
            Optional<Double> optimum = BaselineCommand.syntheticMusicOptimum(data, t, err);
            if (json) {
                out.println(new GsonBuilder().setPrettyPrinting().create()
                        .toJson(toJson(result, t, svm, dimension, prepared, items.items().size(), optimum)));
            } else {
                printTable(out, result, t, svm, dimension, prepared, items.items().size(), optimum);
            }
            out.flush();
            return 0;
        } catch (PmemoFormatException | IllegalArgumentException e) {
            err.println("ressin baseline music: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    private SvmSettings svmSettings(CommandLine cmd) {
        SvmSettings s = SvmSettings.defaults();
        s = switch (kernel.toLowerCase(Locale.ROOT)) {
            case "rbf" -> s.withKernel(SvmKernel.RBF);
            case "linear" -> s.withKernel(SvmKernel.LINEAR);
            default -> throw new CommandLine.ParameterException(cmd, "--kernel must be rbf or linear, was '" + kernel + "'");
        };
        BaselineCommand.positive(cmd, "--c", c);
        BaselineCommand.positive(cmd, "--gamma", gamma);
        if (c != null) s = s.withC(c);
        if (gamma != null) s = s.withGamma(gamma);
        return s;
    }

    private MusicItems fromPrepared(PmemoDataset dataset, Target t, PrintWriter err) throws IOException {
        PreparationSettings settings = PreparationSettings.defaults();
        if (threads != null) settings = settings.withThreads(threads);
        PreparedDataset prepared = new DatasetPreparer(settings).prepare(dataset, (done, total, message) -> {
            err.printf(Locale.ROOT, "\rpreparing: %d/%d recordings (%s)   ", done, total, message);
            err.flush();
        });
        err.println();
        prepared.report().warnings().forEach(w -> err.println("warning: " + w));
        return MusicItems.of(ExampleSet.of(prepared, t, true));
    }

    private static double paper(Target t) {
        return t == Target.VALENCE ? PAPER_VALENCE : PAPER_AROUSAL;
    }

    private static String describe(SvmSettings s, int dimension) {
        return String.format(Locale.ROOT, "%s kernel, C %s%s", BaselineCommand.lower(s.kernel()), s.c(),
                s.kernel() == SvmKernel.RBF ? String.format(Locale.ROOT, ", gamma %.6g", s.gammaFor(dimension)) : "");
    }

    private static void printTable(PrintWriter out, CvResult r, Target t, SvmSettings svm, int dimension,
            boolean prepared, int n, Optional<Double> optimum) {
        out.printf(Locale.ROOT, "Music-only SVM, %s: %d recordings (%s), %d music features, %s; %d-fold (%s-grouped), seed %d%n",
                t.lowerName(), n, prepared ? "as prepared for Res-SIN" : "all rated", dimension, describe(svm, dimension),
                r.folds().size(), BaselineCommand.lower(r.grouping()), r.seed());
        CvResultFormat.printFolds(out, r);
        out.printf(Locale.ROOT, "paper (PMEmo)     %8.4f%n", paper(t));
        optimum.ifPresent(o -> out.printf(Locale.ROOT, "synthetic optimum %8.4f  (Bayes-optimal from music alone)%n", o));
    }

    private static JsonObject toJson(CvResult r, Target t, SvmSettings svm, int dimension, boolean prepared, int n,
            Optional<Double> optimum) {
        JsonObject o = CvResultFormat.toJson(r);
        o.addProperty("baseline", "music-svm");
        o.addProperty("target", t.lowerName());
        o.addProperty("examples", prepared ? "prepared" : "rated");
        o.addProperty("recordings", n);
        o.addProperty("features", dimension);
        o.addProperty("kernel", BaselineCommand.lower(svm.kernel()));
        o.addProperty("c", svm.c());
        if (svm.kernel() == SvmKernel.RBF) o.addProperty("gamma", svm.gammaFor(dimension));
        o.addProperty("paperAccuracy", paper(t));
        optimum.ifPresent(v -> o.addProperty("syntheticOptimumAccuracy", v));
        return o;
    }

}
