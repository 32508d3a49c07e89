package org.ressin.core.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SupportVectorRegressionTest {

    @Test
    void linearSvrFitsALinearRelationWithinItsTubeAndRepeats() {
        Random rng = new Random(8);
        List<double[]> x = new ArrayList<>();
        double[] y = new double[150];
        for (int i = 0; i < y.length; i++) {
            double[] row = {rng.nextGaussian(), rng.nextGaussian(), rng.nextGaussian()};
            x.add(row);
            y[i] = 0.5 + 0.2 * row[0] - 0.1 * row[1];
        }
        SvmSettings s = SvmSettings.defaults().withKernel(SvmKernel.LINEAR).withEpsilon(0.01).withC(10);
        Regressor.Fitted a = new SupportVectorRegression(s).fit(x, y);
        Regressor.Fitted b = new SupportVectorRegression(s).fit(x, y);
        double[] probe = {0.3, -1.0, 2.0};
        double expected = 0.5 + 0.06 + 0.1;
        assertEquals(expected, a.predict(probe), 0.02);
        assertEquals(a.predict(probe), b.predict(probe), 0.0, "deterministic");
        for (int i = 0; i < y.length; i++) assertTrue(Math.abs(a.predict(x.get(i)) - y[i]) < 0.02);
    }

    @Test
    void rbfSvrFollowsANonlinearRelation() {
        List<double[]> x = new ArrayList<>();
        double[] y = new double[200];
        for (int i = 0; i < y.length; i++) {
            double t = -2 + 4.0 * i / (y.length - 1);
            x.add(new double[] {t});
            y[i] = t * t / 4;
        }
        Regressor.Fitted m = new SupportVectorRegression(SvmSettings.defaults().withEpsilon(0.01).withC(100)).fit(x, y);
        assertEquals(0.25, m.predict(new double[] {1.0}), 0.03);
        assertEquals(0.0, m.predict(new double[] {0.0}), 0.03);
    }
}
