package org.ressin.core.experiment.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ressin.core.cvxeda.CvxEda;
import org.ressin.core.cvxeda.CvxEdaParameters;
import org.ressin.core.cvxeda.Decomposition;
import org.ressin.core.eval.ConfusionMatrix;
import org.ressin.core.eval.LossPoint;

/** Every plot writes a PNG of its documented size that decodes and shows what it plots. */
class PlotsTest {

    @TempDir
    Path tmp;

    private static BufferedImage read(Path p) throws IOException {
        BufferedImage img = ImageIO.read(p.toFile());
        assertTrue(img != null, p + " does not decode as PNG");
        return img;
    }

    @Test
    void lossCurvesDrawEachCurveInItsColour() throws IOException {
        List<LossPoint> falling = new ArrayList<>(), flat = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            falling.add(new LossPoint(i, 1.0 / (1 + i), 0.01));
            flat.add(new LossPoint(i, 0.6, 0.01));
        }
        Path png = tmp.resolve("loss.png");
        LossCurvePlot.write(png, "loss", List.of(new LossCurvePlot.Curve("EDA only", flat),
                new LossCurvePlot.Curve("fusion", falling)));
        BufferedImage img = read(png);
        assertEquals(LossCurvePlot.WIDTH, img.getWidth());
        assertEquals(LossCurvePlot.HEIGHT, img.getHeight());
        assertTrue(count(img, Chart.COLOURS[0]) > 100 && count(img, Chart.COLOURS[1]) > 100,
                "both curves drawn in their colours");
    }

    @Test
    void decompositionShowsSignalTonicPhasicAndDriver() throws IOException {
        double rate = 10;
        double[] y = new double[600];
        for (int i = 0; i < y.length; i++) {
            double t = i / rate;
            y[i] = 2 + 0.01 * t + (t > 20 ? 0.5 * Math.exp(-(t - 20) / 4) * (1 - Math.exp(-(t - 20))) : 0);
        }
        Decomposition d = new CvxEda(CvxEdaParameters.defaults()).decompose(y, rate);
        Path png = tmp.resolve("decomposition.png");
        DecompositionPlot.write(png, "one recording", d, 15);
        BufferedImage img = read(png);
        assertEquals(DecompositionPlot.WIDTH, img.getWidth());
        assertEquals(DecompositionPlot.HEIGHT, img.getHeight());
        for (int c : new int[] {0, 1, 2, 3}) {
            assertTrue(count(img, Chart.COLOURS[c]) > 50, "series " + c + " drawn");
        }
    }

    @Test
    void confusionMatrixShadesCellsByRowShare() throws IOException {
        Path png = tmp.resolve("confusion.png");
        ConfusionMatrixPlot.write(png, "valence", new ConfusionMatrix(90, 5, 45, 10));
        BufferedImage img = read(png);
        assertEquals(ConfusionMatrixPlot.WIDTH, img.getWidth());
        assertEquals(ConfusionMatrixPlot.HEIGHT, img.getHeight());
        // true high row: 90 of 100 predicted high (dark), 10 predicted low (light); sample near each cell's corner
        int truePositive = new Color(img.getRGB(130 + 8, 70 + 8)).getRed();
        int falseNegative = new Color(img.getRGB(130 + 110 + 8, 70 + 8)).getRed();
        assertTrue(truePositive < falseNegative, truePositive + " vs " + falseNegative);
    }

    @Test
    void galleryPlacesUpscaledImagesInRowsOfHighAndLow() throws IOException {
        BufferedImage red = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < 16; i++) for (int j = 0; j < 16; j++) red.setRGB(i, j, 0xFF0000);
        Path png = tmp.resolve("images.png");
        SignalImageGallery.write(png, "valence", List.of(new SignalImageGallery.Tile(red, "song 1, subject 2")),
                List.of(), 3);
        BufferedImage img = read(png);
        assertEquals(SignalImageGallery.width(3), img.getWidth());
        assertEquals(SignalImageGallery.height(), img.getHeight());
        int tilePixels = count(img, Color.RED);
        assertTrue(tilePixels > (SignalImageGallery.TILE - 2) * (SignalImageGallery.TILE - 2),
                "the 16 px image fills a " + SignalImageGallery.TILE + " px tile: " + tilePixels);
    }

    @Test
    void ticksAreRoundNumbersCoveringTheRange() {
        assertTicks(new double[] {0, 0.2, 0.4, 0.6, 0.8, 1.0}, Axes.ticks(0, 1));
        assertTicks(new double[] {0, 20, 40, 60, 80, 100}, Axes.ticks(-3, 104));
        assertTicks(new double[] {0.35, 0.4, 0.45, 0.5}, Axes.ticks(0.33, 0.52));
    }

    @Test
    void tickLabelsHaveTheDecimalsTheirStepNeeds() {
        assertEquals("0.35", Axes.format(0.35, Axes.ticks(0.33, 0.52)));
        assertEquals("40", Axes.format(40, Axes.ticks(-3, 104)));
        assertEquals("2.0e-05", Axes.format(2e-5, Axes.ticks(0, 1e-4)));
    }

    private static void assertTicks(double[] expected, List<Double> ticks) {
        assertEquals(expected.length, ticks.size(), ticks.toString());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], ticks.get(i), 1e-12, ticks.toString());
        }
    }

    private static int count(BufferedImage img, Color c) {
        int n = 0;
        for (int x = 0; x < img.getWidth(); x++) {
            for (int y = 0; y < img.getHeight(); y++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) == (c.getRGB() & 0xFFFFFF)) n++;
            }
        }
        return n;
    }
}
