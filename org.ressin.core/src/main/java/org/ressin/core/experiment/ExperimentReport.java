package org.ressin.core.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ressin.core.baseline.PaperTable2;
import org.ressin.core.eval.Metrics;
import org.ressin.core.eval.SampleStatistics;
import org.ressin.core.experiment.report.Report;
import org.ressin.core.experiment.report.Report.Block;
import org.ressin.core.labels.Target;
import org.ressin.core.net.ChannelSelection;
import org.ressin.core.synth.SyntheticPmemo;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The report of an experiment as a {@link Report}: settings, seed and machine; Tables 2 (top and bottom) and 1
 * next to the paper's numbers (and, on synthetic data, the generator's optimum); the figures; the wall time per
 * stage. Built from the store alone, so a resumed run reports exactly what a single run would.
 */
final class ExperimentReport {

    static final String TITLE = "Res-SIN experiment: the paper's Tables 1 and 2";

    private final ExperimentSettings settings;
    private final ExperimentStore store;
    private final Optional<JsonObject> optimum;

    ExperimentReport(ExperimentSettings settings, ExperimentStore store, ExperimentListener listener) {
        this.settings = settings;
        this.store = store;
        this.optimum = syntheticOptimum(settings.data(), listener);
    }

    /** The generator's optimum per target ({@code optimalAccuracy} of {@code synthetic_truth.json}), if any. */
    private static Optional<JsonObject> syntheticOptimum(Path data, ExperimentListener listener) {
        Path truth = data.resolve(SyntheticPmemo.TRUTH_FILE);
        if (!Files.isRegularFile(truth)) return Optional.empty();
        try {
            return Optional.of(JsonParser.parseString(Files.readString(truth)).getAsJsonObject()
                    .getAsJsonObject("optimalAccuracy"));
        } catch (IOException | RuntimeException e) {
            listener.warning(truth + " has no readable optimalAccuracy (" + e + "); no optimum shown");
            return Optional.empty();
        }
    }

    private double optimum(Target t, String key) {
        return optimum.map(o -> o.getAsJsonObject(t.lowerName()).get(key).getAsDouble()).orElse(Double.NaN);
    }

    /** The whole report. */
    Report build(ReportFigures.Figures figures, ExperimentRun run, double totalSeconds, double figureSeconds)
            throws IOException {
        Report.Builder r = new Report.Builder(TITLE);
        r.paragraph("Data: " + settings.data().toAbsolutePath().normalize(),
                "Grouping: " + settings.grouping().name().toLowerCase(Locale.ROOT) + "-grouped folds; "
                        + settings.folds() + " folds; seed " + settings.seed(),
                RunInfo.machine(),
                settings.quick() ? "Grid: quick (small network " + widths() + "; Table 2 top only for inputs "
                        + names(settings.inputs()) + ")"
                        : "Grid: full (paper network " + widths() + "; Table 2 top for " + names(settings.inputs()) + ")",
                settings.images().phasicMinMax()
                        ? "Signal images: every channel min-max normalised per recording (the method)"
                        : String.format(Locale.ROOT, "Signal images: phasic channel divided by the recording's mean "
                                + "tonic level and %s, clipped to [0, 1] (SCR amplitude kept; the method min-max "
                                + "normalises it); tonic and origin min-max", settings.phasicSpan()),
                "Paper numbers: Yin et al., ICIP 2019 (PMEmo, 10-fold cross-validation).");
        r.paragraph("Settings (as in " + ExperimentStore.SETTINGS_FILE + "):");
        r.add(new Report.Code(settings.toJson().toString()));
        if (optimum.isPresent()) {
            r.paragraph(String.format(Locale.ROOT, "Synthetic data: the generator knows the best possible "
                    + "(Bayes-optimal, user-independent) accuracy, shown as \"generator optimum\" so the learned "
                    + "accuracy can be judged against it. Chance (always the more frequent label): valence %.3f, "
                    + "arousal %.3f.", optimum(Target.VALENCE, "chance"), optimum(Target.AROUSAL, "chance")));
        }
        r.addAll(resultTables());
        r.heading("Figures");
        figures.decomposition().ifPresent(r::add);
        r.addAll(figures.signalImages());
        r.addAll(figures.losses());
        r.addAll(figures.confusions());
        r.addAll(wallTime(run, totalSeconds, figureSeconds));
        return r.build();
    }

    private String widths() {
        return settings.network().stageWidths().stream().map(String::valueOf).reduce((a, b) -> a + "-" + b)
                .orElse("") + ", " + settings.network().imageSize() + " px, " + settings.training().epochs() + " epochs";
    }

    private static String names(List<ChannelSelection> inputs) {
        return String.join(", ", inputs.stream().map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
    }

    /** Tables 2 (top, bottom) and 1 with their headings and notes: what the commands print at the end. */
    List<Block> resultTables() throws IOException {
        boolean synth = optimum.isPresent();
        List<Block> b = new ArrayList<>();
        b.add(new Report.Heading(2, "Table 2 (top): Res-SIN with fusion per input image"));
        List<String> head = new ArrayList<>(List.of("target", "input", "accuracy", "F1", "precision", "recall",
                "paper acc.", "paper F1", "paper prec.", "paper rec."));
        if (synth) head.add("generator optimum");
        List<List<String>> rows = new ArrayList<>();
        for (Target t : Target.values()) {
            for (ChannelSelection in : settings.inputs()) {
                JsonObject res = result(Configuration.resSin(t, in, true));
                Metrics p = PaperTable2.resSin(t, in);
                List<String> row = new ArrayList<>(List.of(t.lowerName(), in.name().toLowerCase(Locale.ROOT),
                        pm(res, "accuracy"), pm(res, "f1"), pm(res, "precision"), pm(res, "recall"), f4(p.accuracy()),
                        f4(p.f1()), f4(p.precision()), f4(p.recall())));
                if (synth) row.add(f4(optimum(t, "both")));
                rows.add(row);
            }
        }
        b.add(new Report.Table(head, rows));

        b.add(new Report.Heading(2, "Table 2 (bottom): feature ablation"));
        head = new ArrayList<>(List.of("target", "features", "accuracy", "F1", "paper acc."));
        if (synth) head.add("generator optimum");
        rows = new ArrayList<>();
        for (Target t : Target.values()) {
            Object[][] ablation = {
                {"EDA only (Res-SI, mix)", Configuration.resSin(t, ChannelSelection.MIX, false),
                    PaperTable2.edaOnlyAccuracy(t), "eda"},
                {"music only (SVM)", Configuration.musicSvm(t), PaperTable2.musicSvmAccuracy(t), "music"},
                {"fusion (Res-SIN, mix)", Configuration.resSin(t, ChannelSelection.MIX, true),
                    PaperTable2.resSin(t, ChannelSelection.MIX).accuracy(), "both"},
            };
            for (Object[] a : ablation) {
                JsonObject res = result((Configuration) a[1]);
                List<String> row = new ArrayList<>(List.of(t.lowerName(), (String) a[0], pm(res, "accuracy"),
                        pm(res, "f1"), f4((double) a[2])));
                if (synth) row.add(f4(optimum(t, (String) a[3])));
                rows.add(row);
            }
        }
        b.add(new Report.Table(head, rows));
        b.add(Report.Paragraph.of("Values: mean ± standard deviation over folds." + (synth
                ? " Generator optimum: the Bayes-optimal user-independent accuracy from synthetic_truth.json (fusion"
                        + " rows: music and EDA; the EDA optimum assumes the latent EDA value is seen exactly, so it is"
                        + " a ceiling for any model of the sampled signal)."
                : "")));

        b.addAll(pairedDifferences());

        b.add(new Report.Heading(2, "Table 1: regression pre-experiment (MLR, SVR)"));
        JsonObject reg = result(Configuration.regression());
        b.add(Report.Paragraph.of(reg.get("recordings").getAsInt() + " recordings; static ratings predicted from "
                + "low-passed, z-scored signals."));
        rows = new ArrayList<>();
        for (JsonElement e : reg.getAsJsonArray("cells")) {
            JsonObject c = e.getAsJsonObject();
            rows.add(List.of(c.get("method").getAsString(), c.get("input").getAsString(), c.get("target").getAsString(),
                    f4(num(c, "rmse")) + " ± " + f4(num(c, "rmseSd")), f4(num(c, "r")) + " ± " + f4(num(c, "rSd")),
                    f4(num(c, "paperRmse")), f4(num(c, "paperR"))));
        }
        b.add(new Report.Table(List.of("method", "input", "target", "RMSE", "Pearson r", "paper RMSE", "paper r"), rows));
        return b;
    }

    /**
     * Fusion against each single source fold by fold: every configuration uses the same folds, so the paired
     * differences show whether a mean gap is consistent or carried by one fold.
     */
    private List<Block> pairedDifferences() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (Target t : Target.values()) {
            double[] fusion = foldAccuracies(Configuration.resSin(t, ChannelSelection.MIX, true));
            Object[][] others = {
                {"fusion − EDA only", Configuration.resSin(t, ChannelSelection.MIX, false)},
                {"fusion − music only", Configuration.musicSvm(t)},
            };
            for (Object[] o : others) {
                double[] other = foldAccuracies((Configuration) o[1]);
                double[] d = new double[fusion.length];
                int above = 0;
                int below = 0;
                for (int k = 0; k < d.length; k++) {
                    d[k] = fusion[k] - other[k];
                    above += d[k] > 0 ? 1 : 0;
                    below += d[k] < 0 ? 1 : 0;
                }
                List<String> perFold = new ArrayList<>();
                for (double v : d) perFold.add(String.format(Locale.ROOT, "%+.3f", v));
                rows.add(List.of(t.lowerName(), (String) o[0], f4(SampleStatistics.mean(d)) + " ± " + f4(SampleStatistics.sd(d)),
                        above + " / " + (d.length - above - below) + " / " + below, String.join(" ", perFold)));
            }
        }
        return List.of(new Report.Heading(3, "Fusion against each source, fold by fold"),
                new Report.Table(List.of("target", "difference", "accuracy, mean ± sd", "folds above / level / below",
                        "per fold"), rows),
                Report.Paragraph.of("Accuracy differences on the same folds. A mean gap smaller than its sd, or folds "
                        + "below zero, means the comparison is not settled by this run."));
    }

    private double[] foldAccuracies(Configuration c) throws IOException {
        JsonArray folds = result(c).getAsJsonArray("folds");
        double[] a = new double[folds.size()];
        for (JsonElement e : folds) {
            JsonObject f = e.getAsJsonObject();
            a[f.get("fold").getAsInt() - 1] = f.get("accuracy").getAsDouble();
        }
        return a;
    }

    private List<Block> wallTime(ExperimentRun run, double totalSeconds, double figureSeconds) throws IOException {
        List<Block> b = new ArrayList<>();
        b.add(new Report.Heading(2, "Wall time per stage"));
        b.add(Report.Paragraph.of(String.format(Locale.ROOT, "This run: %.1f s in all.", totalSeconds)));
        List<List<String>> rows = new ArrayList<>();
        Optional<JsonObject> prep = store.getNote(ExperimentStages.PREPARATION);
        if (prep.isPresent()) {
            rows.add(List.of("preparation (cvxEDA, labels, images; " + prep.get().get("imaged").getAsInt()
                    + " recordings imaged)", f1(prep.get().get("seconds").getAsDouble()),
                    run.preparationSeconds() >= 0 ? "this run" : "earlier (resumed)"));
        }
        for (Configuration c : settings.configurations()) {
            rows.add(List.of(c.key(), f1(result(c).get("seconds").getAsDouble()), run.origin(c, settings.folds())));
        }
        rows.add(List.of("figures and report", f1(figureSeconds), "this run"));
        b.add(new Report.Table(List.of("stage", "seconds", "run"), rows));
        b.add(Report.Paragraph.of("Each configuration's metrics (mean, sd, per fold, confusion counts) are in "
                + "results/<stage>.json, with the mean training-loss curve of each Res-SIN configuration; each finished"
                + " Res-SIN fold is in results/<stage>/fold-<k>.json, so an interrupted run resumes at the next fold. "
                + "Resumed stages did not need the preparation; a run that trains anything prepares again and records "
                + "its time anew. A partly resumed stage's seconds include its earlier folds."));
        return b;
    }

    private JsonObject result(Configuration c) throws IOException {
        return store.get(c).orElseThrow(() -> new IllegalStateException(c.key() + " has no stored result"));
    }

    private static double num(JsonObject o, String key) {
        return o.get(key).isJsonNull() ? Double.NaN : o.get(key).getAsDouble();
    }

    private static String pm(JsonObject r, String metric) {
        return f4(r.get(metric).getAsDouble()) + " ± " + f4(r.getAsJsonObject("sd").get(metric).getAsDouble());
    }

    private static String f4(double v) { return String.format(Locale.ROOT, "%.4f", v); }

    private static String f1(double v) { return String.format(Locale.ROOT, "%.1f", v); }
}
