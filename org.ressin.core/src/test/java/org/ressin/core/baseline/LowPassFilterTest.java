package org.ressin.core.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class LowPassFilterTest {

    private static final double FS = 50;
    private final LowPassFilter filter = new LowPassFilter(0.6, FS);

    private static double[] sine(double hz, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = Math.sin(2 * Math.PI * hz * i / FS);
        return x;
    }

    /** RMS over the middle half, away from the ends. */
    private static double middleRms(double[] x) {
        double ss = 0;
        int from = x.length / 4, to = 3 * x.length / 4;
        for (int i = from; i < to; i++) ss += x[i] * x[i];
        return Math.sqrt(ss / (to - from));
    }

    @Test
    void constantPassesUnchanged() {
        double[] x = new double[1000];
        Arrays.fill(x, 3.7);
        double[] y = filter.apply(x);
        for (double v : y) assertEquals(3.7, v, 1e-12);
    }

    @Test
    void fiveHertzIsAttenuatedByMoreThanTwentyDecibels() {
        double[] x = sine(5, 3000);
        double gainDb = 20 * Math.log10(middleRms(filter.apply(x)) / middleRms(x));
        assertTrue(gainDb < -20, "gain at 5 Hz " + gainDb + " dB");
    }

    @Test
    void gainIsOneHalfAtTheCutoffAndNearOneWellBelowIt() {
        // forward-backward squares the Butterworth magnitude: |H(fc)|^2 = 1/2
        double[] atCutoff = sine(0.6, 5000);
        assertEquals(0.5, middleRms(filter.apply(atCutoff)) / middleRms(atCutoff), 0.005);
        double[] slow = sine(0.05, 5000);
        assertEquals(1.0, middleRms(filter.apply(slow)) / middleRms(slow), 0.005);
    }

    @Test
    void symmetricPulseStaysCentred() {
        int n = 801, centre = 400;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = Math.exp(-0.5 * Math.pow((i - centre) / 10.0, 2));
        double[] y = filter.apply(x);
        int peak = 0;
        for (int i = 1; i < n; i++) if (y[i] > y[peak]) peak = i;
        assertEquals(centre, peak);
        for (int k = 1; k < 300; k++) assertEquals(y[centre - k], y[centre + k], 1e-9, "offset " + k);
        assertTrue(y[centre] < x[centre], "a 20-sample pulse is smoothed");
    }

    @Test
    void shortSignalsAndBadSettings() {
        assertArrayEquals(new double[] {2.0}, filter.apply(new double[] {2.0}));
        assertArrayEquals(new double[] {1, 1}, filter.apply(new double[] {1, 1}), 1e-12);
        assertEquals(0, filter.apply(new double[0]).length);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LowPassFilter(30, 50));
        assertTrue(e.getMessage().contains("25.0 Hz"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> filter.apply(new double[] {1, Double.NaN, 2}));
    }
}
