package org.ressin.core.cvxeda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ressin.core.eda.Recording;

class GapFillerTest {

    private static final double NaN = Double.NaN;

    @Test
    void interiorGapIsInterpolatedLinearly() {
        GapFiller.Filled f = new GapFiller(1).fill(new double[] {1, NaN, NaN, 4, 5}, 2, "x");
        assertArrayEquals(new double[] {1, 2, 3, 4, 5}, f.samples(), 1e-12);
        assertEquals(2, f.filledSamples());
        assertEquals(1, f.gaps());
    }

    @Test
    void edgeGapsTakeTheNearestValue() {
        GapFiller.Filled f = new GapFiller(1).fill(new double[] {NaN, 2, 3, NaN, NaN}, 2, "x");
        assertArrayEquals(new double[] {2, 2, 3, 3, 3}, f.samples(), 0);
        assertEquals(2, f.gaps());
    }

    @Test
    void longGapIsAnErrorNamingWhereAndHowLong() {
        double[] y = new double[200];
        for (int i = 100; i < 160; i++) {
            y[i] = NaN;
        }
        Recording r = new Recording("634", "200376", 50, y);
        CvxEdaException e = assertThrows(CvxEdaException.class, () -> GapFiller.defaults().fill(r));
        assertTrue(e.getMessage().contains("634/200376"), e.getMessage());
        assertTrue(e.getMessage().contains("60 missing samples") && e.getMessage().contains("sample 100")
                && e.getMessage().contains("t = 2.0 s"), e.getMessage());
        // 50 samples = 1 s at 50 Hz is still filled
        for (int i = 150; i < 160; i++) {
            y[i] = 0;
        }
        Recording filled = GapFiller.defaults().fill(new Recording("634", "200376", 50, y));
        for (int i = 0; i < filled.length(); i++) {
            assertTrue(Double.isFinite(filled.sample(i)));
        }
    }

    @Test
    void allMissingAndInfiniteAreErrors() {
        assertThrows(CvxEdaException.class, () -> GapFiller.defaults().fill(new double[] {NaN, NaN}, 50, "x"));
        CvxEdaException e = assertThrows(CvxEdaException.class,
                () -> GapFiller.defaults().fill(new double[] {1, Double.POSITIVE_INFINITY}, 50, "file.csv"));
        assertTrue(e.getMessage().contains("file.csv") && e.getMessage().contains("sample 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new GapFiller(-1));
    }

    @Test
    void completeRecordingIsReturnedAsIs() {
        Recording r = new Recording("1", "2", 50, new double[] {1, 2, 3});
        assertSame(r, GapFiller.defaults().fill(r));
    }

    @Test
    void filledRecordingDecomposes() {
        double[] y = SyntheticEda.zScored(SyntheticEda.generate(1000, 50, 3));
        for (int i = 400; i < 420; i++) {
            y[i] = NaN;
        }
        Recording r = GapFiller.defaults().fill(new Recording("1", "2", 50, y));
        Decomposition d = new CvxEda(CvxEdaParameters.defaults()).decompose(r);
        assertTrue(d.status().isAcceptable());
    }
}
