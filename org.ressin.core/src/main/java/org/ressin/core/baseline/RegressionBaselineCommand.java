package org.ressin.core.baseline;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.ressin.core.eval.Grouping;
import org.ressin.core.pmemo.PmemoDataset;
import org.ressin.core.pmemo.PmemoFormatException;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import org.ressin.core.cli.CliOptions;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ressin baseline regression}: the MLR/SVR regression pre-experiment (paper Table 1). */
@Command(name = "regression", mixinStandardHelpOptions = true,
        description = "Cross-validates MLR and SVR fitting static valence and arousal from low-passed, z-scored "
                + "raw, tonic and phasic signals (RMSE and Pearson r).")
public final class RegressionBaselineCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The PMEmo folder.")
    Path data;

    @Option(names = "--folds", defaultValue = "10", paramLabel = "K", description = "Folds (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--grouping", defaultValue = "subject", paramLabel = "subject|record",
            description = "Keep a subject's recordings in one fold (subject, default) or not (record).")
    String grouping;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S",
            description = "Seed of the fold assignment (default: ${DEFAULT-VALUE}; the fits draw no random numbers).")
    long seed;

    @Option(names = "--points", defaultValue = "" + SignalFeaturiser.DEFAULT_POINTS, paramLabel = "N",
            description = "Length of each signal's regression vector (window means; default: ${DEFAULT-VALUE}).")
    int points;

    @Option(names = "--cutoff", defaultValue = "" + LowPassFilter.PAPER_CUTOFF_HZ, paramLabel = "HZ",
            description = "Low-pass cutoff in Hz (default: ${DEFAULT-VALUE}, the paper's).")
    double cutoff;

    @Option(names = "--svr-c", paramLabel = "C", description = "SVR cost C (default: 1).")
    Double svrC;

    @Option(names = "--svr-epsilon", paramLabel = "E", description = "SVR tube width epsilon (default: 0.1).")
    Double svrEpsilon;

    @Option(names = "--svr-gamma", paramLabel = "G", description = "SVR RBF width (default: 1 / points).")
    Double svrGamma;

    @Option(names = "--threads", paramLabel = "N", description = "Decompositions and fits at once (default: all cores).")
    Integer threads;

    @Option(names = "--json", description = "Print one JSON object with every cell's per-fold and mean scores.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        CommandLine cmd = spec.commandLine();
        Grouping g = CliOptions.grouping(cmd, grouping);
        CliOptions.atLeast(cmd, "--folds", folds, 2);
        CliOptions.atLeast(cmd, "--points", points, 1);
        BaselineCommand.positive(cmd, "--cutoff", cutoff);
        BaselineCommand.positive(cmd, "--svr-c", svrC);
        BaselineCommand.positive(cmd, "--svr-gamma", svrGamma);
        if (svrEpsilon != null && (!(svrEpsilon >= 0) || svrEpsilon.isInfinite())) {
            throw new CommandLine.ParameterException(cmd, "--svr-epsilon must be finite and >= 0, was " + svrEpsilon);
        }
        if (threads != null) CliOptions.atLeast(cmd, "--threads", threads, 1);
        SvmSettings svr = SvmSettings.defaults();
        if (svrC != null) svr = svr.withC(svrC);
        if (svrEpsilon != null) svr = svr.withEpsilon(svrEpsilon);
        if (svrGamma != null) svr = svr.withGamma(svrGamma);
        RegressionDataSettings settings = RegressionDataSettings.defaults()
                .withFeaturiser(new SignalFeaturiser(cutoff, points));
        if (threads != null) settings = settings.withThreads(threads);

        PrintWriter out = cmd.getOut();
        PrintWriter err = cmd.getErr();
        try {
            PmemoDataset dataset = PmemoDataset.open(data);
            RegressionData rows = RegressionData.build(dataset, settings, (done, total, message) -> {
                err.printf(Locale.ROOT, "\rdecomposing: %d/%d recordings (%s)   ", done, total, message);
                err.flush();
            });
            err.println();
            rows.warnings().forEach(w -> err.println("warning: " + w));
            err.flush();
            if (rows.rows().isEmpty()) {
                throw new IllegalArgumentException("no rated recordings long enough for " + points + " points in " + data);
            }
            RegressionResult result = RegressionCrossValidation.run(rows.rows(), folds, g, seed, svr, settings.threads());
            if (json) {
                out.println(new GsonBuilder().setPrettyPrinting().serializeNulls().create()
                        .toJson(toJson(result, rows, settings, svr)));
            } else {
                printTable(out, result, rows, settings, svr);
            }
            out.flush();
            return 0;
        } catch (PmemoFormatException | IllegalArgumentException e) {
            err.println("ressin baseline regression: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    private static void printTable(PrintWriter out, RegressionResult r, RegressionData rows,
            RegressionDataSettings settings, SvmSettings svr) {
        SignalFeaturiser f = settings.featuriser();
        out.printf(Locale.ROOT, "Regression pre-experiment: %d recordings, low-pass %s Hz, z-scored, %d window means; "
                + "%d-fold (%s-grouped), seed %d; SVR %s%n", rows.rows().size(), f.cutoffHz(), f.points(),
                r.foldSizes().length, BaselineCommand.lower(r.grouping()), r.seed(), describe(svr, f.points()));
        out.printf(Locale.ROOT, "%-6s  %-6s  %-8s  %-19s  %-19s   %10s  %7s%n", "method", "input", "target",
                "RMSE mean ± sd", "Pearson r mean ± sd", "paper RMSE", "paper r");
        for (RegressionCell c : r.cells()) {
            PaperTable1.Entry p = PaperTable1.of(c.method(), c.input(), c.target());
            out.printf(Locale.ROOT, "%-6s  %-6s  %-8s  %8.4f ± %-8.4f  %8.4f ± %-8.4f%s  %10.4f  %7.4f%n",
                    c.method().name(), c.input().lowerName(), c.target().lowerName(), c.meanRmse(), c.sdRmse(),
                    c.meanPearson(), c.sdPearson(),
                    c.pearsonFolds() < c.folds().size() ? "*" : " ", p.rmse(), p.pearson());
        }
        if (r.cells().stream().anyMatch(c -> c.pearsonFolds() < c.folds().size())) {
            out.println("* r is undefined on some folds (constant predictions or ratings) and averaged over the others");
        }
    }

    private static String describe(SvmSettings s, int points) {
        return String.format(Locale.ROOT, "%s kernel, C %s, epsilon %s%s", BaselineCommand.lower(s.kernel()), s.c(),
                s.epsilon(), s.kernel() == SvmKernel.RBF ? String.format(Locale.ROOT, ", gamma %.6g", s.gammaFor(points)) : "");
    }

    private static JsonObject toJson(RegressionResult r, RegressionData rows, RegressionDataSettings settings,
            SvmSettings svr) {
        JsonObject o = new JsonObject();
        o.addProperty("baseline", "regression");
        o.addProperty("recordings", rows.rows().size());
        o.addProperty("leftOutUnrated", rows.unrated());
        o.addProperty("leftOutTooShort", rows.tooShort());
        o.addProperty("leftOutMissingValues", rows.missingValues());
        o.addProperty("leftOutFailed", rows.failed());
        o.addProperty("cutoffHz", settings.featuriser().cutoffHz());
        o.addProperty("points", settings.featuriser().points());
        o.addProperty("skipSeconds", settings.skipSeconds());
        o.addProperty("grouping", BaselineCommand.lower(r.grouping()));
        o.addProperty("seed", r.seed());
        o.addProperty("folds", r.foldSizes().length);
        JsonObject s = new JsonObject();
        s.addProperty("kernel", BaselineCommand.lower(svr.kernel()));
        s.addProperty("c", svr.c());
        s.addProperty("epsilon", svr.epsilon());
        if (svr.kernel() == SvmKernel.RBF) s.addProperty("gamma", svr.gammaFor(settings.featuriser().points()));
        o.add("svr", s);
        JsonArray cells = new JsonArray();
        for (RegressionCell c : r.cells()) {
            JsonObject co = new JsonObject();
            co.addProperty("method", c.method().lowerName());
            co.addProperty("input", c.input().lowerName());
            co.addProperty("target", c.target().lowerName());
            co.addProperty("rmse", c.meanRmse());
            co.addProperty("rmseSd", c.sdRmse());
            co.add("r", number(c.meanPearson()));
            co.add("rSd", number(c.sdPearson()));
            co.addProperty("rFolds", c.pearsonFolds());
            PaperTable1.Entry p = PaperTable1.of(c.method(), c.input(), c.target());
            co.addProperty("paperRmse", p.rmse());
            co.addProperty("paperR", p.pearson());
            JsonArray folds = new JsonArray();
            for (int k = 0; k < c.folds().size(); k++) {
                RegressionScores sc = c.folds().get(k);
                JsonObject fo = new JsonObject();
                fo.addProperty("fold", k + 1);
                fo.addProperty("testSize", sc.n());
                fo.addProperty("rmse", sc.rmse());
                fo.add("r", number(sc.pearson()));
                folds.add(fo);
            }
            co.add("folds", folds);
            cells.add(co);
        }
        o.add("cells", cells);
        return o;
    }

    /** NaN (an undefined r) as JSON null. */
    private static com.google.gson.JsonElement number(double v) {
        return Double.isFinite(v) ? new JsonPrimitive(v) : JsonNull.INSTANCE;
    }
}
