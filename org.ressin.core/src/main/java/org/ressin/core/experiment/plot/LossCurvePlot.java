package org.ressin.core.experiment.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.ressin.core.eval.LossPoint;

/**
 * Training-loss curves of several runs in one PNG, like the paper's Fig. 5 (EDA only against fusion): iteration
 * on x, loss on y, one line and legend entry per curve.
 */
public final class LossCurvePlot {

    /** Size of the PNG. */
    public static final int WIDTH = 640, HEIGHT = 400;

    /** One labelled curve. */
    public record Curve(String label, List<LossPoint> points) {
        public Curve {
            points = List.copyOf(points);
        }
    }

    private LossCurvePlot() {}

    public static void write(Path png, String title, List<Curve> curves) throws IOException {
        double[][] xs = new double[curves.size()][];
        double[][] ys = new double[curves.size()][];
        for (int c = 0; c < curves.size(); c++) {
            List<LossPoint> pts = curves.get(c).points();
            xs[c] = pts.stream().mapToDouble(LossPoint::iteration).toArray();
            ys[c] = pts.stream().mapToDouble(LossPoint::loss).toArray();
        }
        double[] x = Axes.range(xs);
        double[] y = Axes.range(ys);
        Chart chart = new Chart(WIDTH, HEIGHT);
        chart.title(title);
        Axes axes = new Axes(chart, 70, 30, WIDTH - 90, HEIGHT - 80, 0, x[1], y[0], y[1]).frame("iteration",
                "mean training loss");
        for (int c = 0; c < curves.size(); c++) {
            axes.line(xs[c], ys[c], Chart.COLOURS[c % Chart.COLOURS.length], curves.get(c).label());
        }
        axes.legend();
        chart.write(png);
    }
}
