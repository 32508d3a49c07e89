package org.ressin.core.experiment.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.ressin.core.eval.ConfusionMatrix;

/**
 * A 2 x 2 confusion matrix (rows: true high / low, columns: predicted high / low) with counts and row
 * percentages; each cell is shaded by its row percentage, so the diagonal is dark when recall is high.
 */
public final class ConfusionMatrixPlot {

    /** Size of the PNG. */
    public static final int WIDTH = 420, HEIGHT = 340;

    private ConfusionMatrixPlot() {}

    public static void write(Path png, String title, ConfusionMatrix c) throws IOException {
        int[][] counts = {{c.truePositives(), c.falseNegatives()}, {c.falsePositives(), c.trueNegatives()}};
        String[] names = {"high", "low"};
        Chart chart = new Chart(WIDTH, HEIGHT);
        chart.title(title);
        Graphics2D g = chart.graphics();
        int left = 130, top = 70, cell = 110;
        chart.centred("predicted", left + cell, top - 28);
        chart.vertical("true label", left - 70, top + cell);
        for (int i = 0; i < 2; i++) {
            chart.centred(names[i], left + cell * i + cell / 2.0, top - 8);
            chart.rightAligned(names[i], left - 10, top + cell * i + cell / 2.0 + 4);
            int rowTotal = counts[i][0] + counts[i][1];
            for (int j = 0; j < 2; j++) {
                double share = rowTotal == 0 ? 0 : counts[i][j] / (double) rowTotal;
                int shade = (int) Math.round(255 - 190 * share);
                g.setColor(new Color(shade, shade, 255));
                g.fillRect(left + cell * j, top + cell * i, cell, cell);
                g.setColor(share > 0.6 ? Color.WHITE : Color.BLACK);
                Font old = g.getFont();
                g.setFont(old.deriveFont(Font.BOLD, 18f));
                chart.centred(Integer.toString(counts[i][j]), left + cell * j + cell / 2.0, top + cell * i + cell / 2.0);
                g.setFont(old);
                chart.centred(String.format(Locale.ROOT, "%.1f %% of row", 100 * share), left + cell * j + cell / 2.0,
                        top + cell * i + cell / 2.0 + 20);
            }
        }
        g.setColor(Color.BLACK);
        g.drawRect(left, top, 2 * cell, 2 * cell);
        g.drawLine(left + cell, top, left + cell, top + 2 * cell);
        g.drawLine(left, top + cell, left + 2 * cell, top + cell);
        chart.centred(String.format(Locale.ROOT, "%d recordings, accuracy %.3f", c.total(), c.metrics().accuracy()),
                WIDTH / 2.0, top + 2 * cell + 28);
        chart.write(png);
    }
}
