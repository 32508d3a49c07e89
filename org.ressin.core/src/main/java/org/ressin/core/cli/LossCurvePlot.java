package org.ressin.core.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

/**
 * Training-loss curves of several runs in one PNG (like the paper's Fig. 5: EDA only against fusion), drawn with
 * Java2D: iteration on x, loss on y, one coloured line and legend entry per curve.
 */
final class LossCurvePlot {

    /** One labelled curve: {@code points[i] = {iteration, loss}}. */
    record Curve(String label, double[][] points) {}

    private static final int W = 640, H = 400, LEFT = 60, RIGHT = 20, TOP = 30, BOTTOM = 45;
    private static final Color[] COLOURS = {new Color(0xD62728), new Color(0x1F77B4), new Color(0x2CA02C)};

    private LossCurvePlot() {}

    static void write(Path png, String title, List<Curve> curves) throws IOException {
        double maxX = 1, minY = Double.POSITIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (Curve c : curves) {
            for (double[] p : c.points()) {
                maxX = Math.max(maxX, p[0]);
                if (Double.isFinite(p[1])) {
                    minY = Math.min(minY, p[1]);
                    maxY = Math.max(maxY, p[1]);
                }
            }
        }
        if (!(maxY > minY)) { // empty or flat: give the axis some height
            minY = Double.isFinite(minY) ? minY - 0.5 : 0;
            maxY = minY + 1;
        }
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, W, H);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            g.setColor(Color.BLACK);
            int pw = W - LEFT - RIGHT, ph = H - TOP - BOTTOM;
            g.drawRect(LEFT, TOP, pw, ph);
            g.drawString(title, LEFT, TOP - 10);
            g.drawString("iteration", LEFT + pw / 2 - 25, H - 10);
            for (int i = 0; i <= 4; i++) {
                double y = minY + (maxY - minY) * i / 4;
                int py = TOP + ph - (int) Math.round(ph * i / 4.0);
                g.drawString(String.format(Locale.ROOT, "%.3f", y), 5, py + 4);
                int px = LEFT + (int) Math.round(pw * i / 4.0);
                g.drawString(String.format(Locale.ROOT, "%.0f", maxX * i / 4), px - 8, TOP + ph + 15);
            }
            g.setStroke(new BasicStroke(1.6f));
            for (int c = 0; c < curves.size(); c++) {
                Curve curve = curves.get(c);
                g.setColor(COLOURS[c % COLOURS.length]);
                Path2D.Double line = new Path2D.Double();
                boolean started = false;
                for (double[] p : curve.points()) {
                    if (!Double.isFinite(p[1])) continue;
                    double x = LEFT + pw * p[0] / maxX;
                    double y = TOP + ph - ph * (p[1] - minY) / (maxY - minY);
                    if (started) line.lineTo(x, y); else line.moveTo(x, y);
                    started = true;
                }
                g.draw(line);
                g.drawLine(LEFT + pw - 170, TOP + 15 + 16 * c, LEFT + pw - 150, TOP + 15 + 16 * c);
                g.drawString(curve.label(), LEFT + pw - 145, TOP + 19 + 16 * c);
            }
        } finally {
            g.dispose();
        }
        if (!ImageIO.write(img, "png", png.toFile())) {
            throw new IOException("no PNG writer for " + png);
        }
    }
}
