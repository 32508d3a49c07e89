package org.ressin.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class PmemoCommandsTest {

    @TempDir
    Path tmp;

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(PmemoCommandsTest.class.getResource("/pmemo/" + name).toURI());
    }

    @Test
    void synthThenInfo() {
        Path out = tmp.resolve("synth");
        CliRun synth = CliRun.of("synth", "--out", out.toString(), "--subjects", "4", "--songs", "6",
                "--recordings-per-subject", "3", "--features", "8", "--seed", "5", "--max-duration", "40");
        assertEquals(0, synth.code(), synth.err());
        assertTrue(synth.out().contains("Wrote 12 recordings (4 subjects x 6 songs"), synth.out());
        assertTrue(Files.exists(out.resolve("synthetic_truth.json")));

        CliRun text = CliRun.of("info", out.toString());
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().matches("(?s).*recordings:\\s+12\\n.*"), text.out());
        assertTrue(text.out().matches("(?s).*sampling rate:\\s+50 Hz\\n.*"), text.out());
        assertTrue(text.out().contains("yes (8 features, 6 songs)"), text.out());

        CliRun json = CliRun.of("info", out.toString(), "--json");
        assertEquals(0, json.code(), json.err());
        JsonObject j = JsonParser.parseString(json.out()).getAsJsonObject();
        assertEquals(12, j.get("recordings").getAsInt());
        assertEquals(4, j.get("subjects").getAsInt());
        assertEquals(50, j.get("samplingRateHz").getAsInt());
        assertEquals(0, j.get("recordingsShorterThan15s").getAsInt());
        assertTrue(j.get("hasSubjectAnnotations").getAsBoolean());
        assertEquals(8, j.get("featureCount").getAsInt());
    }

    @Test
    void synthRefusesANonEmptyFolder() throws IOException {
        Path out = tmp.resolve("mine");
        Files.createDirectories(out);
        Files.writeString(out.resolve("thesis.tex"), "precious");
        CliRun r = CliRun.of("synth", "--out", out.toString(), "--subjects", "2", "--songs", "3");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("ressin synth: " + out + ": folder is not empty"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertEquals("precious", Files.readString(out.resolve("thesis.tex")));
    }

    @Test
    void infoOfTheFixtureAsJson() throws URISyntaxException {
        CliRun r = CliRun.of("info", "--json", fixture("good").toString());
        assertEquals(0, r.code(), r.err());
        JsonObject j = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(3, j.get("songs").getAsInt());
        assertEquals(4, j.get("subjects").getAsInt());
        assertEquals(7, j.get("recordings").getAsInt());
        assertEquals(25, j.get("totalSamples").getAsLong());
        assertEquals(50, j.get("samplingRateHz").getAsInt());
        assertEquals(7, j.get("recordingsShorterThan15s").getAsInt());
        assertEquals(2, j.get("missingValues").getAsInt());
        assertEquals(0, j.get("songsWithoutAnnotation").getAsInt());
        assertTrue(j.get("hasSubjectAnnotations").getAsBoolean());
        assertTrue(j.get("hasMusicFeatures").getAsBoolean());
        assertEquals(3, j.get("featureCount").getAsInt());
        assertEquals(1, j.getAsJsonObject("issues").get("annotatedSongsWithoutEda").getAsInt());
    }

    @Test
    void infoReportsMixedRatesAndNotes() throws URISyntaxException {
        CliRun r = CliRun.of("info", "--notes", fixture("variants").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("mixed: 1 Hz (1 file), 50 Hz (1 file)"), r.out());
        assertTrue(r.out().contains("note: 7_EDA.csv: the time column gives 1 Hz, expected 50 Hz"), r.out());
        assertTrue(r.out().contains("per-subject annotations:       yes (ratings_by_subject.csv, 3 ratings)"), r.out());
    }

    @Test
    void infoOfAMissingFolderIsOneLineAndExit1() {
        Path nowhere = tmp.resolve("nowhere");
        CliRun r = CliRun.of("info", nowhere.toString());
        assertEquals(1, r.code());
        assertEquals("ressin info: " + nowhere + ": folder not found", r.err().strip());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void infoOfABrokenFileNamesFileLineAndColumn() throws IOException, URISyntaxException {
        Path root = tmp.resolve("broken");
        Files.createDirectories(root.resolve("EDA"));
        Files.createDirectories(root.resolve("annotations"));
        Files.writeString(root.resolve("EDA/4_EDA.csv"), "time,100001\n0.00,1.0\n0.02,?\n");
        Files.writeString(root.resolve("annotations/static_annotations.csv"), "musicId,Arousal(mean),Valence(mean)\n4,0.5,0.5\n");
        CliRun r = CliRun.of("info", root.toString(), "--json");
        assertEquals(1, r.code());
        assertEquals("ressin info: " + root.resolve("EDA/4_EDA.csv") + ", line 3, column 2 \"100001\": \"?\" is not a "
                + "number (empty, NaN or nan mark a missing value)", r.err().strip());
        assertEquals("", r.out());
    }

    @Test
    void badArgumentsPrintUsageAndExit2() {
        CliRun missing = CliRun.of("synth");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("Missing required option: '--out=DIR'"), missing.err());
        assertTrue(missing.err().contains("Usage: ressin synth"), missing.err());

        CliRun invalid = CliRun.of("synth", "--out", tmp.resolve("x").toString(), "--subjects", "0");
        assertEquals(2, invalid.code());
        assertTrue(invalid.err().contains("Invalid setting: subjects must be at least 1, was 0"), invalid.err());
        assertFalse(Files.exists(tmp.resolve("x")));

        CliRun notANumber = CliRun.of("synth", "--out", "x", "--songs", "many");
        assertEquals(2, notANumber.code());
        assertTrue(notANumber.err().contains("'many' is not an int"), notANumber.err());

        CliRun kind = CliRun.of("info", tmp.toString(), "--first-column", "rows");
        assertEquals(2, kind.code());
        assertTrue(kind.err().contains("--first-column must be auto, time or index, was rows"), kind.err());

        CliRun noDir = CliRun.of("info");
        assertEquals(2, noDir.code());
        assertTrue(noDir.err().contains("Missing required parameter: 'DIR'"), noDir.err());
    }
}
