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
