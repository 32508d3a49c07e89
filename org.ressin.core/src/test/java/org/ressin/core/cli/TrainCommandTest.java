package org.ressin.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ressin.core.synth.SynthSettings;
import org.ressin.core.synth.SyntheticPmemo;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** train and predict end to end on a tiny generated dataset (small network, 16 px, one epoch). */
class TrainCommandTest {

    @TempDir
    static Path tmp;
    static Path data;

    private static final String[] QUICK = {"--preset", "small", "--image-size", "16", "--epochs", "1"};

    @BeforeAll
    static void generate() throws IOException {
        data = tmp.resolve("pmemo");
        new SyntheticPmemo(SynthSettings.defaults().withSize(6, 8).withSeed(5)).writeTo(data);
    }

    private static CliRun train(String... extra) {
        String[] args = concat(new String[] {"train", "--data", data.toString(), "--target", "arousal"}, QUICK, extra);
        return CliRun.of(args);
    }

    @Test
    void crossValidationPrintsMeansAndFoldsAsJsonAndRepeatsWithTheSeed() {
        CliRun first = train("--folds", "2", "--json", "--seed", "7");
        assertEquals(0, first.code(), first.err());
        JsonObject o = JsonParser.parseString(first.out()).getAsJsonObject();
        for (String key : List.of("accuracy", "f1", "precision", "recall")) {
            double v = o.get(key).getAsDouble();
            assertTrue(v >= 0 && v <= 1, key + " = " + v);
        }
        assertEquals(2, o.getAsJsonArray("folds").size());
        double meanOfFolds = (o.getAsJsonArray("folds").get(0).getAsJsonObject().get("accuracy").getAsDouble()
                + o.getAsJsonArray("folds").get(1).getAsJsonObject().get("accuracy").getAsDouble()) / 2;
        assertEquals(meanOfFolds, o.get("accuracy").getAsDouble(), 1e-12);
        assertEquals("subject", o.get("grouping").getAsString());

        assertEquals(first.out(), train("--folds", "2", "--json", "--seed", "7").out(), "same seed, same numbers");
    }

    @Test
    void savedModelPredictsEveryRecording() throws IOException {
        Path model = tmp.resolve("model.zip");
        CliRun saved = train("--save", model.toString(), "--no-fusion", "--input", "phasic");
        assertEquals(0, saved.code(), saved.err());
        Path predictions = tmp.resolve("predictions.csv");
        CliRun predict = CliRun.of("predict", "--model", model.toString(), "--data", data.toString(), "--output",
                predictions.toString());
        assertEquals(0, predict.code(), predict.err());
        List<String> lines = Files.readAllLines(predictions);
        assertEquals("musicId,subjectId,probability_high,label", lines.get(0));
        assertTrue(lines.size() > 10);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            double p = Double.parseDouble(f[2]);
            assertTrue(p >= 0 && p <= 1);
            assertEquals(p > 0.5 ? "1" : "0", f[3], line);
        }
    }

    @Test
    void refusesToWriteIntoTheDatasetAndNamesBadOptions() {
        CliRun inside = train("--save", data.resolve("model.zip").toString());
        assertEquals(2, inside.code());
        assertTrue(inside.err().contains("inside the dataset folder"), inside.err());
        CliRun badTarget = CliRun.of("train", "--data", data.toString(), "--target", "joy");
        assertEquals(2, badTarget.code());
        assertTrue(badTarget.err().contains("--target must be valence or arousal"), badTarget.err());
        assertEquals(2, train("--grouping", "song").code());
        CliRun missing = CliRun.of("train", "--data", tmp.resolve("nope").toString(), "--target", "valence");
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("nope"), missing.err());
    }

    private static String[] concat(String[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }
}
