package org.ressin.core.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ressin.core.labels.Target;

class RegressionScoresTest {

    @Test
    void handExample() {
        // errors 1, 0, 0, 1: RMSE sqrt(2/4); deviations (-1.5, -.5, .5, 1.5) and (-1, -1, 0, 2): r = 5 / sqrt(5 * 6)
        RegressionScores s = RegressionScores.of(new double[] {1, 2, 3, 4}, new double[] {2, 2, 3, 5});
        assertEquals(Math.sqrt(0.5), s.rmse(), 1e-15);
        assertEquals(5 / Math.sqrt(30), s.pearson(), 1e-15);
        assertEquals(4, s.n());
        assertEquals(-1, RegressionScores.pearson(new double[] {1, 2, 3}, new double[] {3, 2, 1}), 1e-15);
    }

    @Test
    void correlationWithAConstantIsUndefined() {
        assertTrue(Double.isNaN(RegressionScores.of(new double[] {1, 2}, new double[] {0.5, 0.5}).pearson()));
        assertThrows(IllegalArgumentException.class, () -> RegressionScores.of(new double[] {1}, new double[] {1, 2}));
    }

    @Test
    void cellAveragesOverFoldsAndSkipsUndefinedCorrelations() {
        RegressionCell c = new RegressionCell(RegressionMethod.MLR, RegressionInput.RAW, Target.VALENCE, List.of(
                new RegressionScores(0.1, 0.2, 5), new RegressionScores(0.3, Double.NaN, 5),
                new RegressionScores(0.2, 0.4, 5)));
        assertEquals(0.2, c.meanRmse(), 1e-15);
        assertEquals(0.1, c.sdRmse(), 1e-15);
        assertEquals(0.3, c.meanPearson(), 1e-15);
        assertEquals(Math.sqrt(0.02), c.sdPearson(), 1e-15);
        assertEquals(2, c.pearsonFolds());
    }

    @Test
    void paperTableOneCells() {
        assertEquals(new PaperTable1.Entry(0.1860, 0.0110),
                PaperTable1.of(RegressionMethod.MLR, RegressionInput.RAW, Target.AROUSAL));
        assertEquals(new PaperTable1.Entry(0.1400, 0.0880),
                PaperTable1.of(RegressionMethod.SVR, RegressionInput.PHASIC, Target.VALENCE));
        assertEquals(new PaperTable1.Entry(0.1343, 0.0699),
                PaperTable1.of(RegressionMethod.MLR, RegressionInput.TONIC, Target.VALENCE));
    }
}
