package org.ressin.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import org.ressin.core.synth.SynthSettings;
import org.ressin.core.synth.SyntheticPmemo;

/** experiment --quick end to end on a tiny generated dataset; resume; refusals. */
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
        assertTrue(report.contains("seed 3") && report.contains("subject-grouped") && report.contains("cores"));
        assertFalse(report.contains("| valence | origin |"), "the quick grid leaves out origin");
        assertTrue(first.err().contains("fold 2/2"), first.err());
        for (String png : List.of("loss-valence.png", "loss-arousal.png")) {
            assertTrue(report.contains("](" + png + ")"), "report links " + png);
            var img = javax.imageio.ImageIO.read(out.resolve(png).toFile());
            assertEquals(640, img.getWidth(), png);
        }
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
        assertTrue(resumed.contains("earlier (resumed)") && !resumed.contains("| this run |"), resumed);
        assertEquals(tableOf(first.out()), tableOf(second.out()), "resumed tables equal the first run's");
    }

    private static String tableOf(String out) {
        return out.substring(0, out.indexOf("report:"));
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
        Files.writeString(other.resolve(ExperimentResults.SETTINGS_FILE), "{\"seed\": 1}");
        CliRun mismatch = experiment(other);
        assertEquals(2, mismatch.code());
        assertTrue(mismatch.err().contains("other settings"), mismatch.err());
        assertNotEquals(true, Files.exists(other.resolve("results")));
    }
}
