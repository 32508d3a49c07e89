package org.ressin.core.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class SmallPartsTest {

    @Test
    void fixedFormatting() {
        assertEquals("1.2346", Fixed.format(1.23456, 4));
        assertEquals("-1.2346", Fixed.format(-1.23456, 4));
        assertEquals("0.0000", Fixed.format(-0.00001, 4));
        assertEquals("12.050", Fixed.format(12.05, 3));
        assertEquals("7", Fixed.format(7.4, 0));
        assertEquals("NaN", Fixed.format(Double.NaN, 4));
        assertEquals(0.1235, Fixed.round(0.12345678, 4));
    }

    @Test
    void twoMeansThresholdMatchesLloydFromTheExtremes() {
        SplittableRandom r = new SplittableRandom(7);
        for (int trial = 0; trial < 200; trial++) {
            double[] v = new double[2 + r.nextInt(20)];
            for (int i = 0; i < v.length; i++) {
                v[i] = Math.round((r.nextBoolean() ? 0.3 : 0.7) * 1e4 + r.nextGaussian() * 800) / 1e4;
            }
            double exact = TwoMeansThreshold.of(v);
            double lloyd = lloyd(v);
            // Lloyd's from min/max can stop in a local optimum; when it does not, both agree
            if (sse(v, lloyd) <= sse(v, exact) + 1e-12) {
                assertEquals(lloyd, exact, 1e-9);
            } else {
                assertTrue(sse(v, exact) < sse(v, lloyd));
            }
        }
        assertEquals(0.5, TwoMeansThreshold.of(new double[] {0.5, 0.5, 0.5}));
        assertEquals(0.5, TwoMeansThreshold.of(new double[] {0.2, 0.8, Double.NaN}), 1e-12);
    }

    private static double lloyd(double[] v) {
        double lo = Double.MAX_VALUE, hi = -Double.MAX_VALUE;
        for (double x : v) {
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        for (int it = 0; it < 100; it++) {
            double t = (lo + hi) / 2, s0 = 0, s1 = 0;
            int n0 = 0, n1 = 0;
            for (double x : v) {
                if (x > t) { s1 += x; n1++; } else { s0 += x; n0++; }
            }
            lo = s0 / n0;
            hi = s1 / n1;
        }
        return (lo + hi) / 2;
    }

    private static double sse(double[] v, double t) {
        double s0 = 0, s1 = 0, q = 0;
        int n0 = 0, n1 = 0;
        for (double x : v) {
            if (x > t) { s1 += x; n1++; } else { s0 += x; n0++; }
        }
        for (double x : v) {
            double c = x > t ? s1 / n1 : s0 / n0;
            q += (x - c) * (x - c);
        }
        return q;
    }

    @Test
    void rngStreamsDependOnSeedAndKeysOnly() {
        assertEquals(Rng.of(3, 1, 2).gaussian(), Rng.of(3, 1, 2).gaussian());
        assertNotEquals(Rng.of(3, 1, 2).uniform(), Rng.of(3, 2, 1).uniform());
        assertNotEquals(Rng.of(3, 1, 2).uniform(), Rng.of(4, 1, 2).uniform());
        Rng g = Rng.of(11);
        double sum = 0, sq = 0;
        int n = 20000;
        for (int i = 0; i < n; i++) {
            double x = g.gaussian();
            sum += x;
            sq += x * x;
        }
        assertEquals(0, sum / n, 0.03);
        assertEquals(1, sq / n, 0.04);
    }

    @Test
    void settingsNameTheBadValue() {
        SynthSettings d = SynthSettings.defaults();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> d.withSize(0, 10));
        assertTrue(e.getMessage().startsWith("subjects must be at least 1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> d.withRecordingsPerSubject(41));
        assertTrue(e.getMessage().contains("recordingsPerSubject (41) must not exceed songs (40)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> d.withDurations(40, 30));
        assertTrue(e.getMessage().contains("minDurationSeconds"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> d.withGapProbability(1.5));
        assertTrue(e.getMessage().contains("gapProbability"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> d.withStrengths(-1, 1, 1, 0.3));
        assertTrue(e.getMessage().contains("musicStrength"), e.getMessage());
        assertEquals(3, d.withSize(5, 3).recordingsPerSubject());
    }
}
