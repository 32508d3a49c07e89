package org.ressin.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ressin.core.experiment.DemoSettings;

/** demo end to end on a tiny generated dataset (2 folds, one epoch, 16 px): the quick experiment's code path. */
class DemoCommandTest {

    @TempDir
    Path tmp;

    @Test
    void generatesDataRunsTheQuickExperimentAndNeverOverwritesAnEarlierDemo() throws IOException {
        Path out = tmp.resolve("demo");
        Files.createDirectories(out);
        Files.writeString(out.resolve("earlier.txt"), "an earlier demo's file");
        CliRun demo = CliRun.of("demo", "--out", out.toString(), "--subjects", "4", "--songs", "6", "--folds", "2",
                "--epochs", "1", "--image-size", "16", "--phasic-span", "0.5");
        assertEquals(0, demo.code(), demo.err());
        Path dir = tmp.resolve("demo-2");
        assertEquals("an earlier demo's file", Files.readString(out.resolve("earlier.txt")));
        for (String row : new String[] {"| valence | fusion (Res-SIN, mix) |", "| arousal | EDA only (Res-SI, mix) |",
            "| arousal | music only (SVM) |", "| valence | phasic |", "| SVR | tonic | arousal |"}) {
            assertTrue(demo.out().contains(row), "printed table lacks " + row + ":\n" + demo.out());
        }
        assertTrue(demo.out().contains("generator optimum"), demo.out());
        assertTrue(demo.out().contains("report: " + dir.resolve("report/report.md")), demo.out());
        assertTrue(Files.exists(dir.resolve("data/synthetic_truth.json")));
        String report = Files.readString(dir.resolve("report/report.md"));
        assertTrue(report.contains("generator optimum") && report.contains("Chance (always the more frequent label)"),
                report);
        assertTrue(Files.isRegularFile(dir.resolve("report/report.html")));
        assertTrue(report.contains("phasic channel divided by the recording's mean tonic level and 0.5"), report);
    }

    @Test
    void theDemoRunsTheMethodsImagesByDefault() {
        DemoSettings defaults = DemoSettings.defaults();
        assertTrue(defaults.experiment(tmp).images().phasicMinMax());
        assertEquals(0.5, new DemoSettings(40, 80, 1, 5, 8, 32, 0.5).experiment(tmp).images().phasicSpan());
    }
}
