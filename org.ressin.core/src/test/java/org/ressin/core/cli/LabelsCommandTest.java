package org.ressin.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LabelsCommandTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new Main());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return new Run(cmd.execute(args), out.toString(), err.toString());
    }

    /**
     * Songs 1-4; subject 11 rates all four, subject 12 only song 1, subject 13 has recordings of songs 1 and 2
     * but no own ratings (so gets the song means).
     */
    private Path dataset() throws IOException {
        Path root = dir.resolve("PMEmo2019");
        Files.createDirectories(root.resolve("EDA"));
        Files.createDirectories(root.resolve("annotations"));
        Files.writeString(root.resolve("EDA/1_EDA.csv"), "time,11,12,13\n0.00,1,2,3\n0.02,1,2,3\n");
        Files.writeString(root.resolve("EDA/2_EDA.csv"), "time,11,13\n0.00,1,3\n0.02,1,3\n");
        Files.writeString(root.resolve("EDA/3_EDA.csv"), "time,11\n0.00,1\n0.02,1\n");
        Files.writeString(root.resolve("EDA/4_EDA.csv"), "time,11\n0.00,1\n0.02,1\n");
        Files.writeString(root.resolve("annotations/static_annotations.csv"),
                "musicId,Arousal(mean),Valence(mean)\n1,0.6,0.3\n2,0.4,0.7\n3,0.5,0.5\n4,0.5,0.5\n");
        Files.writeString(root.resolve("annotations/static_annotations_subjects.csv"),
                "musicId,subjectId,Arousal,Valence\n1,11,0.1,0.1\n2,11,0.1,0.2\n3,11,0.1,0.8\n4,11,0.9,0.9\n"
                        + "1,12,0.3,0.6\n");
        return root;
    }

    private static Map<String, String[]> rows(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        assertEquals("musicId,subjectId,valence,arousal,valence_label,arousal_label,valence_threshold,"
                + "arousal_threshold,rule", lines.get(0));
        Map<String, String[]> rows = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            rows.put(cells[0] + "/" + cells[1], cells);
        }
        return rows;
    }

    @Test
    void labelsByHand() throws IOException {
        Path out = dir.resolve("labels.csv");
        Run r = run("labels", "--data", dataset().toString(), "--output", out.toString(), "--min-ratings", "2");
        assertEquals(0, r.exit(), r.err());
        Map<String, String[]> rows = rows(out);
        assertEquals(7, rows.size());
        // subject 11: valence {.1,.2}|{.8,.9} -> .5; arousal {.1,.1,.1}|{.9} -> .5
        String[] s11 = rows.get("3/11");
        assertEquals("1", s11[4]);
        assertEquals("0", s11[5]);
        assertEquals(0.5, Double.parseDouble(s11[6]), 1e-12);
        assertEquals(0.5, Double.parseDouble(s11[7]), 1e-12);
        assertEquals("personal", s11[8]);
        // subject 13: song means, valence {.3}|{.7} -> .5, arousal {.4}|{.6} -> .5
        String[] s13 = rows.get("2/13");
        assertEquals("0.7", s13[2]);
        assertEquals("1", s13[4]);
        assertEquals("0", s13[5]);
        assertEquals("personal", s13[8]);
        // subject 12: one rating -> global. Valence over {.1,.2,.3,.6,.7,.8,.9}: {.1,.2,.3}|rest -> .2, .75 -> .475;
        // arousal over {.1,.1,.1,.3,.4,.6,.9}: {.1,.1,.1,.3,.4}|{.6,.9} (SSE .08 + .045) -> .2, .75 -> .475
        String[] s12 = rows.get("1/12");
        assertEquals(0.475, Double.parseDouble(s12[6]), 1e-12);
        assertEquals(0.475, Double.parseDouble(s12[7]), 1e-12);
        assertEquals("1", s12[4]); // .6 > .475
        assertEquals("0", s12[5]); // .3 < .475
        assertEquals("global:too-few-ratings", s12[8]);
        assertTrue(r.out().contains("2 with own ratings, 1 from song means"), r.out());
    }

    @Test
    void excludeFallback() throws IOException {
        Path out = dir.resolve("labels.csv");
        Run r = run("labels", "--data", dataset().toString(), "--output", out.toString(), "--min-ratings", "2",
                "--fallback", "exclude");
        assertEquals(0, r.exit(), r.err());
        Map<String, String[]> rows = rows(out);
        assertEquals(6, rows.size());
        assertFalse(rows.containsKey("1/12"));
        assertTrue(r.err().contains("too-few-ratings"), r.err());
    }

    @Test
    void refusesToWriteIntoTheDataset() throws IOException {
        Path data = dataset();
        Path target = data.resolve("annotations/static_annotations.csv");
        String before = Files.readString(target);
        Run r = run("labels", "--data", data.toString(), "--output", target.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("refusing"), r.err());
        assertEquals(before, Files.readString(target));
    }

    @Test
    void badOptionsAndMissingFolder() throws IOException {
        Path out = dir.resolve("labels.csv");
        assertEquals(2, run("labels", "--data", dataset().toString(), "--output", out.toString(),
                "--fallback", "median").exit());
        assertEquals(2, run("labels", "--data", dataset().toString(), "--output", out.toString(),
                "--min-ratings", "0").exit());
        Run missing = run("labels", "--data", dir.resolve("nowhere").toString(), "--output", out.toString());
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("nowhere"), missing.err());
    }
}
