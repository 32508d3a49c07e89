package org.ressin.core.experiment.plot;

import java.io.IOException;
import java.nio.file.Path;

import org.ressin.core.cvxeda.Decomposition;

/**
 * One recording's cvxEDA decomposition against time in three stacked panels sharing the time axis: the signal y
 * with its tonic part, the phasic part with the residual, and the sparse driver.
 */
public final class DecompositionPlot {

    /** Size of the PNG. */
    public static final int WIDTH = 800, HEIGHT = 620;

    private DecompositionPlot() {}

    /** @param startSeconds time of the first sample (e.g. the seconds discarded before it) */
    public static void write(Path png, String title, Decomposition d, double startSeconds) throws IOException {
        int n = d.length();
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = startSeconds + i / d.samplingRate();
        }
        double t0 = startSeconds, t1 = n == 0 ? startSeconds + 1 : t[n - 1];
        Chart chart = new Chart(WIDTH, HEIGHT);
        chart.title(title);
        int left = 75, w = WIDTH - 95, h = 150, gap = 28;

        double[] y = d.origin(), tonic = d.tonic();
        double[] r1 = Axes.range(y, tonic);
        new Axes(chart, left, 32, w, h, t0, t1, r1[0], r1[1]).frame(null, "EDA (µS)")
                .line(t, y, Chart.COLOURS[0], "y (recorded)").line(t, tonic, Chart.COLOURS[2], "tonic").legend();

        double[] phasic = d.phasic(), residual = d.residual();
        double[] r2 = Axes.range(phasic, residual);
        new Axes(chart, left, 32 + h + gap, w, h, t0, t1, r2[0], r2[1]).frame(null, "EDA (µS)")
                .line(t, phasic, Chart.COLOURS[1], "phasic").line(t, residual, Chart.COLOURS[4], "residual (noise)")
                .legend();

        double[] driver = d.driver();
        double[] r3 = Axes.range(driver);
        new Axes(chart, left, 32 + 2 * (h + gap), w, h, t0, t1, Math.min(0, r3[0]), r3[1])
                .frame("time (s)", "driver (µS/s)").line(t, driver, Chart.COLOURS[3], "driver (sparse SMNA)").legend();
        chart.write(png);
    }
}
