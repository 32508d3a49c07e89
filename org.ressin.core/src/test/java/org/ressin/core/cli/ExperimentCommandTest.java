package org.ressin.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ressin.core.eval.Grouping;
import org.ressin.core.experiment.Configuration;
import org.ressin.core.experiment.Experiment;
import org.ressin.core.experiment.ExperimentListener;
import org.ressin.core.experiment.ExperimentSettings;
import org.ressin.core.experiment.plot.SignalImageGallery;
import org.ressin.core.synth.SynthSettings;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.ressin.core.synth.SyntheticPmemo;

/** experiment --quick end to end on a tiny generated dataset: report, HTML, figures; resume per configuration and per fold; refusals. */
class ExperimentCommandTest {

    @TempDir
    static Path tmp;
    static Path data;

    @BeforeAll
    static void generate() throws IOException {
        data = tmp.resolve("pmemo");
        new SyntheticPmemo(SynthSettings.defaults().withSize(6, 8).withSeed(5)).writeTo(data);
    }

    private static CliRun experiment(Path out, String... extra) {
        String[] base = {"experiment", "--data", data.toString(), "--out", out.toString(), "--quick",
            "--image-size", "16", "--epochs", "1", "--folds", "2", "--seed", "3"};
        return CliRun.of(Stream.concat(Stream.of(base), Stream.of(extra)).toArray(String[]::new));
    }

    @Test
    void quickRunWritesTheTablesNextToThePapersAndAResumeRerunsNothing() throws IOException {
        Path out = tmp.resolve("report");
        CliRun first = experiment(out);
        assertEquals(0, first.code(), first.err());
        String report = Files.readString(out.resolve("report.md"));
        for (String row : List.of("| valence | mix |", "| arousal | phasic |", "| valence | EDA only (Res-SI, mix) |",
                "| arousal | music only (SVM) |", "| arousal | fusion (Res-SIN, mix) |", "| MLR | phasic | valence |")) {
            assertTrue(report.contains(row), "report lacks " + row + ":\n" + report);
            assertTrue(first.out().contains(row), "printed table lacks " + row);
        }
        // the paper's numbers: mix valence accuracy, EDA-only arousal, music SVM valence, Table 1 SVR raw arousal RMSE
        for (String paper : List.of("0.7343", "0.5724", "0.7043", "0.1940")) {
            assertTrue(report.contains(paper), "report lacks paper number " + paper);
        }
        // published valence/mix row in the column order accuracy, F1, precision, recall
        assertTrue(report.contains("| 0.7343 | 0.7754 | 0.8364 | 0.7227 |"), report);
        assertTrue(report.contains("generator optimum"), "synthetic data: optimum column expected");
        // paired per-fold differences: two folds, so two signed values per row, and counts that add up to two
        var paired = java.util.regex.Pattern.compile("\\| arousal \\| fusion − music only \\| (-?\\d\\.\\d{4}) ± "
                + "\\d\\.\\d{4} \\| (\\d) / (\\d) / (\\d) \\| ([+-]\\d\\.\\d{3}) ([+-]\\d\\.\\d{3}) \\|").matcher(report);
        assertTrue(paired.find(), "paired fold differences expected:\n" + report);
        assertEquals(2, Integer.parseInt(paired.group(2)) + Integer.parseInt(paired.group(3))
                + Integer.parseInt(paired.group(4)));
        assertEquals((Double.parseDouble(paired.group(5)) + Double.parseDouble(paired.group(6))) / 2,
                Double.parseDouble(paired.group(1)), 0.0011);
        assertTrue(first.out().contains("| valence | fusion − EDA only |"), first.out());
        assertTrue(report.contains("seed 3") && report.contains("subject-grouped") && report.contains("cores"));
        assertFalse(report.contains("| valence | origin |"), "the quick grid leaves out origin");
        assertTrue(report.contains("every channel min-max normalised per recording (the method)")
                && !report.contains("\"phasicSpan\""), "the quick grid makes the method's images: " + report);
        assertTrue(first.err().contains("res-sin-fusion-mix-valence: fold 2/2"), first.err());
        String html = Files.readString(out.resolve("report.html"));
        for (String[] png : new String[][] {{"loss-valence.png", "640", "400"}, {"loss-arousal.png", "640", "400"},
            {"decomposition.png", "800", "620"}, {"confusion-valence.png", "420", "340"},
            {"confusion-arousal.png", "420", "340"},
            {"images-valence.png", "" + SignalImageGallery.width(4), "" + SignalImageGallery.height()},
            {"images-arousal.png", "" + SignalImageGallery.width(4), "" + SignalImageGallery.height()}}) {
            assertTrue(report.contains("](" + png[0] + ")"), "report.md links " + png[0]);
            assertTrue(html.contains("<img src=\"" + png[0] + "\""), "report.html shows " + png[0]);
            var img = javax.imageio.ImageIO.read(out.resolve(png[0]).toFile());
            assertEquals(Integer.parseInt(png[1]), img.getWidth(), png[0]);
            assertEquals(Integer.parseInt(png[2]), img.getHeight(), png[0]);
        }
        // the same tables in both formats
        assertTrue(html.contains("<td>valence</td><td>EDA only (Res-SI, mix)</td>"), html);
        assertTrue(html.contains("<td>0.7343</td><td>0.7754</td><td>0.8364</td><td>0.7227</td>"), html);
        assertTrue(html.contains("seed 3") && html.contains("Wall time per stage"), html);
        JsonObject pooled = JsonParser.parseString(Files.readString(out.resolve("results/res-sin-fusion-mix-valence.json")))
                .getAsJsonObject().getAsJsonObject("confusion");
        int total = pooled.get("tp").getAsInt() + pooled.get("fp").getAsInt() + pooled.get("tn").getAsInt()
                + pooled.get("fn").getAsInt();
        var examples = java.util.regex.Pattern.compile("stage: res-sin-fusion-mix-valence \\((\\d+) examples")
                .matcher(first.err());
        assertTrue(examples.find(), first.err());
        assertEquals(Integer.parseInt(examples.group(1)), total, "the pooled confusion counts every example once");
        assertTrue(Files.isRegularFile(out.resolve("results/res-sin-fusion-mix-valence/fold-2.json")));
        Path stored = out.resolve("results/res-sin-fusion-mix-valence.json");
        assertTrue(Files.isRegularFile(stored));
        assertTrue(Files.readString(stored).contains("meanLossCurve"));

        FileTime before = Files.getLastModifiedTime(stored);
        CliRun second = experiment(out);
        assertEquals(0, second.code(), second.err());
        assertTrue(second.err().contains("already in"), second.err());
        assertFalse(second.err().contains("fold 1/2"), "a resumed run trains nothing");
        assertEquals(before, Files.getLastModifiedTime(stored));
        assertTrue(report.contains("| res-sin-fusion-mix-valence |") && report.contains("| this run |")
                && report.contains("| preparation (cvxEDA"), report);
        String resumed = Files.readString(out.resolve("report.md"));
        assertTrue(resumed.contains("| res-sin-fusion-mix-valence | ") && resumed.contains("| earlier (resumed) |")
                && !resumed.contains("| this run (") && resumed.contains("| figures and report |"), resumed);
        assertEquals(1, count(resumed, "| this run |"), "only the figures are redrawn: " + resumed);
        assertEquals(tableOf(first.out()), tableOf(second.out()), "resumed tables equal the first run's");

        CliRun amplitude = experiment(out, "--phasic-span", "0.5"); // other images: not resumed as the same experiment
        assertEquals(2, amplitude.code());
        assertTrue(amplitude.err().contains("other settings"), amplitude.err());
        CliRun negative = experiment(tmp.resolve("negative-span"), "--phasic-span", "-1");
        assertEquals(2, negative.code());
        assertTrue(negative.err().contains("phasicSpan"), negative.err());

        interruptedAtFoldTwoResumesThereAndEndsWithTheUninterruptedNumbers(out);
    }

    /**
     * Stops a run in fold 2 of its first configuration, resumes it with the command, and checks that fold 1 was not
     * trained again and that every stored number equals the uninterrupted run's in {@code reference}.
     */
    private void interruptedAtFoldTwoResumesThereAndEndsWithTheUninterruptedNumbers(Path reference) throws IOException {
        Path out = tmp.resolve("interrupted");
        ExperimentSettings settings = ExperimentSettings.of(data, true, 2, Grouping.SUBJECT, 16, 1, 3);
        String first = "res-sin-fusion-phasic-valence";
        RuntimeException stop = assertThrows(RuntimeException.class, () -> Experiment.run(settings, out,
                new ExperimentListener() {
                    @Override
                    public void stage(String line) {}

                    @Override
                    public void progress(String what, long done, long total, String detail) {
                        if (what.equals(first + ", fold 2/2")) throw new IllegalStateException("interrupted");
                    }
                }));
        assertEquals("interrupted", stop.getMessage());
        Path fold1 = out.resolve("results/" + first + "/fold-1.json");
        assertTrue(Files.isRegularFile(fold1));
        assertFalse(Files.exists(out.resolve("results/" + first + "/fold-2.json")));
        assertFalse(Files.exists(out.resolve("results/" + first + ".json")));
        String fold1Before = Files.readString(fold1);

        CliRun resumed = experiment(out);
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.err().contains(first + ": fold 1/2 already in"), resumed.err());
        assertFalse(resumed.err().contains(first + ": fold 1/2\n"), "fold 1 must not be trained again");
        assertTrue(resumed.err().contains(first + ": fold 2/2\n"), resumed.err());
        assertEquals(fold1Before, Files.readString(fold1));
        assertTrue(Files.readString(out.resolve("report.md")).contains("| this run (1 of 2 folds resumed) |"));
        for (Configuration c : settings.configurations()) {
            JsonObject a = withoutTimes(reference.resolve("results/" + c.key() + ".json"));
            JsonObject b = withoutTimes(out.resolve("results/" + c.key() + ".json"));
            assertEquals(a, b, c.key() + ": resumed result differs from the uninterrupted run");
        }
    }

    private static JsonObject withoutTimes(Path p) throws IOException {
        JsonObject o = JsonParser.parseString(Files.readString(p)).getAsJsonObject();
        o.remove("seconds");
        o.remove("foldsResumed");
        return o;
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) n++;
        return n;
    }

    private static String tableOf(String out) {
        return out.substring(0, out.indexOf("report:"));
    }

    @Test
    void bothGridsMakeTheMethodsImagesUnlessAmplitudeScalingIsAskedFor() {
        ExperimentSettings full = ExperimentSettings.of(data, false, null, Grouping.SUBJECT, null, null, 1);
        assertTrue(full.images().phasicMinMax(), "the full grid makes the method's min-max images");
        assertEquals(224, full.images().size());
        assertFalse(full.toJson().has("phasicSpan"), "reports made before the option still resume");
        ExperimentSettings quick = ExperimentSettings.of(data, true, null, Grouping.SUBJECT, null, null, 1);
        assertTrue(quick.images().phasicMinMax(), "the quick grid makes the method's min-max images");
        assertEquals(ExperimentSettings.QUICK_SIZE, quick.images().size());
        ExperimentSettings amplitude = quick.withPhasicSpan(ExperimentSettings.AMPLITUDE_PHASIC_SPAN);
        assertEquals(0.5, amplitude.images().phasicSpan());
        assertEquals(0.5, amplitude.toJson().get("phasicSpan").getAsDouble());
    }

    @Test
    void refusesAReportInsideTheDatasetAForeignFolderAndOtherSettings() throws IOException {
        CliRun inside = experiment(data.resolve("report"));
        assertEquals(2, inside.code());
        assertTrue(inside.err().contains("inside the dataset folder"), inside.err());
        assertFalse(Files.exists(data.resolve("report")));

        Path foreign = tmp.resolve("foreign");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        CliRun refused = experiment(foreign);
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("not an experiment report"), refused.err());
        try (var files = Files.list(foreign)) {
            assertEquals(List.of(foreign.resolve("notes.txt")), files.toList());
        }

        Path other = tmp.resolve("other");
        Files.createDirectories(other);
        Files.writeString(other.resolve(org.ressin.core.experiment.ExperimentStore.SETTINGS_FILE), "{\"seed\": 1}");
        CliRun mismatch = experiment(other);
        assertEquals(2, mismatch.code());
        assertTrue(mismatch.err().contains("other settings"), mismatch.err());
        assertNotEquals(true, Files.exists(other.resolve("results")));
    }
}
