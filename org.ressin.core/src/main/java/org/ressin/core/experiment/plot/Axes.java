package org.ressin.core.experiment.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One plot area of a {@link Chart}: maps data to pixels, draws the frame with round-number ticks, axis labels,
 * lines and a legend.
 */
public final class Axes {

    private final Chart chart;
    private final int left, top, width, height;
    private final double xMin, xMax, yMin, yMax;
    private final List<String> legendLabels = new ArrayList<>();
    private final List<Color> legendColours = new ArrayList<>();

    /**
     * The plot area at pixel ({@code left}, {@code top}) of the given size, for data in the given ranges (a flat
     * or empty range is widened so that every value can be drawn).
     */
    public Axes(Chart chart, int left, int top, int width, int height, double xMin, double xMax, double yMin,
            double yMax) {
        this.chart = chart;
        this.left = left;
        this.top = top;
        this.width = width;
        this.height = height;
        double[] x = widen(xMin, xMax);
        double[] y = widen(yMin, yMax);
        double pad = (y[1] - y[0]) * 0.04; // keep extremes off the frame
        y = new double[] {y[0] - pad, y[1] + pad};
        this.xMin = x[0];
        this.xMax = x[1];
        this.yMin = y[0];
        this.yMax = y[1];
    }

    private static double[] widen(double min, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(max)) return new double[] {0, 1};
        if (max > min) return new double[] {min, max};
        double pad = min == 0 ? 0.5 : Math.abs(min) * 0.05;
        return new double[] {min - pad, max + pad};
    }

    /** The smallest and largest finite value of some series (NaN, NaN if there is none). */
    public static double[] range(double[]... series) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double[] s : series) {
            for (double v : s) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        return lo <= hi ? new double[] {lo, hi} : new double[] {Double.NaN, Double.NaN};
    }

    public double px(double x) { return left + width * (x - xMin) / (xMax - xMin); }

    public double py(double y) { return top + height - height * (y - yMin) / (yMax - yMin); }

    /** Frame, ticks with labels on both axes, and the axis titles ({@code xLabel} null: no x tick labels). */
    public Axes frame(String xLabel, String yLabel) {
        Graphics2D g = chart.graphics();
        g.setColor(Color.BLACK);
        g.drawRect(left, top, width, height);
        List<Double> yTicks = ticks(yMin, yMax);
        int widest = 0;
        for (double v : yTicks) {
            int y = (int) Math.round(py(v));
            g.drawLine(left - 4, y, left, y);
            String label = format(v, yTicks);
            widest = Math.max(widest, chart.metrics().stringWidth(label));
            chart.rightAligned(label, left - 6, y + 4);
        }
        List<Double> xTicks = ticks(xMin, xMax);
        for (double v : xTicks) {
            int x = (int) Math.round(px(v));
            g.drawLine(x, top + height, x, top + height + 4);
            if (xLabel != null) chart.centred(format(v, xTicks), x, top + height + 16);
        }
        if (xLabel != null) chart.centred(xLabel, left + width / 2.0, top + height + 32);
        chart.vertical(yLabel, left - 10 - widest - 4, top + height / 2.0); // clear of the widest tick label
        return this;
    }

    /** A polyline through the finite points (x[i], y[i]), with a legend entry. */
    public Axes line(double[] x, double[] y, Color colour, String label) {
        Graphics2D g = chart.graphics();
        Stroke old = g.getStroke();
        g.setStroke(new BasicStroke(1.4f));
        g.setColor(colour);
        Path2D.Double path = new Path2D.Double();
        boolean started = false;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                started = false; // a gap, not a jump
                continue;
            }
            if (started) path.lineTo(px(x[i]), py(y[i])); else path.moveTo(px(x[i]), py(y[i]));
            started = true;
        }
        g.draw(path);
        g.setStroke(old);
        g.setColor(Color.BLACK);
        legendLabels.add(label);
        legendColours.add(colour);
        return this;
    }

    /** The legend of the lines drawn so far, in the top right corner of the area. */
    public Axes legend() {
        Graphics2D g = chart.graphics();
        int w = legendLabels.stream().mapToInt(s -> chart.metrics().stringWidth(s)).max().orElse(0) + 34;
        int x = left + width - w - 6;
        g.setColor(new Color(255, 255, 255, 220)); // readable over the lines
        g.fillRect(x, top + 3, w, 15 * legendLabels.size() + 4);
        for (int i = 0; i < legendLabels.size(); i++) {
            int y = top + 14 + 15 * i;
            g.setColor(legendColours.get(i));
            g.fillRect(x + 4, y - 5, 20, 3);
            g.setColor(Color.BLACK);
            chart.text(legendLabels.get(i), x + 28, y);
        }
        return this;
    }

    /** Round-number ticks (steps of 1, 2 or 5 times a power of ten) covering [lo, hi], about five of them. */
    static List<Double> ticks(double lo, double hi) {
        double raw = (hi - lo) / 5;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / mag < 1.5 ? mag : raw / mag < 3.5 ? 2 * mag : raw / mag < 7.5 ? 5 * mag : 10 * mag;
        List<Double> t = new ArrayList<>();
        for (double v = Math.ceil(lo / step - 1e-9) * step; v <= hi + step * 1e-9; v += step) {
            t.add(Math.abs(v) < step * 1e-9 ? 0.0 : v);
        }
        return t;
    }

    /** A tick label with as many decimals as the tick step needs (scientific for very small steps). */
    static String format(double v, List<Double> ticks) {
        double step = ticks.size() > 1 ? Math.abs(ticks.get(1) - ticks.get(0)) : Math.abs(v);
        if (step > 0 && step < 1e-3) {
            return String.format(Locale.ROOT, "%.1e", v);
        }
        int decimals = step > 0 ? Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9)) : 0;
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
