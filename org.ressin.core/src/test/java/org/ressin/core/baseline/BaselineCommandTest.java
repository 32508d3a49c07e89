package org.ressin.core.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ressin.core.cli.Main;
import org.ressin.core.synth.SynthSettings;
import org.ressin.core.synth.SyntheticPmemo;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import picocli.CommandLine;

/** ressin baseline music|regression end to end on a tiny generated dataset (6 subjects x 8 songs). */
class BaselineCommandTest {

    @TempDir
    static Path tmp;
    static Path data;

    record Run(int code, String out, String err) {}

    @BeforeAll
    static void generate() throws IOException {
        data = tmp.resolve("pmemo");
        new SyntheticPmemo(SynthSettings.defaults().withSize(6, 8).withSeed(5)).writeTo(data);
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void musicPrintsMeansFoldsAndTheOptimumAsJsonAndRepeats() {
        Run first = run("baseline", "music", "--data", data.toString(), "--target", "arousal", "--folds", "3", "--json");
        assertEquals(0, first.code(), first.err());
        JsonObject o = JsonParser.parseString(first.out()).getAsJsonObject();
        for (String key : List.of("accuracy", "f1", "precision", "recall")) {
            double v = o.get(key).getAsDouble();
            assertTrue(v >= 0 && v <= 1, key + " = " + v);
        }
        JsonArray folds = o.getAsJsonArray("folds");
        assertEquals(3, folds.size());
        double mean = 0;
        for (JsonElement f : folds) mean += f.getAsJsonObject().get("accuracy").getAsDouble() / 3;
        assertEquals(mean, o.get("accuracy").getAsDouble(), 1e-12);
        assertEquals("prepared", o.get("examples").getAsString());
        assertEquals(48, o.get("recordings").getAsInt());
        assertEquals(1.0 / 32, o.get("gamma").getAsDouble(), 1e-15);
        assertEquals(0.7149, o.get("paperAccuracy").getAsDouble());
        assertTrue(o.has("syntheticOptimumAccuracy"));

        Run again = run("baseline", "music", "--data", data.toString(), "--target", "arousal", "--folds", "3", "--json");
        assertEquals(first.out(), again.out(), "same seed, same numbers");
        // without decomposing: the same recordings here (none is too short), so the same folds and numbers
        Run rated = run("baseline", "music", "--data", data.toString(), "--target", "arousal", "--folds", "3", "--json",
                "--examples", "rated");
        assertEquals(0, rated.code(), rated.err());
        JsonObject r = JsonParser.parseString(rated.out()).getAsJsonObject();
        assertEquals(o.get("accuracy").getAsDouble(), r.get("accuracy").getAsDouble(), 0.0);
    }

    @Test
    void musicTable() {
        Run text = run("baseline", "music", "--data", data.toString(), "--target", "valence", "--folds", "2",
                "--examples", "rated", "--kernel", "linear", "--grouping", "record");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("linear kernel") && text.out().contains("recording-grouped"), text.out());
        assertTrue(text.out().contains("paper (PMEmo)       0.7043"), text.out());
    }

    @Test
    void regressionPrintsEveryCellWithThePapersFigures() {
        Run json = run("baseline", "regression", "--data", data.toString(), "--folds", "3", "--points", "10", "--json");
        assertEquals(0, json.code(), json.err());
        JsonObject o = JsonParser.parseString(json.out()).getAsJsonObject();
        assertEquals(48, o.get("recordings").getAsInt());
        assertEquals(10, o.get("points").getAsInt());
        JsonArray cells = o.getAsJsonArray("cells");
        assertEquals(12, cells.size());
        Set<String> seen = new HashSet<>();
        for (JsonElement e : cells) {
            JsonObject c = e.getAsJsonObject();
            seen.add(c.get("method").getAsString() + " " + c.get("input").getAsString() + " " + c.get("target").getAsString());
            double rmse = c.get("rmse").getAsDouble();
            assertTrue(rmse > 0 && rmse < 1, "ratings are in [0, 1]: RMSE " + rmse);
            assertEquals(3, c.getAsJsonArray("folds").size());
            assertTrue(c.get("paperRmse").getAsDouble() > 0.13);
        }
        assertTrue(seen.contains("mlr raw arousal") && seen.contains("svr phasic valence"), seen.toString());
        JsonObject mlrRawArousal = cells.asList().stream().map(JsonElement::getAsJsonObject)
                .filter(c -> c.get("method").getAsString().equals("mlr") && c.get("input").getAsString().equals("raw")
                        && c.get("target").getAsString().equals("arousal")).findFirst().orElseThrow();
        assertEquals(0.1860, mlrRawArousal.get("paperRmse").getAsDouble());
        assertEquals(0.0110, mlrRawArousal.get("paperR").getAsDouble());

        Run text = run("baseline", "regression", "--data", data.toString(), "--folds", "2", "--points", "10");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("MLR     raw     valence"), text.out());
        assertEquals(2 + 12, text.out().lines().filter(l -> !l.startsWith("*")).count(), text.out());
    }

    @Test
    void badOptionsAndDataAreNamed() throws IOException {
        Run target = run("baseline", "music", "--data", data.toString(), "--target", "joy");
        assertEquals(2, target.code());
        assertTrue(target.err().contains("--target must be valence or arousal, was 'joy'"), target.err());
        Run points = run("baseline", "regression", "--data", data.toString(), "--points", "0");
        assertEquals(2, points.code());
        assertTrue(points.err().contains("--points must be at least 1"), points.err());
        Run cutoff = run("baseline", "regression", "--data", data.toString(), "--cutoff", "30");
        assertEquals(1, cutoff.code());
        assertTrue(cutoff.err().contains("recording ") && cutoff.err().contains("between 0 and 25.0 Hz"), cutoff.err());
        Run kernel = run("baseline", "music", "--data", data.toString(), "--target", "valence", "--kernel", "poly");
        assertEquals(2, kernel.code());
        assertTrue(kernel.err().contains("--kernel must be rbf or linear"), kernel.err());

        Path noFeatures = tmp.resolve("no-features");
        new SyntheticPmemo(SynthSettings.defaults().withSize(4, 4).withSeed(2)).writeTo(noFeatures);
        Files.delete(noFeatures.resolve("features/static_features.csv"));
        Run music = run("baseline", "music", "--data", noFeatures.toString(), "--target", "valence", "--examples", "rated");
        assertEquals(1, music.code());
        assertTrue(music.err().contains("needs features/static_features.csv"), music.err());

        Run tooLong = run("baseline", "regression", "--data", noFeatures.toString(), "--folds", "2", "--points", "100000");
        assertEquals(1, tooLong.code());
        assertTrue(tooLong.err().contains("too short") && tooLong.err().contains("100000 points"), tooLong.err());
    }
}
