package org.ressin.core.net;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.ressin.core.cli.Main;

/** The bench command runs and prints one row per size and batch (a smoke test, not a timing). */
class NetworkBenchCommandTest {

    @Test
    void printsARowPerSizeAndBatch() {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            code = Main.run("bench", "network", "--preset", "small", "--sizes", "16,20", "--batch", "4",
                    "--iterations", "1", "--warmup", "0", "--music-dim", "3", "--threads", "1");
        } finally {
            System.setOut(old);
        }
        assertEquals(0, code);
        String text = out.toString(StandardCharsets.UTF_8);
        String[] rows = text.lines().filter(l -> l.matches("\\d+\\t\\d+\\t.*")).toArray(String[]::new);
        assertEquals(2, rows.length, text);
        String[] cols = rows[1].split("\t");
        assertEquals("20", cols[0]);
        assertEquals("4", cols[1]);
        assertTrue(Double.parseDouble(cols[2]) > 0, text);
        assertTrue(Long.parseLong(cols[7]) > 0, "VmRSS " + text);
    }

    @Test
    void rejectsBadOptions() {
        PrintStream oldErr = System.err;
        try {
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertEquals(2, Main.run("bench", "network", "--batch", "0"));
            assertEquals(2, Main.run("bench", "network", "--preset", "huge"));
        } finally {
            System.setErr(oldErr);
        }
    }
}
