package org.ressin.core.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ZScoreTest {

    @Test
    void statisticsComeFromTheRowsGivenAndAConstantFeatureScalesToZero() {
        // feature 1 constant (7) in training; a test row with 100 there stays finite (0)
        ZScore z = ZScore.fit(List.of(new double[] {1, 7}, new double[] {3, 7}));
        assertArrayEquals(new double[] {2, 7}, z.mean(), 1e-15);
        assertArrayEquals(new double[] {1, 0}, z.stdDev(), 1e-15);
        assertEquals(1, z.constantFeatures());
        double[] test = z.apply(new double[] {5, 100});
        assertArrayEquals(new double[] {3, 0}, test, 1e-15);
        for (double v : test) assertTrue(Double.isFinite(v));
    }

    @Test
    void largeOffsetsStayAccurate() {
        ZScore z = ZScore.fit(List.of(new double[] {1e9 + 1}, new double[] {1e9 + 3}));
        assertEquals(1.0, z.stdDev()[0], 1e-6);
    }

    @Test
    void namesBadRows() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ZScore.fit(List.of(new double[] {1}, new double[] {Double.NaN})));
        assertTrue(e.getMessage().contains("row 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ZScore.fit(List.of(new double[] {1}, new double[] {1, 2})));
        assertThrows(IllegalArgumentException.class, () -> ZScore.fit(List.of()));
    }
}
