package org.ressin.core.experiment.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Signal images of recordings with high and with low labels side by side: one row per label, images upscaled
 * without smoothing (each pixel stays a visible square), each captioned.
 */
public final class SignalImageGallery {

    /** Side of each tile in the PNG. */
    public static final int TILE = 128;
    private static final int LEFT = 60, TOP = 34, CAPTION = 18, GAP = 10;

    /** One image and its caption. */
    public record Tile(BufferedImage image, String caption) {}

    private SignalImageGallery() {}

    /** Width of a gallery with {@code columns} tiles per row. */
    public static int width(int columns) { return LEFT + columns * (TILE + GAP); }

    /** Height of a gallery (two rows). */
    public static int height() { return TOP + 2 * (TILE + CAPTION + GAP); }

    /**
     * @param high  images of recordings labelled high (at most {@code columns} are drawn)
     * @param low   images of recordings labelled low
     */
    public static void write(Path png, String title, List<Tile> high, List<Tile> low, int columns) throws IOException {
        Chart chart = new Chart(width(columns), height());
        chart.title(title);
        Graphics2D g = chart.graphics();
        List<List<Tile>> rows = List.of(high, low);
        String[] names = {"high", "low"};
        for (int r = 0; r < 2; r++) {
            int y = TOP + r * (TILE + CAPTION + GAP);
            chart.rightAligned(names[r], LEFT - 8, y + TILE / 2.0);
            List<Tile> tiles = rows.get(r);
            for (int c = 0; c < Math.min(columns, tiles.size()); c++) {
                int x = LEFT + c * (TILE + GAP);
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
                g.drawImage(tiles.get(c).image(), x, y, TILE, TILE, null);
                g.setColor(Color.BLACK);
                g.drawRect(x, y, TILE, TILE);
                chart.centred(tiles.get(c).caption(), x + TILE / 2.0, y + TILE + 14);
            }
            if (tiles.isEmpty()) {
                chart.text("(no recording with this label)", LEFT, y + TILE / 2.0);
            }
        }
        chart.write(png);
    }
}
