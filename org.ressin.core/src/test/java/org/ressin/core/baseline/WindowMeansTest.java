package org.ressin.core.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class WindowMeansTest {

    @Test
    void equalWindowsOfWholeSamples() {
        assertArrayEquals(new double[] {1.5, 3.5, 5.5}, WindowMeans.of(new double[] {1, 2, 3, 4, 5, 6}, 3), 1e-15);
        assertArrayEquals(new double[] {1, 2, 3}, WindowMeans.of(new double[] {1, 2, 3}, 3), 1e-15);
        assertArrayEquals(new double[] {2}, WindowMeans.of(new double[] {1, 2, 3}, 1), 1e-15);
    }

    @Test
    void aSampleOnABorderIsSharedByItsTwoWindows() {
        // windows of 2.5 samples: (1 + 2 + 0.5 * 3) / 2.5 and (0.5 * 3 + 4 + 5) / 2.5
        assertArrayEquals(new double[] {1.8, 4.2}, WindowMeans.of(new double[] {1, 2, 3, 4, 5}, 2), 1e-15);
        // windows of 4/3 samples: (1 + 1/3 * 2) / (4/3) = 1.25, (2/3 * 2 + 2/3 * 3) / (4/3) = 2.5, (1/3 * 3 + 4) / (4/3) = 3.75
        double[] y = WindowMeans.of(new double[] {1, 2, 3, 4}, 3);
        assertArrayEquals(new double[] {1.25, 2.5, 3.75}, y, 1e-15);
    }

    @Test
    void theMeanOfThePointsIsTheMeanOfTheSignal() {
        double[] x = new double[1237];
        for (int i = 0; i < x.length; i++) x[i] = Math.sin(i * 0.37) + i * 1e-3;
        double[] y = WindowMeans.of(x, 50);
        assertEquals(Arrays.stream(x).average().orElseThrow(), Arrays.stream(y).average().orElseThrow(), 1e-12);
    }

    @Test
    void refusesTooFewSamples() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WindowMeans.of(new double[] {1, 2}, 3));
        assertTrue(e.getMessage().contains("2 samples"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> WindowMeans.of(new double[] {1}, 0));
    }
}
