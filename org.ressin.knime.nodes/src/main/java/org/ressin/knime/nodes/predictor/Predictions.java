package org.ressin.knime.nodes.predictor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.RowKey;
import org.knime.core.data.collection.CollectionCellFactory;
import org.knime.core.data.collection.ListDataValue;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.ressin.core.image.CompactSignalImage;
import org.ressin.core.net.Prediction;
import org.ressin.core.net.ResSinModel;
import org.ressin.core.net.UnlabeledExample;
import org.ressin.knime.nodes.common.Columns;
import org.ressin.knime.nodes.common.SignalImages;

/**
 * Runs the core model over a table in chunks of rows and keeps the appended cells of each row: prediction,
 * probabilities and (if asked) the pooled EDA features. Rows without an image (or, for a fusion model, without
 * music features) get none and are counted.
 */
final class Predictions {

    /** Rows decoded and classified at a time: bounds memory and the time between progress and cancel checks. */
    static final int CHUNK = 128;

    private final Map<RowKey, DataCell[]> cells = new HashMap<>();
    long withoutImage;
    long withoutMusic;

    private Predictions() {
    }

    /** The appended cells of a row, or null if it was not classified. */
    DataCell[] cells(final RowKey key) {
        return cells.get(key);
    }

    static Predictions compute(final BufferedDataTable table, final PredictorColumns c, final ResSinModel model,
        final boolean edaFeatures, final ExecutionMonitor exec) throws CanceledExecutionException {
        Predictions p = new Predictions();
        String[] names = table.getDataTableSpec().getColumnNames();
        List<UnlabeledExample> chunk = new ArrayList<>(CHUNK);
        List<RowKey> keys = new ArrayList<>(CHUNK);
        long total = Math.max(1, table.size());
        long n = 0;
        for (DataRow row : table) {
            exec.checkCanceled();
            n++;
            RowKey key = row.getKey();
            DataCell imageCell = row.getCell(c.image);
            if (imageCell.isMissing()) {
                p.withoutImage++;
                continue;
            }
            double[] music = null;
            if (c.music >= 0) {
                DataCell m = row.getCell(c.music);
                if (m.isMissing()) {
                    p.withoutMusic++;
                    continue;
                }
                music = Columns.doubles((ListDataValue)m, key, names[c.music]);
                if (music.length != model.musicDimension()) {
                    throw new IllegalArgumentException("Row \"" + key + "\", column \"" + names[c.music] + "\": "
                        + music.length + " music features, but the model was trained on " + model.musicDimension());
                }
            }
            CompactSignalImage image =
                SignalImages.decode(imageCell, key, names[c.image], model.networkSettings(), "the model's image size");
            chunk.add(new UnlabeledExample(key.getString(), "row", image, music));
            keys.add(key);
            if (chunk.size() == CHUNK) {
                p.classify(model, chunk, keys, edaFeatures);
                final long done = n;
                exec.setProgress(done / (double)total, () -> "Classified " + done + " of " + total + " rows");
            }
        }
        p.classify(model, chunk, keys, edaFeatures);
        return p;
    }

    private void classify(final ResSinModel model, final List<UnlabeledExample> chunk, final List<RowKey> keys,
        final boolean edaFeatures) {
        if (chunk.isEmpty()) {
            return;
        }
        List<Prediction> predictions = model.predict(chunk);
        float[][] features = edaFeatures ? model.edaFeatures(chunk) : null;
        for (int i = 0; i < chunk.size(); i++) {
            Prediction pr = predictions.get(i);
            DataCell[] out = new DataCell[edaFeatures ? 4 : 3];
            out[0] = new IntCell(pr.label());
            out[1] = new DoubleCell(pr.probabilityHigh());
            out[2] = new DoubleCell(1 - pr.probabilityHigh());
            if (edaFeatures) {
                List<DoubleCell> f = new ArrayList<>(features[i].length);
                for (float v : features[i]) {
                    f.add(new DoubleCell(v));
                }
                out[3] = CollectionCellFactory.createListCell(f);
            }
            cells.put(keys.get(i), out);
        }
        chunk.clear();
        keys.clear();
    }

    /** The warning about rows left without a prediction, or null. */
    String warning() {
        List<String> parts = new ArrayList<>();
        if (withoutImage > 0) {
            parts.add(withoutImage + " rows have no signal image");
        }
        if (withoutMusic > 0) {
            parts.add(withoutMusic + " rows have no music features");
        }
        return parts.isEmpty() ? null : String.join(", ", parts) + ": no prediction (missing cells).";
    }
}
