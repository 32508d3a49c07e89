package org.ressin.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SampleStatisticsTest {

    @Test
    void meanAndSampleSdOfFoldValues() {
        double[] x = {0.70, 0.75, 0.80, 0.85};
        assertEquals(0.775, SampleStatistics.mean(x), 1e-15);
        assertEquals(Math.sqrt(0.0125 / 3), SampleStatistics.sd(x), 1e-15); // n - 1, not n
        assertEquals(0.0, SampleStatistics.sd(new double[] {0.7}));
        assertTrue(Double.isNaN(SampleStatistics.mean(new double[0])));
        assertTrue(Double.isNaN(SampleStatistics.sd(new double[0])));
    }
}
