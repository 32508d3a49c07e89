package org.ressin.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ressin.core.cvxeda.CvxEda;
import org.ressin.core.cvxeda.CvxEdaParameters;
import org.ressin.core.cvxeda.Decomposition;
import org.ressin.core.cvxeda.SyntheticEda;

class DecomposeCommandTest {

    @TempDir
    Path dir;

    private String out;
    private String err;

    private int run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            return Main.run(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            out = o.toString(StandardCharsets.UTF_8);
            err = e.toString(StandardCharsets.UTF_8);
        }
    }

    private Path writeSignal(String header, double[] y) throws IOException {
        StringBuilder sb = new StringBuilder(header).append('\n');
        for (int i = 0; i < y.length; i++) {
            sb.append(i * 0.02).append(',').append(y[i]).append('\n');
        }
        Path file = dir.resolve("in.csv");
        Files.writeString(file, sb);
        return file;
    }

    @Test
    void decomposesTheYColumnAndWritesFullPrecision() throws IOException {
        double[] y = SyntheticEda.zScored(SyntheticEda.generate(800, 50, 3));
        Path in = writeSignal("time,y", y);
        Path output = dir.resolve("out.csv");
        assertEquals(0, run("decompose", "--input", in.toString(), "--rate", "50", "--output", output.toString()), err);
        assertTrue(out.contains("status OPTIMAL") && out.contains("objective"), out);
        List<String> lines = Files.readAllLines(output);
        assertEquals("y,r,p,t,e", lines.get(0));
        assertEquals(801, lines.size());
        Decomposition expected = new CvxEda(CvxEdaParameters.defaults()).decompose(y, 50);
        for (int i = 0; i < y.length; i++) {
            String[] f = lines.get(i + 1).split(",");
            assertEquals(y[i], Double.parseDouble(f[0]), 0);
            assertEquals(expected.phasicAt(i), Double.parseDouble(f[1]), 0);
            assertEquals(expected.driverAt(i), Double.parseDouble(f[2]), 0);
            assertEquals(expected.tonicAt(i), Double.parseDouble(f[3]), 0);
            assertEquals(expected.residualAt(i), Double.parseDouble(f[4]), 0);
        }
    }

    @Test
    void optionsReachTheModel() throws IOException {
        double[] y = SyntheticEda.zScored(SyntheticEda.generate(600, 50, 4));
        Path in = writeSignal("time,eda", y);
        Path output = dir.resolve("out.csv");
        assertEquals(0, run("decompose", "--input", in.toString(), "--rate", "50", "--output", output.toString(),
                "--column", "eda", "--baseline", "spline-offset", "--alpha", "1e-3", "--knot-spacing", "5"), err);
        Decomposition expected = new CvxEda(CvxEdaParameters.defaults().withAlpha(1e-3).withKnotSpacingSeconds(5)
                .withBaseline(org.ressin.core.cvxeda.BaselineCorrection.SPLINE_OFFSET)).decompose(y, 50);
        String[] f = Files.readAllLines(output).get(100).split(",");
        assertEquals(expected.tonicAt(99), Double.parseDouble(f[3]), 0);
    }

    @Test
    void tightAccuracyIsTheTightSolve() throws IOException {
        double[] y = SyntheticEda.zScored(SyntheticEda.generate(900, 50, 6));
        Path in = writeSignal("time,y", y);
        Path output = dir.resolve("out.csv");
        assertEquals(0, run("decompose", "--input", in.toString(), "--rate", "50", "--output", output.toString(),
                "--accuracy", "TIGHT"), err);
        Decomposition tight = new CvxEda(CvxEdaParameters.defaults(), org.ressin.core.cvxeda.SolverAccuracy.TIGHT)
                .decompose(y, 50);
        Decomposition reference = new CvxEda(CvxEdaParameters.defaults()).decompose(y, 50);
        List<String> lines = Files.readAllLines(output);
        boolean differsFromDefault = false;
        for (int i = 0; i < y.length; i++) {
            double phasic = Double.parseDouble(lines.get(i + 1).split(",")[1]);
            assertEquals(tight.phasicAt(i), phasic, 0);
            differsFromDefault |= phasic != reference.phasicAt(i);
        }
        assertTrue(differsFromDefault, "the tight solve should not be the default one");
    }

    @Test
    void firstNumericColumnIsTheDefaultWithoutY() throws IOException {
        Files.writeString(dir.resolve("in.csv"), "label,eda\na,1.0\nb,1.5\nc,1.2\nd,1.1\n");
        assertEquals(0, run("decompose", "--input", dir.resolve("in.csv").toString(), "--rate", "4", "--output",
                dir.resolve("o.csv").toString()), err);
        assertTrue(out.contains("column 'eda'"), out);
    }

    @Test
    void refusesToOverwriteTheInput() throws IOException {
        Path in = writeSignal("time,y", new double[] {1, 2, 3, 4});
        String before = Files.readString(in);
        assertEquals(1, run("decompose", "--input", in.toString(), "--rate", "50", "--output", in.toString(), "--overwrite"));
        assertTrue(err.contains("is the input file"), err);
        assertEquals(before, Files.readString(in));
    }

    @Test
    void existingOutputNeedsOverwrite() throws IOException {
        Path in = writeSignal("time,y", new double[] {1, 2, 3, 4, 3, 2});
        Path output = dir.resolve("out.csv");
        Files.writeString(output, "keep me");
        assertEquals(1, run("decompose", "--input", in.toString(), "--rate", "50", "--output", output.toString()));
        assertTrue(err.contains("--overwrite"), err);
        assertEquals("keep me", Files.readString(output));
        assertEquals(0, run("decompose", "--input", in.toString(), "--rate", "50", "--output", output.toString(),
                "--overwrite"), err);
    }

    @Test
    void badValueNamesFileLineAndColumn() throws IOException {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "time,y\n0,1.0\n0.02,abc\n0.04,1.2\n");
        assertEquals(1, run("decompose", "--input", in.toString(), "--rate", "50", "--output", dir.resolve("o.csv").toString()));
        assertTrue(err.contains("in.csv") && err.contains("line 3") && err.contains("column 'y'") && err.contains("'abc'"), err);
    }

    @Test
    void missingValuesAreRejectedUnlessGapsMayBeFilled() throws IOException {
        double[] y = SyntheticEda.zScored(SyntheticEda.generate(300, 50, 5));
        StringBuilder sb = new StringBuilder("y\n");
        for (int i = 0; i < y.length; i++) {
            sb.append(i >= 100 && i < 110 ? "" : Double.toString(y[i])).append('\n');
        }
        Path in = dir.resolve("gaps.csv");
        Files.writeString(in, sb);
        Path output = dir.resolve("o.csv");
        assertEquals(1, run("decompose", "--input", in.toString(), "--rate", "50", "--output", output.toString()));
        assertTrue(err.contains("gaps.csv") && err.contains("sample 100"), err);
        assertEquals(0, run("decompose", "--input", in.toString(), "--rate", "50", "--output", output.toString(),
                "--fill-gaps", "0.5"), err);
        assertTrue(out.contains("10 missing filled in 1 gaps"), out);
    }

    @Test
    void badSettingsAreNamed() throws IOException {
        Path in = writeSignal("time,y", new double[] {1, 2, 3, 4});
        assertEquals(1, run("decompose", "--input", in.toString(), "--rate", "50", "--output", dir.resolve("o.csv").toString(),
                "--baseline", "quadratic"));
        assertTrue(err.contains("--baseline"), err);
        assertEquals(1, run("decompose", "--input", in.toString(), "--rate", "50", "--output", dir.resolve("o.csv").toString(),
                "--tau1", "5"));
        assertTrue(err.contains("tau0"), err);
        assertEquals(1, run("decompose", "--input", dir.resolve("none.csv").toString(), "--rate", "50", "--output",
                dir.resolve("o.csv").toString()));
        assertTrue(err.contains("no such file"), err);
        assertEquals(1, run("decompose", "--input", in.toString(), "--rate", "50", "--output", dir.resolve("o.csv").toString(),
                "--column", "eda"));
        assertTrue(err.contains("no column 'eda'"), err);
    }

    @Test
    void benchRunsOnATinyWorkload() {
        assertEquals(0, run("bench", "cvxeda", "--recordings", "4", "--signals", "2", "--warmup", "0", "--threads", "2"), err);
        assertTrue(out.contains("throughput, 2 threads: 4 recordings"), out);
        assertTrue(out.contains("2250"), out);
    }
}
