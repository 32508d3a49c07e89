package org.ressin.core.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class LinearRegressionTest {

    @Test
    void recoversAPlantedLinearRelationExactly() {
        Random rng = new Random(3);
        double[] b = {0.5, -1.25, 2.0, 0.0, 3.5, -0.75};
        List<double[]> x = new ArrayList<>();
        double[] y = new double[200];
        for (int i = 0; i < y.length; i++) {
            double[] row = new double[b.length];
            for (int j = 0; j < b.length; j++) row[j] = rng.nextGaussian() * (j + 1) + 10 * j;
            x.add(row);
            y[i] = 0.3;
            for (int j = 0; j < b.length; j++) y[i] += b[j] * row[j];
        }
        LinearRegression m = LinearRegression.fit(x, y);
        assertEquals(0.3, m.intercept(), 1e-9);
        for (int j = 0; j < b.length; j++) assertEquals(b[j], m.coefficients()[j], 1e-10, "coefficient " + j);
        assertEquals(0.3 + 0.5 - 1.25, m.predict(new double[] {1, 1, 0, 0, 0, 0}), 1e-9);
    }

    @Test
    void aZeroSumDesignStillFitsExactly() {
        // like window means of z-scored signals: every row sums to 0, so [1 X] is rank deficient by one
        Random rng = new Random(4);
        int p = 8;
        List<double[]> x = new ArrayList<>();
        double[] y = new double[60];
        double[] b = {1, 2, 3, 4, 5, 6, 7, 8};
        for (int i = 0; i < y.length; i++) {
            double[] row = new double[p];
            double sum = 0;
            for (int j = 0; j < p - 1; j++) {
                row[j] = rng.nextGaussian();
                sum += row[j];
            }
            row[p - 1] = -sum;
            x.add(row);
            y[i] = -2;
            for (int j = 0; j < p; j++) y[i] += b[j] * row[j];
        }
        LinearRegression m = LinearRegression.fit(x, y);
        for (int i = 0; i < y.length; i++) assertEquals(y[i], m.predict(x.get(i)), 1e-9);
        // minimum norm: the coefficients have no component along the null direction (1, ..., 1)
        double along = 0;
        for (double c : m.coefficients()) along += c;
        assertEquals(0, along, 1e-9);
        assertEquals(-2, m.intercept(), 1e-9);
    }

    @Test
    void fewerRowsThanFeaturesInterpolates() {
        List<double[]> x = List.of(new double[] {1, 0, 0}, new double[] {0, 1, 0});
        LinearRegression m = LinearRegression.fit(x, new double[] {1, 2});
        assertEquals(1, m.predict(x.get(0)), 1e-12);
        assertEquals(2, m.predict(x.get(1)), 1e-12);
    }

    @Test
    void namesBadInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LinearRegression.fit(List.of(new double[] {1, Double.NaN}), new double[] {1}));
        assertTrue(e.getMessage().contains("row 0, feature 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> LinearRegression.fit(List.of(new double[] {1}, new double[] {1, 2}), new double[] {1, 2}));
    }
}
