package org.ressin.core.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.ressin.core.baseline.MusicItems;
import org.ressin.core.baseline.MusicSvmTrainer;
import org.ressin.core.baseline.PaperTable1;
import org.ressin.core.baseline.PaperTable2;
import org.ressin.core.baseline.RegressionCell;
import org.ressin.core.baseline.RegressionCrossValidation;
import org.ressin.core.baseline.RegressionData;
import org.ressin.core.baseline.RegressionDataSettings;
import org.ressin.core.baseline.RegressionResult;
import org.ressin.core.baseline.SvmSettings;
import org.ressin.core.eval.CrossValidation;
import org.ressin.core.eval.CvResult;
import org.ressin.core.eval.CvResultFormat;
import org.ressin.core.eval.Grouping;
import org.ressin.core.eval.LossPoint;
import org.ressin.core.eval.Metrics;
import org.ressin.core.labels.Target;
import org.ressin.core.net.ChannelSelection;
import org.ressin.core.net.NetworkSettings;
import org.ressin.core.net.ResSinTrainer;
import org.ressin.core.net.TrainingSettings;
import org.ressin.core.pipeline.ExampleSet;
import org.ressin.core.pipeline.PreparedDataset;
import org.ressin.core.pmemo.PmemoDataset;
import org.ressin.core.pmemo.PmemoFormatException;
import org.ressin.core.synth.SyntheticPmemo;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ressin experiment}: the paper's Tables 1 and 2 on a PMEmo folder. Prepares the images once, then
 * cross-validates Res-SIN per input image and target (Table 2 top), the feature ablation EDA only / music-only SVM /
 * fusion (Table 2 bottom) and the regression pre-experiment (Table 1), and writes {@code report.md} with the paper's
 * numbers next to each row. Every finished configuration is stored under {@code results/}, so a rerun resumes.
 */
@Command(name = "experiment", mixinStandardHelpOptions = true,
        description = "Reproduces the paper's Tables 1 and 2 on a PMEmo folder and writes REPORT_DIR/report.md with the "
                + "published numbers alongside. Rerunning into the same REPORT_DIR with the same options resumes.")
public final class ExperimentCommand implements Callable<Integer> {

    /** Defaults of {@code --quick}: small network, 32 px, 4 epochs, 3 folds, inputs mix and phasic only. */
    static final int QUICK_SIZE = 32, QUICK_EPOCHS = 4, QUICK_FOLDS = 3, FULL_FOLDS = 10;
    static final List<ChannelSelection> FULL_INPUTS = List.of(ChannelSelection.ORIGIN, ChannelSelection.TONIC,
            ChannelSelection.PHASIC, ChannelSelection.MIX);
    static final List<ChannelSelection> QUICK_INPUTS = List.of(ChannelSelection.PHASIC, ChannelSelection.MIX);

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

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Seed of folds and training (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException {
        CommandLine cmd = spec.commandLine();
        String preset = quick ? "small" : "paper";
        NetworkSettings net = TrainCommand.Options.network(cmd, preset, "mix", true,
                imageSize != null ? imageSize : quick ? Integer.valueOf(QUICK_SIZE) : null);
        TrainingSettings training = TrainCommand.Options.training(cmd, preset,
                epochs != null ? epochs : quick ? Integer.valueOf(QUICK_EPOCHS) : null, seed);
        Grouping g = CliOptions.grouping(cmd, grouping);
        int k = folds != null ? folds : quick ? QUICK_FOLDS : FULL_FOLDS;
        if (k < 2) {
            throw new CommandLine.ParameterException(cmd, "--folds must be at least 2, was " + k);
        }
        if (!Files.isDirectory(data)) {
            throw new CommandLine.ParameterException(cmd, "--data " + data + " is not a folder");
        }
        if (out.toAbsolutePath().normalize().startsWith(data.toAbsolutePath().normalize())) {
            throw new CommandLine.ParameterException(cmd, "--out " + out + " is inside the dataset folder " + data
                    + "; refusing to write there (the dataset's files must not be overwritten)");
        }
        List<ChannelSelection> inputs = quick ? QUICK_INPUTS : FULL_INPUTS;
        JsonObject settings = settingsJson(preset, net, training, g, k, inputs);
        ExperimentResults store = ExperimentResults.open(cmd, out, settings);

        PrintWriter o = cmd.getOut();
        PrintWriter err = cmd.getErr();
        long start = System.nanoTime();
        try {
            Stages stages = new Stages(store, err, net, training, g, k);
            stages.table2(inputs);
            stages.table1();
            double total = RunInfo.seconds(start);
            String tables = tables(store, inputs, syntheticOptimum(data, err));
            o.print(tables);
            String plots = lossPlots(store);
            Path report = store.dir().resolve("report.md");
            Files.writeString(report, report(tables + plots, settings, stages, store, inputs, total),
                    StandardCharsets.UTF_8);
            o.printf(Locale.ROOT, "%nreport: %s (%.0f s)%n", report, total);
            o.flush();
            return 0;
        } catch (PmemoFormatException | IllegalArgumentException e) {
            err.println("ressin experiment: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    /** Runs the configurations that {@code results/} does not hold yet, timing each stage. */
    private final class Stages {
        final ExperimentResults store;
        final PrintWriter err;
        final NetworkSettings net;
        final TrainingSettings training;
        final Grouping grouping;
        final int folds;
        PreparedDataset prepared;
        final List<String> ran = new ArrayList<>();
        double preparationSeconds = -1;

        Stages(ExperimentResults store, PrintWriter err, NetworkSettings net, TrainingSettings training,
                Grouping grouping, int folds) {
            this.store = store;
            this.err = err;
            this.net = net;
            this.training = training;
            this.grouping = grouping;
            this.folds = folds;
        }

        void table2(List<ChannelSelection> inputs) throws IOException {
            for (Target t : Target.values()) {
                for (ChannelSelection in : inputs) {
                    resSin(t, in, true);
                }
                resSin(t, ChannelSelection.MIX, false);
                musicSvm(t);
            }
        }

        private PreparedDataset prepared() throws IOException {
            if (prepared == null) {
                long s = System.nanoTime();
                err.printf(Locale.ROOT, "stage: preparing %s (cvxEDA, personal labels, %d px images)%n", data,
                        net.imageSize());
                prepared = TrainCommand.prepareDataset(data, net.imageSize(), err);
                preparationSeconds = RunInfo.seconds(s);
                JsonObject o = new JsonObject();
                o.addProperty("seconds", preparationSeconds);
                o.addProperty("imaged", prepared.report().imaged());
                store.put(PREPARATION, o);
            }
            return prepared;
        }

        private void resSin(Target t, ChannelSelection in, boolean fusion) throws IOException {
            String config = resSinKey(t, in, fusion);
            if (skip(config)) return;
            PreparedDataset p = prepared(); // timed on its own, not as part of the first configuration
            long s = System.nanoTime();
            ExampleSet examples = ExampleSet.of(p, t, fusion);
            if (examples.examples().isEmpty()) {
                throw new IllegalArgumentException("no labelled " + t.lowerName() + " examples in " + data);
            }
            NetworkSettings n = net.withChannels(in).withFusion(fusion);
            err.printf(Locale.ROOT, "stage: %s (%d examples, %d folds)%n", config, examples.examples().size(), folds);
            CvResult cv = CrossValidation.run(examples.examples(), folds, grouping, seed,
                    ResSinTrainer.forCrossValidation(n, training,
                            fold -> TrainCommand.progress(err, config + ", fold " + (fold + 1) + "/" + folds)));
            JsonObject o = TrainCommand.toJson(cv, t, n);
            o.add("meanLossCurve", lossCurve(cv.meanLossCurve()));
            finish(config, o, s);
        }

        private void musicSvm(Target t) throws IOException {
            String config = "music-svm-" + t.lowerName();
            if (skip(config)) return;
            PreparedDataset p = prepared();
            long s = System.nanoTime();
            MusicItems items = MusicItems.of(ExampleSet.of(p, t, true));
            if (items.items().isEmpty()) {
                throw new IllegalArgumentException("no labelled " + t.lowerName() + " recordings with music features in "
                        + data + " (the music-only SVM needs features/static_features.csv)");
            }
            err.printf(Locale.ROOT, "stage: %s (%d recordings, %d folds)%n", config, items.items().size(), folds);
            CvResult cv = CrossValidation.run(items.items(), folds, grouping, seed,
                    MusicSvmTrainer.forItems(SvmSettings.defaults()));
            JsonObject o = CvResultFormat.toJson(cv);
            o.addProperty("target", t.lowerName());
            finish(config, o, s);
        }

        void table1() throws IOException {
            String config = "regression";
            if (skip(config)) return;
            long s = System.nanoTime();
            err.printf(Locale.ROOT, "stage: %s (MLR and SVR, %d folds; decomposes every recording again)%n", config, folds);
            RegressionDataSettings settings = RegressionDataSettings.defaults();
            RegressionData rows = RegressionData.build(PmemoDataset.open(data), settings, (done, total, message) -> {
                err.printf(Locale.ROOT, "\rdecomposing: %d/%d recordings (%s)   ", done, total, message);
                err.flush();
            });
            err.println();
            rows.warnings().forEach(w -> err.println("warning: " + w));
            if (rows.rows().isEmpty()) {
                throw new IllegalArgumentException("no rated recordings long enough for the regression in " + data);
            }
            RegressionResult r = RegressionCrossValidation.run(rows.rows(), folds, grouping, seed,
                    SvmSettings.defaults(), settings.threads());
            JsonObject o = new JsonObject();
            o.addProperty("recordings", rows.rows().size());
            JsonArray cells = new JsonArray();
            for (RegressionCell c : r.cells()) {
                JsonObject co = new JsonObject();
                co.addProperty("method", c.method().name());
                co.addProperty("input", c.input().lowerName());
                co.addProperty("target", c.target().lowerName());
                co.addProperty("rmse", c.meanRmse());
                co.addProperty("rmseSd", c.sdRmse());
                co.addProperty("r", c.meanPearson());
                co.addProperty("rSd", c.sdPearson());
                PaperTable1.Entry p = PaperTable1.of(c.method(), c.input(), c.target());
                co.addProperty("paperRmse", p.rmse());
                co.addProperty("paperR", p.pearson());
                cells.add(co);
            }
            o.add("cells", cells);
            finish(config, o, s);
        }

        private boolean skip(String config) throws IOException {
            if (store.get(config).isPresent()) {
                err.printf(Locale.ROOT, "stage: %s already in %s, skipped%n", config, store.dir().resolve("results"));
                err.flush();
                return true;
            }
            return false;
        }

        private void finish(String config, JsonObject o, long start) throws IOException {
            double sec = RunInfo.seconds(start);
            o.addProperty("seconds", sec);
            store.put(config, o);
            ran.add(config);
            err.printf(Locale.ROOT, "stage: %s done (%.1f s)%n", config, sec);
            err.flush();
        }
    }

    /** Not a configuration: the last preparation's time, kept for the report. */
    private static final String PREPARATION = "preparation";

    static String resSinKey(Target t, ChannelSelection in, boolean fusion) {
        return "res-sin-" + (fusion ? "fusion-" : "eda-only-") + in.name().toLowerCase(Locale.ROOT) + "-" + t.lowerName();
    }

    private static JsonArray lossCurve(List<LossPoint> curve) {
        JsonArray a = new JsonArray();
        for (LossPoint p : curve) {
            JsonArray pt = new JsonArray();
            pt.add(p.iteration());
            pt.add(p.loss());
            a.add(pt);
        }
        return a;
    }

    private JsonObject settingsJson(String preset, NetworkSettings net, TrainingSettings training, Grouping g, int k,
            List<ChannelSelection> inputs) {
        JsonObject s = new JsonObject();
        s.addProperty("data", data.toAbsolutePath().normalize().toString());
        s.addProperty("quick", quick);
        s.addProperty("preset", preset);
        s.addProperty("imageSize", net.imageSize());
        s.addProperty("epochs", training.epochs());
        s.addProperty("folds", k);
        s.addProperty("grouping", g.name().toLowerCase(Locale.ROOT));
        s.addProperty("seed", seed);
        JsonArray in = new JsonArray();
        inputs.forEach(c -> in.add(c.name().toLowerCase(Locale.ROOT)));
        s.add("table2Inputs", in);
        return s;
    }

    /** The generator's optimum per target ({@code optimalAccuracy} of {@code synthetic_truth.json}), if DIR has one. */
    private static Optional<JsonObject> syntheticOptimum(Path data, PrintWriter err) {
        Path truth = data.resolve(SyntheticPmemo.TRUTH_FILE);
        if (!Files.isRegularFile(truth)) return Optional.empty();
        try {
            return Optional.of(JsonParser.parseString(Files.readString(truth)).getAsJsonObject()
                    .getAsJsonObject("optimalAccuracy"));
        } catch (IOException | RuntimeException e) {
            err.println("warning: " + truth + " has no readable optimalAccuracy (" + e + "); no optimum shown");
            return Optional.empty();
        }
    }

    private static double optimum(Optional<JsonObject> opt, Target t, String key) {
        return opt.map(o -> o.getAsJsonObject(t.lowerName()).get(key).getAsDouble()).orElse(Double.NaN);
    }

    private static String tables(ExperimentResults store, List<ChannelSelection> inputs, Optional<JsonObject> opt)
            throws IOException {
        boolean synth = opt.isPresent();
        StringBuilder s = new StringBuilder();
        s.append("## Table 2 (top): Res-SIN with fusion per input image\n\n");
        s.append("| target | input | accuracy | F1 | precision | recall | paper acc. | paper F1 | paper prec. | paper rec. |")
                .append(synth ? " generator optimum |" : "").append('\n');
        s.append("|---|---|---|---|---|---|---|---|---|---|").append(synth ? "---|" : "").append('\n');
        for (Target t : Target.values()) {
            for (ChannelSelection in : inputs) {
                JsonObject r = store.get(resSinKey(t, in, true)).orElseThrow();
                Metrics p = PaperTable2.resSin(t, in);
                s.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %.4f | %.4f | %.4f | %.4f |",
                        t.lowerName(), in.name().toLowerCase(Locale.ROOT), pm(r, "accuracy"), pm(r, "f1"),
                        pm(r, "precision"), pm(r, "recall"), p.accuracy(), p.f1(), p.precision(), p.recall()));
                if (synth) s.append(String.format(Locale.ROOT, " %.4f |", optimum(opt, t, "both")));
                s.append('\n');
            }
        }
        s.append("\n## Table 2 (bottom): feature ablation\n\n");
        s.append("| target | features | accuracy | F1 | paper acc. |").append(synth ? " generator optimum |" : "").append('\n');
        s.append("|---|---|---|---|---|").append(synth ? "---|" : "").append('\n');
        for (Target t : Target.values()) {
            Object[][] rows = {
                {"EDA only (Res-SI, mix)", resSinKey(t, ChannelSelection.MIX, false), PaperTable2.edaOnlyAccuracy(t), "eda"},
                {"music only (SVM)", "music-svm-" + t.lowerName(), PaperTable2.musicSvmAccuracy(t), "music"},
                {"fusion (Res-SIN, mix)", resSinKey(t, ChannelSelection.MIX, true), PaperTable2.resSin(t, ChannelSelection.MIX).accuracy(), "both"},
            };
            for (Object[] row : rows) {
                JsonObject r = store.get((String) row[1]).orElseThrow();
                s.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %.4f |", t.lowerName(), row[0],
                        pm(r, "accuracy"), pm(r, "f1"), (double) row[2]));
                if (synth) s.append(String.format(Locale.ROOT, " %.4f |", optimum(opt, t, (String) row[3])));
                s.append('\n');
            }
        }
        s.append("\nValues: mean ± standard deviation over folds.");
        if (synth) {
            s.append(" Generator optimum: the Bayes-optimal user-independent accuracy from synthetic_truth.json"
                    + " (fusion rows: music and EDA; the EDA optimum assumes the latent EDA value is seen exactly).");
        }
        s.append("\n\n## Table 1: regression pre-experiment (MLR, SVR)\n\n");
        JsonObject reg = store.get("regression").orElseThrow();
        s.append(String.format(Locale.ROOT, "%d recordings.%n%n", reg.get("recordings").getAsInt()));
        s.append("| method | input | target | RMSE | Pearson r | paper RMSE | paper r |\n|---|---|---|---|---|---|---|\n");
        for (var e : reg.getAsJsonArray("cells")) {
            JsonObject c = e.getAsJsonObject();
            s.append(String.format(Locale.ROOT, "| %s | %s | %s | %.4f ± %.4f | %.4f ± %.4f | %.4f | %.4f |%n",
                    c.get("method").getAsString(), c.get("input").getAsString(), c.get("target").getAsString(),
                    c.get("rmse").getAsDouble(), c.get("rmseSd").getAsDouble(), num(c, "r"), num(c, "rSd"),
                    c.get("paperRmse").getAsDouble(), c.get("paperR").getAsDouble()));
        }
        return s.toString();
    }

    /** Fig. 5: mean training-loss curves, EDA only against fusion (mix), one PNG per target; returns the markdown. */
    private static String lossPlots(ExperimentResults store) throws IOException {
        StringBuilder s = new StringBuilder("\n## Training loss, EDA only vs fusion (paper Fig. 5)\n\n");
        for (Target t : Target.values()) {
            List<LossCurvePlot.Curve> curves = new ArrayList<>();
            for (boolean fusion : new boolean[] {false, true}) {
                JsonObject r = store.get(resSinKey(t, ChannelSelection.MIX, fusion)).orElseThrow();
                JsonArray a = r.getAsJsonArray("meanLossCurve");
                double[][] pts = new double[a == null ? 0 : a.size()][];
                for (int i = 0; i < pts.length; i++) {
                    JsonArray p = a.get(i).getAsJsonArray();
                    pts[i] = new double[] {p.get(0).getAsDouble(), p.get(1).getAsDouble()};
                }
                curves.add(new LossCurvePlot.Curve(fusion ? "fusion (EDA + music)" : "EDA only", pts));
            }
            String name = "loss-" + t.lowerName() + ".png";
            LossCurvePlot.write(store.dir().resolve(name), t.lowerName() + ": mean training loss over folds (mix input)",
                    curves);
            s.append("![").append(t.lowerName()).append(" loss](").append(name).append(")\n\n");
        }
        return s.toString();
    }

    private static double num(JsonObject o, String key) {
        return o.get(key).isJsonNull() ? Double.NaN : o.get(key).getAsDouble();
    }

    private static String pm(JsonObject r, String metric) {
        return String.format(Locale.ROOT, "%.4f ± %.4f", r.get(metric).getAsDouble(),
                r.getAsJsonObject("sd").get(metric).getAsDouble());
    }

    private String report(String tables, JsonObject settings, Stages stages, ExperimentResults store,
            List<ChannelSelection> inputs, double total) throws IOException {
        StringBuilder s = new StringBuilder("# Res-SIN experiment: the paper's Tables 1 and 2\n\n");
        s.append("Data: `").append(data.toAbsolutePath().normalize()).append("`  \n");
        s.append("Settings (also in ").append(ExperimentResults.SETTINGS_FILE).append("): `").append(settings)
                .append("`  \n");
        s.append(String.format(Locale.ROOT, "Grouping: %s-grouped folds; seed %d  %n", settings.get("grouping")
                .getAsString(), seed));
        s.append(RunInfo.machine()).append("  \n");
        s.append(quick ? "Grid: **quick** (small network 8-16-32-64; Table 2 top only for inputs "
                + QUICK_INPUTS.stream().map(c -> c.name().toLowerCase(Locale.ROOT)).toList()
                + ", not origin and tonic).\n\n"
                : "Grid: full (paper network preset; Table 2 top for origin, tonic, phasic and mix).\n\n");
        s.append("Paper numbers: Yin et al., ICIP 2019 (PMEmo, 10-fold cross-validation).\n\n");
        s.append(tables);
        s.append(String.format(Locale.ROOT, "%n## Wall time per stage%n%nThis run: %.1f s in all.%n%n", total));
        s.append("| stage | seconds | run |\n|---|---|---|\n");
        Optional<JsonObject> prep = store.get(PREPARATION);
        if (prep.isPresent()) {
            s.append(String.format(Locale.ROOT, "| preparation (cvxEDA, labels, images; %d recordings imaged) | %.1f | %s |%n",
                    prep.get().get("imaged").getAsInt(), prep.get().get("seconds").getAsDouble(),
                    stages.preparationSeconds >= 0 ? "this run" : "earlier (resumed)"));
        }
        List<String> configs = new ArrayList<>();
        for (Target t : Target.values()) {
            inputs.forEach(in -> configs.add(resSinKey(t, in, true)));
            configs.add(resSinKey(t, ChannelSelection.MIX, false));
            configs.add("music-svm-" + t.lowerName());
        }
        configs.add("regression");
        for (String c : configs) {
            JsonObject r = store.get(c).orElseThrow();
            s.append(String.format(Locale.ROOT, "| %s | %.1f | %s |%n", c, r.get("seconds").getAsDouble(),
                    stages.ran.contains(c) ? "this run" : "earlier (resumed)"));
        }
        s.append("\nEach configuration's metrics (mean, sd, per fold) are in `results/<stage>.json`, with the mean "
                + "training-loss curve of each Res-SIN configuration as `meanLossCurve`. Resumed stages did not need "
                + "the preparation; a run that trains anything prepares again and records its time anew.\n");
        return s.toString();
    }
}
