package org.ressin.core.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class SignalFeaturiserTest {

    private final SignalFeaturiser featuriser = new SignalFeaturiser(0.6, 10);

    @Test
    void aRampBecomesAnAntisymmetricZScoredStaircase() {
        double[] ramp = new double[1000];
        for (int i = 0; i < ramp.length; i++) ramp[i] = 5 + 0.01 * i;
        double[] v = featuriser.vector(ramp, 50);
        assertEquals(10, v.length);
        // a ramp passes the low-pass (nearly) unchanged; z-scored, the window means of a uniform ramp on
        // [-sqrt(3), sqrt(3)] are sqrt(3) * (2k + 1 - 10) / 10
        for (int k = 0; k < 10; k++) {
            assertEquals(Math.sqrt(3) * (2 * k + 1 - 10) / 10, v[k], 2e-3, "point " + k);
            assertEquals(-v[9 - k], v[k], 1e-3);
        }
        assertEquals(0, Arrays.stream(v).sum(), 1e-12);
    }

    @Test
    void aConstantSignalBecomesZeros() {
        double[] c = new double[200];
        Arrays.fill(c, 2.5);
        for (double x : featuriser.vector(c, 50)) assertEquals(0.0, x);
    }

    @Test
    void refusesSignalsShorterThanTheVector() {
        assertThrows(IllegalArgumentException.class, () -> featuriser.vector(new double[9], 50));
    }
}
