package org.ressin.knime.nodes.tests.learner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnProperties;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.collection.CollectionCellFactory;
import org.knime.core.data.collection.ListCell;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.StandInHarness;
import org.ressin.core.image.Channel;
import org.ressin.core.image.CompactSignalImage;
import org.ressin.core.image.ImageSettings;
import org.ressin.core.image.SignalImager;
import org.ressin.knime.nodes.imager.SignalImageColumn;
import org.ressin.knime.nodes.learner.ResSinLearnerNodeFactory;
import org.ressin.knime.nodes.learner.ResSinLearnerSettings;

/**
 * Small training tables like the Fusion Joiner's output: subjects, songs, signal images made by the core imager from
 * generated recordings (tonic rising for high, falling for low, so the class is visible), a 0/1 label and four
 * music features (the first one carries the label).
 */
public final class TrainingTables {

    /** Side of the test images (the smallest the imager makes). */
    public static final int SIZE = 16;
    public static final int MUSIC_DIM = 4;
    public static final List<String> FEATURE_NAMES = List.of("tempo", "loudness", "brightness", "roughness");

    public static final int SUBJECT = 0;
    public static final int SONG = 1;
    public static final int IMAGE = 2;
    public static final int LABEL = 3;
    public static final int MUSIC = 4;

    private TrainingTables() {
    }

    /** The image column spec with the Signal Imager's properties (size and channels), or without any. */
    public static DataColumnSpec imageColumn(final int size, final String channels, final boolean properties) {
        DataColumnSpecCreator c = new DataColumnSpecCreator(SignalImageColumn.NAME, StringCell.TYPE);
        if (properties) {
            c.setProperties(new DataColumnProperties(Map.of(SignalImageColumn.PROPERTY_SIZE, Integer.toString(size),
                SignalImageColumn.PROPERTY_CHANNELS, channels)));
        }
        return c.createSpec();
    }

    public static DataColumnSpec musicColumn() {
        DataColumnSpecCreator c =
            new DataColumnSpecCreator("music_features", ListCell.getCollectionType(DoubleCell.TYPE));
        c.setElementNames(FEATURE_NAMES.toArray(String[]::new));
        return c.createSpec();
    }

    public static DataTableSpec spec(final DataColumnSpec image) {
        return new DataTableSpec(new DataColumnSpecCreator("subjectId", StringCell.TYPE).createSpec(),
            new DataColumnSpecCreator("musicId", StringCell.TYPE).createSpec(), image,
            new DataColumnSpecCreator("valence_label", IntCell.TYPE).createSpec(), musicColumn());
    }

    public static DataTableSpec spec() {
        return spec(imageColumn(SIZE, "phasic+tonic+origin", true));
    }

    /** A recording's signal image: random walks, tonic trending up (label 1) or down (label 0). */
    public static CompactSignalImage image(final Random random, final int label, final int size) {
        int n = 50 * 4;
        double[][] s = new double[3][n];
        for (double[] ch : s) {
            double v = random.nextGaussian();
            for (int i = 0; i < n; i++) {
                v += random.nextGaussian() * 0.05;
                ch[i] = v;
            }
        }
        for (int i = 0; i < n; i++) {
            s[2][i] += (label == 1 ? 1 : -1) * 2.0 * i / n;
        }
        return new SignalImager(ImageSettings.of(List.of(Channel.values()), size, 50)).image("test", s[0], s[1],
            s[2], 50);
    }

    public static DataCell list(final double... values) {
        List<DoubleCell> cells = new ArrayList<>();
        for (double v : values) {
            cells.add(new DoubleCell(v));
        }
        return CollectionCellFactory.createListCell(cells);
    }

    /**
     * {@code n} rows, subjects "s0".."s(subjects-1)" in turn, songs "m0".."m(n-1)", labels alternating per pass over
     * the subjects (every subject gets both classes); the first {@code missingLabels} rows have no label.
     */
    public static List<DataRow> rows(final int n, final int subjects, final long seed, final int missingLabels) {
        Random random = new Random(seed);
        List<DataRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int label = (i / subjects) % 2;
            double[] music = new double[MUSIC_DIM];
            for (int j = 0; j < MUSIC_DIM; j++) {
                music[j] = 10 + 3 * random.nextGaussian();
            }
            music[0] += label == 1 ? 4 : -4;
            rows.add(new DefaultRow("Row" + i, new StringCell("s" + (i % subjects)), new StringCell("m" + i),
                new StringCell(image(random, label, SIZE).toBase64()),
                i < missingLabels ? DataType.getMissingCell() : new IntCell(label), list(music)));
        }
        return rows;
    }

    public static BufferedDataTable table(final int n, final int subjects, final long seed) {
        return StandInHarness.createTable(spec(), rows(n, subjects, seed, 0));
    }

    /** A learner with quick settings: small preset, 16 px, 2 epochs, batch 8, lr 0.01, one thread. */
    public static NodeModel quickLearner() throws Exception {
        NodeModel m = new ResSinLearnerNodeFactory().createNodeModel();
        NodeSettings s = StandInHarness.saveSettings(m);
        quick(s);
        StandInHarness.loadSettingsFrom(m, s);
        return m;
    }

    public static void quick(final NodeSettings s) {
        s.addString(ResSinLearnerSettings.CFG_PRESET, ResSinLearnerSettings.PRESET_SMALL);
        s.addInt(ResSinLearnerSettings.CFG_IMAGE_SIZE, SIZE);
        s.addInt(ResSinLearnerSettings.CFG_EPOCHS, 2);
        s.addInt(ResSinLearnerSettings.CFG_BATCH_SIZE, 8);
        s.addDouble(ResSinLearnerSettings.CFG_LEARNING_RATE, 0.01);
        s.addInt(ResSinLearnerSettings.CFG_THREADS, 1);
    }

    /** Loads {@code changes} on top of the model's current settings. */
    public static void change(final NodeModel m, final java.util.function.Consumer<NodeSettings> changes)
        throws Exception {
        NodeSettings s = StandInHarness.saveSettings(m);
        changes.accept(s);
        StandInHarness.loadSettingsFrom(m, s);
    }
}
