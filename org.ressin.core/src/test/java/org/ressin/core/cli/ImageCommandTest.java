package org.ressin.core.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.ressin.core.cvxeda.CvxEda;
import org.ressin.core.cvxeda.CvxEdaParameters;
import org.ressin.core.cvxeda.Decomposition;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ImageCommandTest {

    // the hand-checked recording of SignalImagerTest: fs = 4, 2.5 s
    private static final double[] ORIGIN = {1, 3, 5, 9, 2, 4, 6, 7, 100, -50};
    private static final double[] PHASIC = {0, 1, 2, 3, 4, 5, 6, 7, 80, 90};
    private static final double[] TONIC = {10, 10, 10, 10, 20, 20, 20, 20, 0, 0};

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new Main());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int exit = cmd.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path decomposition() throws IOException {
        StringBuilder sb = new StringBuilder("y,r,p,t,e\n");
        for (int i = 0; i < ORIGIN.length; i++) {
            sb.append(String.format(Locale.ROOT, "%s,%s,0,%s,0%n", ORIGIN[i], PHASIC[i], TONIC[i]));
        }
        Path f = dir.resolve("dec.csv");
        Files.writeString(f, sb);
        return f;
    }

    @Test
    void decompositionToPngAndValues() throws IOException {
        Path in = decomposition();
        Path png = dir.resolve("img.png");
        Path values = dir.resolve("values.csv");
        Run r = run("image", "--input", in.toString(), "--rate", "4", "--output", png.toString(), "--size", "16",
                "--values", values.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = Files.readAllLines(values, StandardCharsets.UTF_8);
        assertEquals("channel,row,col,value", lines.get(0));
        assertEquals(1 + 3 * 256, lines.size());
        assertTrue(lines.contains("origin,7,7,0.3984375"), "hand-computed centre value");
        assertTrue(lines.contains("phasic,15,15,1.0"));
        assertTrue(lines.contains("tonic,7,3,0.4375"));
        assertEquals("phasic,0,0,0.0", lines.get(1)); // channel order phasic, tonic, origin
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(16, img.getWidth());
        assertEquals(Math.round(255 * 0.3984375), img.getRaster().getSample(7, 7, 2)); // blue = origin
        assertTrue(r.out().contains("2 s x 4 samples/s"), r.out());
    }

    @Test
    void skipAndSingleChannel() throws IOException {
        Path in = decomposition();
        Path values = dir.resolve("v.csv");
        // skipping 1 s leaves 6 samples: one whole second {2,4,6,7} -> (x - 2) / 5
        Run r = run("image", "--input", in.toString(), "--rate", "4", "--output", dir.resolve("o.png").toString(),
                "--size", "16", "--skip", "1", "--channels", "origin", "--values", values.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = Files.readAllLines(values);
        assertEquals(1 + 256, lines.size());
        assertTrue(lines.contains("origin,0,0,0.0"));
        assertTrue(lines.contains("origin,9,15,1.0"));
        // col 7: src 1.375 between 0.4 and 0.8 -> 0.4 * .625 + 0.8 * .375 = 0.55, the same on every row
        double v = Double.parseDouble(lines.get(1 + 3 * 16 + 7).split(",")[3]);
        assertEquals(0.55, v, 1e-12);
    }

    @Test
    void refusesToOverwriteInput() throws IOException {
        Path in = decomposition();
        byte[] before = Files.readAllBytes(in);
        Run r = run("image", "--input", in.toString(), "--rate", "4", "--output", in.toString(), "--size", "16");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("refusing to overwrite"), r.err());
        Run v = run("image", "--input", in.toString(), "--rate", "4", "--output", dir.resolve("x.png").toString(),
                "--size", "16", "--values", dir.resolve(".").resolve("dec.csv").toString());
        assertEquals(2, v.exit());
        assertArrayEquals(before, Files.readAllBytes(in));
    }

    @Test
    void badCellNamesLineAndColumn() throws IOException {
        Path in = dir.resolve("bad.csv");
        Files.writeString(in, "y,r,p,t,e\n1,2,0,3,0\n\n1,abc,0,3,0\n");
        Run r = run("image", "--input", in.toString(), "--rate", "4", "--output", dir.resolve("o.png").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("line 4, column r: 'abc' is not a number"), r.err());
        Files.writeString(in, "y,r,p,t,e\n1,2,0,3,0\n1,,0,3,0\n");
        Run empty = run("image", "--input", in.toString(), "--rate", "4", "--output", dir.resolve("o.png").toString());
        assertTrue(empty.err().contains("line 3, column r: empty cell"), empty.err());
    }

    @Test
    void tooShortNamesTheFile() throws IOException {
        Path in = decomposition();
        Run r = run("image", "--input", in.toString(), "--rate", "4", "--output", dir.resolve("o.png").toString(),
                "--skip", "2");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("dec.csv") && r.err().contains("too short"), r.err());
    }

    @Test
    void badSettingsNameTheOption() throws IOException {
        Path in = decomposition();
        String out = dir.resolve("o.png").toString();
        Run size = run("image", "--input", in.toString(), "--rate", "4", "--output", out, "--size", "8");
        assertEquals(2, size.exit());
        assertTrue(size.err().contains("--size"), size.err());
        Run rate = run("image", "--input", in.toString(), "--rate", "4.5", "--output", out);
        assertEquals(2, rate.exit());
        assertTrue(rate.err().contains("--rate"), rate.err());
        Run channels = run("image", "--input", in.toString(), "--rate", "4", "--output", out, "--channels", "red");
        assertEquals(2, channels.exit());
        assertTrue(channels.err().contains("--channels"), channels.err());
    }

    /** A raw EDA-like signal: slow level plus two skin-conductance responses, 40 s at 10 Hz. */
    private static double[] rawSignal() {
        double[] y = new double[400];
        for (int i = 0; i < y.length; i++) {
            double t = i / 10.0;
            y[i] = 2 + 0.01 * t + scr(t, 20) + 0.5 * scr(t, 29);
        }
        return y;
    }

    private static double scr(double t, double onset) {
        return t < onset ? 0 : Math.exp(-(t - onset) / 2) - Math.exp(-(t - onset) / 0.7);
    }

    @Test
    void rawSignalIsDecomposedAfterTheDefaultSkip() throws IOException {
        double[] y = rawSignal();
        Path raw = dir.resolve("raw.csv");
        StringBuilder sb = new StringBuilder();
        for (double v : y) {
            sb.append(v).append('\n');
        }
        Files.writeString(raw, sb);
        Path rawValues = dir.resolve("raw-values.csv");
        Run r = run("image", "--input", raw.toString(), "--rate", "10", "--output", dir.resolve("raw.png").toString(),
                "--size", "16", "--values", rawValues.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("25 s x 10 samples/s (15.000 s skipped"), r.out());

        // the same through the decomposition path: decompose the last 25 s ourselves, then image with --skip 0
        Decomposition d = new CvxEda(CvxEdaParameters.defaults()).decompose(Arrays.copyOfRange(y, 150, 400), 10);
        StringBuilder dec = new StringBuilder("y,r,t\n");
        double[] o = d.origin();
        double[] ph = d.phasic();
        double[] to = d.tonic();
        for (int i = 0; i < o.length; i++) {
            dec.append(o[i]).append(',').append(ph[i]).append(',').append(to[i]).append('\n');
        }
        Path decFile = dir.resolve("dec25.csv");
        Files.writeString(decFile, dec);
        Path decValues = dir.resolve("dec-values.csv");
        Run viaDec = run("image", "--input", decFile.toString(), "--rate", "10", "--output",
                dir.resolve("dec.png").toString(), "--size", "16", "--values", decValues.toString());
        assertEquals(0, viaDec.exit(), viaDec.err());
        assertEquals(Files.readAllLines(decValues), Files.readAllLines(rawValues));
        // and the phasic channel really comes from the solver: not all zeros
        assertTrue(Files.readAllLines(rawValues).stream().anyMatch(l -> l.startsWith("phasic,") && !l.endsWith(",0.0")));
    }

    @Test
    void rawSignalWithHeaderAndExplicitSkip() throws IOException {
        double[] y = rawSignal();
        StringBuilder sb = new StringBuilder("y\n");
        for (double v : y) {
            sb.append(v).append('\n');
        }
        Path raw = dir.resolve("rawy.csv");
        Files.writeString(raw, sb);
        Run r = run("image", "--input", raw.toString(), "--rate", "10", "--output", dir.resolve("r.png").toString(),
                "--skip", "0", "--channels", "phasic");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("40 s x 10 samples/s"), r.out());
        Run bad = run("image", "--input", raw.toString(), "--rate", "10", "--output", dir.resolve("r.png").toString(),
                "--skip", "39.95");
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("rawy.csv"), bad.err());
    }
}
