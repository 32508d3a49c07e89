package org.ressin.core.cvxeda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.ressin.core.eda.Recording;

/** Bad input, parameter validation, short signals, determinism and concurrent use. */
class CvxEdaInputTest {

    private final CvxEda cvxEda = new CvxEda(CvxEdaParameters.defaults());

    @Test
    void aRecordingTooLongForTheHeapIsRefusedBeforeAllocating() {
        CvxEdaParameters p = CvxEdaParameters.defaults();
        // the column count used for the estimate is the one the basis gets
        for (int n : new int[] {200, 2250, 3001, 30_000}) {
            for (BaselineCorrection b : BaselineCorrection.values()) {
                CvxEdaParameters q = p.withBaseline(b);
                assertEquals(TonicBasis.build(q, n, 50).columns, TonicBasis.columns(q, n, 50), n + " " + b);
            }
            CvxEdaParameters legacy = p.withVersion(CvxEdaVersion.LEGACY_2017);
            assertEquals(TonicBasis.build(legacy, n, 50).columns, TonicBasis.columns(legacy, n, 50));
        }
        // one hour at 50 Hz with the default 10 s knots: refused with a 4 GB heap, fine with 64 GB
        int n = 180_000;
        int m = TonicBasis.columns(p, n, 50);
        CvxEdaException e = assertThrows(CvxEdaException.class, () -> CvxEda.checkMemory(n, m, 50, 4L << 30));
        assertTrue(e.getMessage().contains("180000 samples (60.0 min at 50.0 Hz)")
                && e.getMessage().contains("-Xmx") && e.getMessage().contains("in parts"), e.getMessage());
        CvxEda.checkMemory(n, m, 50, 64L << 30);
        // a 45 s recording needs about 2 MB
        assertTrue(8 * CvxEda.workspaceDoubles(2250, TonicBasis.columns(p, 2250, 50)) < (2L << 20));
    }

    @Test
    void nanSampleIsRejectedNamingRecordingAndSample() {
        double[] y = SyntheticEda.generate(500, 50, 1);
        y[123] = Double.NaN;
        Recording recording = new Recording("108", "100081", 50, y);
        CvxEdaException e = assertThrows(CvxEdaException.class, () -> cvxEda.decompose(recording));
        assertTrue(e.getMessage().contains("108/100081"), e.getMessage());
        assertTrue(e.getMessage().contains("sample 123"), e.getMessage());
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
        assertTrue(e.getMessage().contains("GapFiller"), e.getMessage());
    }

    @Test
    void infiniteSampleIsRejected() {
        double[] y = SyntheticEda.generate(500, 50, 1);
        y[0] = Double.NEGATIVE_INFINITY;
        CvxEdaException e = assertThrows(CvxEdaException.class, () -> cvxEda.decompose(y, 50));
        assertTrue(e.getMessage().contains("sample 0") && e.getMessage().contains("Infinity"), e.getMessage());
    }

    @Test
    void badSamplingRateIsRejected() {
        double[] y = SyntheticEda.generate(100, 50, 1);
        for (double rate : new double[] {0, -50, Double.NaN, Double.POSITIVE_INFINITY}) {
            CvxEdaException e = assertThrows(CvxEdaException.class, () -> cvxEda.decompose(y, rate));
            assertTrue(e.getMessage().contains("sampling rate"), e.getMessage());
        }
    }

    @Test
    void tooShortSignalsAreRejectedNamingTheMinimum() {
        CvxEdaException e = assertThrows(CvxEdaException.class,
                () -> cvxEda.decompose(new Recording("1", "2", 50, new double[] {0.5})));
        assertTrue(e.getMessage().contains("recording 1/2") && e.getMessage().contains("at least 2"), e.getMessage());
        CvxEda legacy = new CvxEda(CvxEdaParameters.defaults().withVersion(CvxEdaVersion.LEGACY_2017));
        e = assertThrows(CvxEdaException.class, () -> legacy.decompose(new double[] {1, 2, 3}, 50));
        assertTrue(e.getMessage().contains("at least 4"), e.getMessage());
        assertThrows(CvxEdaException.class, () -> cvxEda.decompose(new double[0], 50));
    }

    @Test
    void shortestSignalsWork() {
        // n = 2 and 3 work in the reference's current version; n = 4 is the 2017 version's minimum
        for (int n = 2; n <= 5; n++) {
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                y[i] = Math.sin(i);
            }
            Decomposition d = cvxEda.decompose(y, 50);
            assertTrue(d.status().isAcceptable(), "n = " + n + ": " + d.status());
            assertSumsToInput(y, d);
            if (n >= 4) {
                Decomposition l = new CvxEda(CvxEdaParameters.defaults().withVersion(CvxEdaVersion.LEGACY_2017))
                        .decompose(y, 50);
                assertTrue(l.status().isAcceptable(), "legacy n = " + n + ": " + l.status());
                assertSumsToInput(y, l);
            }
        }
    }

    @Test
    void knotSpacingBelowTwoSamplesIsRejected() {
        CvxEda fine = new CvxEda(CvxEdaParameters.defaults().withKnotSpacingSeconds(0.01));
        CvxEdaException e = assertThrows(CvxEdaException.class, () -> fine.decompose(new double[100], 50));
        assertTrue(e.getMessage().contains("knot spacing"), e.getMessage());
    }

    @Test
    void parametersAreValidatedNamingTheSetting() {
        CvxEdaParameters d = CvxEdaParameters.defaults();
        assertMessage(() -> d.withTau0(0), "tau0");
        assertMessage(() -> d.withTau1(-1), "tau1");
        assertMessage(() -> d.withTau1(Double.NaN), "tau1");
        assertMessage(() -> d.withTau1(3), "greater than tau1");
        assertMessage(() -> d.withKnotSpacingSeconds(0), "knotSpacingSeconds");
        assertMessage(() -> d.withAlpha(-1e-3), "alpha");
        assertMessage(() -> d.withAlpha(Double.POSITIVE_INFINITY), "alpha");
        assertMessage(() -> d.withGamma(0), "gamma");
        assertMessage(() -> d.withBaseline(BaselineCorrection.NONE).withVersion(CvxEdaVersion.LEGACY_2017), "LEGACY_2017");
        assertEquals(new CvxEdaParameters(2, 0.7, 10, 8e-4, 1e-2, BaselineCorrection.LINEAR, CvxEdaVersion.CURRENT), d);
    }

    @Test
    void alphaZeroStillSolves() {
        double[] y = SyntheticEda.zScored(SyntheticEda.generate(1000, 50, 3));
        Decomposition dec = new CvxEda(CvxEdaParameters.defaults().withAlpha(0)).decompose(y, 50);
        assertTrue(dec.status().isAcceptable(), dec.status().toString());
        assertSumsToInput(y, dec);
    }

    @Test
    void resultIsDeterministic() {
        double[] y = SyntheticEda.zScored(SyntheticEda.generate(2250, 50, 42));
        Decomposition a = cvxEda.decompose(y, 50);
        Decomposition b = cvxEda.decompose(y, 50);
        assertArrayEquals(a.phasic(), b.phasic());
        assertArrayEquals(a.driver(), b.driver());
        assertArrayEquals(a.tonic(), b.tonic());
        assertEquals(a.objective(), b.objective());
        assertEquals(a.iterations(), b.iterations());
        // the generator is seeded too
        assertArrayEquals(SyntheticEda.generate(300, 50, 7), SyntheticEda.generate(300, 50, 7));
    }

    @Test
    void concurrentUseGivesTheSameResults() throws Exception {
        List<double[]> signals = new ArrayList<>();
        List<Decomposition> sequential = new ArrayList<>();
        for (int k = 0; k < 16; k++) {
            double[] y = SyntheticEda.zScored(SyntheticEda.generate(1000 + 50 * k, 50, 100 + k));
            signals.add(y);
            sequential.add(cvxEda.decompose(y, 50));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Decomposition>> futures = new ArrayList<>();
            for (double[] y : signals) {
                futures.add(pool.submit(() -> cvxEda.decompose(y, 50)));
            }
            for (int k = 0; k < signals.size(); k++) {
                Decomposition d = futures.get(k).get();
                assertArrayEquals(sequential.get(k).phasic(), d.phasic(), "signal " + k);
                assertArrayEquals(sequential.get(k).tonic(), d.tonic(), "signal " + k);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void inputArrayIsNotModifiedAndOutputsAreCopies() {
        double[] y = SyntheticEda.zScored(SyntheticEda.generate(600, 50, 5));
        double[] copy = y.clone();
        Decomposition d = cvxEda.decompose(y, 50);
        assertArrayEquals(copy, y);
        y[0] = 99;
        assertEquals(copy[0], d.originAt(0));
        d.phasic()[0] = 99;
        assertTrue(d.phasicAt(0) != 99);
        double[] dest = new double[610];
        d.copyTonicInto(dest, 10);
        assertEquals(d.tonicAt(0), dest[10]);
        assertEquals(50, d.samplingRate());
    }

    @Test
    void rawMicrosiemensAndZScoresGiveProportionalResults() {
        // the problem is homogeneous: y -> c·y with alpha -> c·alpha scales every output by c
        double[] y = SyntheticEda.generate(1500, 50, 9);
        double c = 7.5;
        double[] scaled = y.clone();
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] *= c;
        }
        Decomposition a = cvxEda.decompose(y, 50);
        Decomposition b = new CvxEda(CvxEdaParameters.defaults().withAlpha(8e-4 * c)).decompose(scaled, 50);
        for (int i = 0; i < y.length; i++) {
            assertEquals(c * a.phasicAt(i), b.phasicAt(i), 1e-5 * c);
            assertEquals(c * a.tonicAt(i), b.tonicAt(i), 1e-5 * c);
        }
        assertEquals(c * c * a.objective(), b.objective(), 1e-8 * c * c * Math.abs(a.objective()) + 1e-9);
    }

    private static void assertSumsToInput(double[] y, Decomposition d) {
        for (int i = 0; i < y.length; i++) {
            assertEquals(y[i], d.phasicAt(i) + d.tonicAt(i) + d.residualAt(i), 1e-9);
            assertTrue(d.driverAt(i) >= 0);
        }
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable executable, String fragment) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, executable);
        assertTrue(e.getMessage().contains(fragment), "message should name " + fragment + ": " + e.getMessage());
    }
}
