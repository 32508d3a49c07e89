package org.ressin.core.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.ressin.core.eval.Grouping;
import org.ressin.core.labels.Target;

class RegressionCrossValidationTest {

    /** Valence is an exact linear function of the raw vector; arousal of the phasic one; tonic is noise. */
    private static List<RegressionRow> plantedRows() {
        Random rng = new Random(11);
        List<RegressionRow> rows = new ArrayList<>();
        for (int s = 0; s < 12; s++) {
            for (int m = 0; m < 10; m++) {
                double[] raw = gaussians(rng, 4), tonic = gaussians(rng, 4), phasic = gaussians(rng, 4);
                double valence = 0.5 + 0.05 * raw[0] - 0.02 * raw[3];
                double arousal = 0.4 + 0.03 * phasic[1] + 0.01 * phasic[2];
                rows.add(new RegressionRow("s" + s, "m" + m, valence, arousal, raw, tonic, phasic));
            }
        }
        return rows;
    }

    private static double[] gaussians(Random rng, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = rng.nextGaussian();
        return v;
    }

    @Test
    void mlrRecoversThePlantedRelationsOnHeldOutSubjects() {
        RegressionResult r = RegressionCrossValidation.run(plantedRows(), 4, Grouping.SUBJECT, 1,
                SvmSettings.defaults(), 2);
        assertEquals(12, r.cells().size());
        assertEquals(120, java.util.Arrays.stream(r.foldSizes()).sum());
        RegressionCell v = r.cell(RegressionMethod.MLR, RegressionInput.RAW, Target.VALENCE).orElseThrow();
        RegressionCell a = r.cell(RegressionMethod.MLR, RegressionInput.PHASIC, Target.AROUSAL).orElseThrow();
        for (RegressionCell c : List.of(v, a)) {
            assertEquals(4, c.folds().size());
            assertEquals(0, c.meanRmse(), 1e-10);
            assertEquals(1, c.meanPearson(), 1e-10);
        }
        RegressionCell noise = r.cell(RegressionMethod.MLR, RegressionInput.TONIC, Target.VALENCE).orElseThrow();
        assertTrue(noise.meanRmse() > 0.03, "tonic carries nothing: RMSE " + noise.meanRmse());
        RegressionCell svr = r.cell(RegressionMethod.SVR, RegressionInput.RAW, Target.VALENCE).orElseThrow();
        assertTrue(svr.meanPearson() > 0.5, "SVR finds the relation too: r " + svr.meanPearson());
    }

    @Test
    void resultDoesNotDependOnThreadsAndRepeatsWithTheSeed() {
        List<RegressionRow> rows = plantedRows();
        RegressionResult one = RegressionCrossValidation.run(rows, 3, Grouping.SUBJECT, 5, SvmSettings.defaults(), 1);
        RegressionResult two = RegressionCrossValidation.run(rows, 3, Grouping.SUBJECT, 5, SvmSettings.defaults(), 2);
        assertEquals(one.cells(), two.cells());
        RegressionResult other = RegressionCrossValidation.run(rows, 3, Grouping.SUBJECT, 6, SvmSettings.defaults(), 2);
        assertTrue(!one.cells().equals(other.cells()), "another seed, other folds");
    }
}
