package org.ressin.core.experiment.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/**
 * A white PNG canvas with text helpers, shared by the report's plots. Drawing needs no display: the class turns
 * on {@code java.awt.headless} unless the caller has decided otherwise.
 */
public final class Chart {

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true"); // plots are drawn on servers without a display
        }
    }

    /** Line colours, in order of use (colour-blind safe pairs first). */
    public static final Color[] COLOURS = {new Color(0x1F77B4), new Color(0xD62728), new Color(0x2CA02C),
        new Color(0xFF7F0E), new Color(0x9467BD)};

    private final BufferedImage image;
    private final Graphics2D g;

    /** A blank white canvas of {@code width} x {@code height} pixels. */
    public Chart(int width, int height) {
        image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    }

    public Graphics2D graphics() { return g; }

    public int width() { return image.getWidth(); }

    public int height() { return image.getHeight(); }

    /** Text with its left end at x and baseline at y. */
    public void text(String s, double x, double y) {
        g.drawString(s, (float) x, (float) y);
    }

    /** Text centred on x, baseline at y. */
    public void centred(String s, double x, double y) {
        g.drawString(s, (float) (x - g.getFontMetrics().stringWidth(s) / 2.0), (float) y);
    }

    /** Text ending at x, baseline at y. */
    public void rightAligned(String s, double x, double y) {
        g.drawString(s, (float) (x - g.getFontMetrics().stringWidth(s)), (float) y);
    }

    /** Text turned 90 degrees anticlockwise, centred on (x, y): a y-axis label. */
    public void vertical(String s, double x, double y) {
        AffineTransform old = g.getTransform();
        g.rotate(-Math.PI / 2, x, y);
        centred(s, x, y);
        g.setTransform(old);
    }

    /** A bold title centred at the top. */
    public void title(String s) {
        Font old = g.getFont();
        g.setFont(old.deriveFont(Font.BOLD, 13f));
        centred(s, width() / 2.0, 18);
        g.setFont(old);
    }

    public FontMetrics metrics() { return g.getFontMetrics(); }

    /** Writes the PNG (replacing the file) and releases the canvas. */
    public void write(Path png) throws IOException {
        g.dispose();
        if (!ImageIO.write(image, "png", png.toFile())) {
            throw new IOException("no PNG writer in this Java runtime for " + png);
        }
    }
}
