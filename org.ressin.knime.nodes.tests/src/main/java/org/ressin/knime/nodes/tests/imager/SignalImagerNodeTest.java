package org.ressin.knime.nodes.tests.imager;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.IntValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.collection.CollectionCellFactory;
import org.knime.core.data.collection.ListCell;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.data.image.png.PNGImageValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.StandInHarness;
import org.knime.core.node.port.PortObjectSpec;
import org.ressin.core.cvxeda.CvxEda;
import org.ressin.core.cvxeda.CvxEdaParameters;
import org.ressin.core.cvxeda.Decomposition;
import org.ressin.core.eda.Recording;
import org.ressin.core.image.Channel;
import org.ressin.core.image.CompactSignalImage;
import org.ressin.core.image.ImageSettings;
import org.ressin.core.image.SignalImagePng;
import org.ressin.core.image.SignalImager;
import org.ressin.core.pmemo.PmemoDataset;
import org.ressin.core.synth.SynthSettings;
import org.ressin.core.synth.SyntheticPmemo;
import org.ressin.knime.nodes.imager.SignalImagerNodeFactory;
import org.ressin.knime.nodes.imager.SignalImagerSettings;
import org.ressin.knime.nodes.tests.NodeDescriptionAssert;

/** Signal Imager through the stand-in framework. */
class SignalImagerNodeTest {

    private static final DataType LIST = ListCell.getCollectionType(DoubleCell.TYPE);

    /** Like the cvxEDA Decomposer's output (the columns the imager may read, plus one it must ignore). */
    static final DataTableSpec SPEC = new DataTableSpec(
        new DataColumnSpecCreator("musicId", StringCell.TYPE).createSpec(),
        new DataColumnSpecCreator("subjectId", StringCell.TYPE).createSpec(),
        new DataColumnSpecCreator("sampling_rate", DoubleCell.TYPE).createSpec(),
        new DataColumnSpecCreator("eda", LIST).createSpec(), new DataColumnSpecCreator("phasic", LIST).createSpec(),
        new DataColumnSpecCreator("tonic", LIST).createSpec(), new DataColumnSpecCreator("driver", LIST).createSpec());

    private static final int IMAGE = 7;
    private static final int CHANNELS = 8;
    private static final int SIZE = 9;
    private static final int PNG = 10;

    /** origin, phasic, tonic of one recording. */
    record Signals(double[] origin, double[] phasic, double[] tonic) {
    }

    static DataCell list(final double[] values) {
        if (values == null) {
            return DataType.getMissingCell();
        }
        List<DoubleCell> cells = new ArrayList<>(values.length);
        for (double v : values) {
            cells.add(new DoubleCell(v));
        }
        return CollectionCellFactory.createListCell(cells);
    }

    static DataRow row(final String key, final double rate, final Signals s) {
        return new DefaultRow(key, new StringCell("song"), new StringCell(key), new DoubleCell(rate),
            list(s.origin()), list(s.phasic()), list(s.tonic()), list(s.phasic()));
    }

    /** Random walks standing in for a recording and its components. */
    static Signals walks(final Random random, final int samples) {
        double[][] s = new double[3][samples];
        for (double[] ch : s) {
            double v = random.nextGaussian();
            for (int i = 0; i < samples; i++) {
                v += random.nextGaussian() * 0.1;
                ch[i] = v;
            }
        }
        return new Signals(s[0], s[1], s[2]);
    }

    private static NodeModel model(final String channels, final int size, final boolean png, final String tooShort)
        throws InvalidSettingsException {
        NodeModel m = new SignalImagerNodeFactory().createNodeModel();
        NodeSettings s = StandInHarness.saveSettings(m);
        s.addString(SignalImagerSettings.CFG_CHANNELS, channels);
        s.addInt(SignalImagerSettings.CFG_SIZE, size);
        s.addBoolean(SignalImagerSettings.CFG_PNG, png);
        s.addString(SignalImagerSettings.CFG_TOO_SHORT, tooShort);
        StandInHarness.loadSettingsFrom(m, s);
        return m;
    }

    private static BufferedDataTable run(final NodeModel m, final List<DataRow> rows) throws Exception {
        return (BufferedDataTable)StandInHarness.execute(m, StandInHarness.createTable(SPEC, rows))[0];
    }

    private static CompactSignalImage compact(final DataCell cell) {
        return CompactSignalImage.fromBase64(((StringValue)cell).getStringValue());
    }

    private static BufferedImage png(final DataCell cell) throws Exception {
        byte[] bytes = ((PNGImageValue)cell).getImageContent().getByteArray();
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    /** Every band of every pixel of {@code actual} equals {@code expected}'s. */
    private static void assertSamePixels(final BufferedImage expected, final BufferedImage actual) {
        assertEquals(expected.getWidth(), actual.getWidth());
        assertEquals(expected.getHeight(), actual.getHeight());
        Raster e = expected.getRaster();
        Raster a = actual.getRaster();
        assertEquals(e.getNumBands(), a.getNumBands());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                for (int b = 0; b < e.getNumBands(); b++) {
                    assertEquals(e.getSample(x, y, b), a.getSample(x, y, b), "pixel " + x + "," + y + " band " + b);
                }
            }
        }
    }

    /**
     * Recordings of a generated PMEmo-format dataset, first 15 s discarded and decomposed with the core's cvxEDA
     * as the decomposer node would: the node's images equal the core imager's, bit for bit.
     */
    @Test
    void imagesEqualTheCoreImagerOnDecomposedSyntheticRecordings(@TempDir final Path dir) throws Exception {
        new SyntheticPmemo(SynthSettings.defaults().withSize(2, 3).withRecordingsPerSubject(2).withDurations(18, 21))
            .writeTo(dir);
        List<DataRow> rows = new ArrayList<>();
        List<Decomposition> decompositions = new ArrayList<>();
        CvxEda cvx = new CvxEda(CvxEdaParameters.defaults());
        for (Recording r : PmemoDataset.open(dir).recordings().toList()) {
            Decomposition d = cvx.decompose(r.skipSeconds(PmemoDataset.DISCARDED_SECONDS));
            decompositions.add(d);
            rows.add(row(r.id(), r.samplingRate(), new Signals(d.origin(), d.phasic(), d.tonic())));
        }
        assertEquals(4, rows.size());
        NodeModel m = new SignalImagerNodeFactory().createNodeModel();
        List<DataRow> out = StandInHarness.rows(run(m, rows));
        SignalImager core = new SignalImager(ImageSettings.defaults());
        for (int i = 0; i < out.size(); i++) {
            DataRow r = out.get(i);
            Decomposition d = decompositions.get(i);
            CompactSignalImage expected = core.image("x", d);
            CompactSignalImage actual = compact(r.getCell(IMAGE));
            assertEquals(expected, actual, "row " + r.getKey());
            assertArrayEquals(expected.renderDoubles(), actual.renderDoubles());
            assertEquals(List.of(Channel.PHASIC, Channel.TONIC, Channel.ORIGIN), actual.channels());
            assertEquals(224, actual.size());
            assertEquals("phasic+tonic+origin", ((StringValue)r.getCell(CHANNELS)).getStringValue());
            assertEquals(224, ((IntValue)r.getCell(SIZE)).getIntValue());
            assertSamePixels(SignalImagePng.toBufferedImage(core.imageDoubles("x", d)), png(r.getCell(PNG)));
        }
        assertNull(StandInHarness.getWarningMessage(m));
    }

    @Test
    void compactBytesRoundTripAndMatchTheCore() throws Exception {
        Random random = new Random(7);
        List<DataRow> rows = new ArrayList<>();
        List<Signals> signals = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Signals s = walks(random, 50 * (3 + i) + i);
            signals.add(s);
            rows.add(row("Row" + i, 50, s));
        }
        List<DataRow> out = StandInHarness.rows(run(model("mix", 32, false, "skip"), rows));
        assertEquals(SPEC.getNumColumns() + 3, out.get(0).getNumCells(), "no PNG column when switched off");
        SignalImager core = new SignalImager(ImageSettings.defaults().withSize(32));
        for (int i = 0; i < out.size(); i++) {
            String text = ((StringValue)out.get(i).getCell(IMAGE)).getStringValue();
            CompactSignalImage back = CompactSignalImage.fromBase64(text);
            assertEquals(text, back.toBase64());
            Signals s = signals.get(i);
            assertEquals(core.image("x", s.origin(), s.phasic(), s.tonic(), 50), back);
            assertEquals(3 + i, back.rows(), "whole seconds");
            assertEquals(4 * ((back.byteSize() + 2) / 3), text.length());
        }
    }

    @Test
    void channelsSettingSelectsAndOrdersChannels() throws Exception {
        Signals s = walks(new Random(3), 50 * 6);
        DataRow only = row("Row0", 50, s);
        BufferedDataTable out = run(model("origin+tonic", 48, true, "skip"), List.of(only));
        DataRow r = StandInHarness.rows(out).get(0);
        CompactSignalImage image = compact(r.getCell(IMAGE));
        assertEquals(List.of(Channel.TONIC, Channel.ORIGIN), image.channels());
        assertEquals("tonic+origin", ((StringValue)r.getCell(CHANNELS)).getStringValue());
        SignalImager core = new SignalImager(ImageSettings.of(List.of(Channel.TONIC, Channel.ORIGIN), 48, 50));
        assertEquals(core.image("x", s.origin(), null, s.tonic(), 50), image);
        BufferedImage preview = png(r.getCell(PNG));
        assertSamePixels(SignalImagePng.toBufferedImage(core.imageDoubles("x", s.origin(), null, s.tonic(), 50)),
            preview);
        assertEquals(0, preview.getRaster().getSample(10, 10, 0), "phasic (red) is not selected");

        // one channel: a gray PNG; the phasic and tonic columns are not needed
        DataTableSpec originOnly = new DataTableSpec(SPEC.getColumnSpec(0), SPEC.getColumnSpec(1),
            SPEC.getColumnSpec(2), SPEC.getColumnSpec(3));
        NodeModel m = model("origin", 16, true, "skip");
        DataTableSpec outSpec = (DataTableSpec)StandInHarness.configure(m, originOnly)[0];
        assertEquals(originOnly.getNumColumns() + 4, outSpec.getNumColumns());
        BufferedDataTable grayTable = StandInHarness.createTable(originOnly,
            new DefaultRow("Row0", new StringCell("song"), new StringCell("A"), new DoubleCell(50), list(s.origin())));
        DataRow g = StandInHarness.rows((BufferedDataTable)StandInHarness.execute(m, grayTable)[0]).get(0);
        BufferedImage gray = png(g.getCell(7));
        assertEquals(1, gray.getRaster().getNumBands());
        SignalImager one = new SignalImager(ImageSettings.of(List.of(Channel.ORIGIN), 16, 50));
        assertSamePixels(SignalImagePng.toBufferedImage(one.imageDoubles("x", s.origin(), null, null, 50)), gray);
    }

    @Test
    void tooShortRecordingsFailNamingTheRowOrAreSkippedAndCounted() throws Exception {
        Random random = new Random(1);
        List<DataRow> rows = List.of(row("Row0", 50, walks(random, 120)), row("tiny", 50, walks(random, 49)),
            row("Row2", 50, walks(random, 200)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> run(model("mix", 16, true, "fail"), rows));
        assertTrue(e.getMessage().contains("\"tiny\"") && e.getMessage().contains("too short"), e.getMessage());

        NodeModel skip = model("mix", 16, true, "skip");
        List<DataRow> out = StandInHarness.rows(run(skip, rows));
        assertEquals(3, out.size(), "skipped rows stay, without an image");
        for (int c = IMAGE; c <= PNG; c++) {
            assertTrue(out.get(1).getCell(c).isMissing(), "column " + c);
            assertFalse(out.get(0).getCell(c).isMissing(), "column " + c);
        }
        String warning = StandInHarness.getWarningMessage(skip);
        assertTrue(warning.contains("1 recording(s) are shorter than one second") && warning.contains("\"tiny\""),
            warning);
    }

    @Test
    void missingCellsGiveMissingImagesAndBadValuesNameRowAndColumn() throws Exception {
        Random random = new Random(2);
        Signals good = walks(random, 100);
        Signals noPhasic = new Signals(good.origin(), null, good.tonic());
        NodeModel m = model("mix", 16, false, "fail");
        List<DataRow> out = StandInHarness.rows(run(m, List.of(row("Row0", 50, good), row("gap", 50, noPhasic))));
        assertTrue(out.get(1).getCell(IMAGE).isMissing());
        assertTrue(StandInHarness.getWarningMessage(m).contains("1 row(s) have a missing signal"));

        // phasic unselected: its missing cell does not matter
        NodeModel tonicOnly = model("tonic", 16, false, "fail");
        assertFalse(StandInHarness.rows(run(tonicOnly, List.of(row("gap", 50, noPhasic)))).get(0).getCell(IMAGE)
            .isMissing());

        Signals uneven = new Signals(good.origin(), Arrays.copyOf(good.phasic(), 90), good.tonic());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> run(model("mix", 16, false, "skip"), List.of(row("uneven", 50, uneven))));
        assertTrue(e.getMessage().contains("\"uneven\"") && e.getMessage().contains("phasic = \"phasic\""),
            e.getMessage());

        DataRow holey = new DefaultRow("holey", new StringCell("song"), new StringCell("A"), new DoubleCell(50),
            list(good.origin()), CollectionCellFactory.createListCell(List.of(new DoubleCell(1),
                DataType.getMissingCell(), new DoubleCell(2))), list(good.tonic()), list(good.tonic()));
        e = assertThrows(IllegalArgumentException.class, () -> run(model("mix", 16, false, "skip"), List.of(holey)));
        assertTrue(e.getMessage().contains("\"holey\"") && e.getMessage().contains("\"phasic\"")
            && e.getMessage().contains("element 1"), e.getMessage());

        double[] nan = good.tonic().clone();
        nan[5] = Double.NaN;
        e = assertThrows(IllegalArgumentException.class,
            () -> run(model("mix", 16, false, "skip"), List.of(row("nan", 50, new Signals(good.origin(),
                good.phasic(), nan)))));
        assertTrue(e.getMessage().contains("\"nan\"") && e.getMessage().contains("tonic"), e.getMessage());
    }

    @Test
    void samplingRateComesFromTheColumnOrTheSetting() throws Exception {
        Random random = new Random(4);
        Signals s = walks(random, 25 * 4 + 3);
        List<DataRow> out = StandInHarness.rows(run(model("mix", 16, false, "skip"), List.of(row("r25", 25, s))));
        CompactSignalImage image = compact(out.get(0).getCell(IMAGE));
        assertEquals(25, image.columns());
        assertEquals(4, image.rows());
        assertEquals(new SignalImager(ImageSettings.defaults().withSize(16).withSamplesPerSecond(25))
            .image("x", s.origin(), s.phasic(), s.tonic(), 25), image);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> run(model("mix", 16, false, "skip"), List.of(row("odd", 50.5, s))));
        assertTrue(e.getMessage().contains("\"odd\"") && e.getMessage().contains("\"sampling_rate\""),
            e.getMessage());

        // no rate column: the fixed rate applies (the table's 50.5 is ignored)
        NodeModel fixed = model("mix", 16, false, "skip");
        NodeSettings settings = StandInHarness.saveSettings(fixed);
        settings.addString(SignalImagerSettings.CFG_RATE_COLUMN, null);
        settings.addInt(SignalImagerSettings.CFG_FIXED_RATE, 20);
        StandInHarness.loadSettingsFrom(fixed, settings);
        image = compact(StandInHarness.rows(run(fixed, List.of(row("odd", 50.5, s)))).get(0).getCell(IMAGE));
        assertEquals(20, image.columns());
        assertEquals(5, image.rows());
    }

    @Test
    void constantChannelsAreCountedInTheWarning() throws Exception {
        Signals s = walks(new Random(5), 150);
        double[] flat = new double[150];
        Arrays.fill(flat, 3.0);
        NodeModel m = model("mix", 16, false, "skip");
        List<DataRow> out = StandInHarness.rows(run(m, List.of(row("Row0", 50, new Signals(s.origin(), s.phasic(),
            flat)), row("Row1", 50, s))));
        assertEquals(Set.of(Channel.TONIC), compact(out.get(0).getCell(IMAGE)).constantChannels());
        String warning = StandInHarness.getWarningMessage(m);
        assertTrue(warning.contains("1 image(s) have a constant channel") && warning.contains("tonic in 1"), warning);
    }

    @Test
    void configureNamesMissingAndWrongTypedColumnsAndBadSettings() throws Exception {
        NodeModel m = new SignalImagerNodeFactory().createNodeModel();
        DataTableSpec out = (DataTableSpec)StandInHarness.configure(m, SPEC)[0];
        assertEquals(List.of("signal_image", "signal_image_channels", "signal_image_size", "signal_image_png"),
            List.of(out.getColumnNames()).subList(SPEC.getNumColumns(), out.getNumColumns()));

        DataTableSpec noTonic = new DataTableSpec(SPEC.getColumnSpec(0), SPEC.getColumnSpec(1),
            SPEC.getColumnSpec(2), SPEC.getColumnSpec(3), SPEC.getColumnSpec(4));
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> StandInHarness.configure(m, noTonic));
        assertTrue(e.getMessage().contains("\"tonic\"") && e.getMessage().contains("Tonic column"), e.getMessage());

        DataTableSpec doubleEda = new DataTableSpec(SPEC.getColumnSpec(0), SPEC.getColumnSpec(1),
            SPEC.getColumnSpec(2), new DataColumnSpecCreator("eda", DoubleCell.TYPE).createSpec(),
            SPEC.getColumnSpec(4), SPEC.getColumnSpec(5));
        e = assertThrows(InvalidSettingsException.class, () -> StandInHarness.configure(m, doubleEda));
        assertTrue(e.getMessage().contains("\"eda\"") && e.getMessage().contains("List of Double"), e.getMessage());

        DataTableSpec noRate = new DataTableSpec(SPEC.getColumnSpec(0), SPEC.getColumnSpec(3),
            SPEC.getColumnSpec(4), SPEC.getColumnSpec(5));
        e = assertThrows(InvalidSettingsException.class, () -> StandInHarness.configure(m, noRate));
        assertTrue(e.getMessage().contains("\"sampling_rate\"") && e.getMessage().contains("Sampling rate column"),
            e.getMessage());

        DataTableSpec textRate = new DataTableSpec(SPEC.getColumnSpec(0), SPEC.getColumnSpec(1),
            new DataColumnSpecCreator("sampling_rate", StringCell.TYPE).createSpec(), SPEC.getColumnSpec(3),
            SPEC.getColumnSpec(4), SPEC.getColumnSpec(5));
        e = assertThrows(InvalidSettingsException.class, () -> StandInHarness.configure(m, textRate));
        assertTrue(e.getMessage().contains("numeric"), e.getMessage());

        NodeSettings small = StandInHarness.saveSettings(m);
        small.addInt(SignalImagerSettings.CFG_SIZE, 15);
        e = assertThrows(InvalidSettingsException.class, () -> StandInHarness.validateSettings(m, small));
        assertTrue(e.getMessage().contains("Image size") && e.getMessage().contains("15"), e.getMessage());

        NodeSettings red = StandInHarness.saveSettings(m);
        red.addString(SignalImagerSettings.CFG_CHANNELS, "phasic+red");
        e = assertThrows(InvalidSettingsException.class, () -> StandInHarness.validateSettings(m, red));
        assertTrue(e.getMessage().contains("Channels") && e.getMessage().contains("red"), e.getMessage());

        NodeSettings maybe = StandInHarness.saveSettings(m);
        maybe.addString(SignalImagerSettings.CFG_TOO_SHORT, "maybe");
        e = assertThrows(InvalidSettingsException.class, () -> StandInHarness.validateSettings(m, maybe));
        assertTrue(e.getMessage().contains("Too-short recordings"), e.getMessage());
    }

    @Test
    void appendedColumnNamesStayUnique() throws Exception {
        DataTableSpec withImage = new DataTableSpec(SPEC.getColumnSpec(2), SPEC.getColumnSpec(3),
            SPEC.getColumnSpec(4), SPEC.getColumnSpec(5),
            new DataColumnSpecCreator("signal_image", StringCell.TYPE).createSpec());
        DataTableSpec out = (DataTableSpec)StandInHarness.configure(new SignalImagerNodeFactory().createNodeModel(),
            withImage)[0];
        assertEquals(9, out.getNumColumns());
        assertEquals(9, Arrays.stream(out.getColumnNames()).distinct().count());
    }

    @Test
    void cancellationStopsPromptly() throws Exception {
        Random random = new Random(9);
        List<DataRow> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            rows.add(row("Row" + i, 50, walks(random, 50 * 30)));
        }
        BufferedDataTable in = StandInHarness.createTable(SPEC, rows);
        ExecutionContext exec = StandInHarness.createExecutionContext();
        StandInHarness.cancelWhenProgressReaches(exec, 0.1);
        long start = System.nanoTime();
        assertThrows(CanceledExecutionException.class,
            () -> StandInHarness.execute(new SignalImagerNodeFactory().createNodeModel(), exec, in));
        double last = StandInHarness.getProgressHistory(exec).stream().mapToDouble(Double::doubleValue).max()
            .orElse(0);
        assertTrue(last >= 0.1 && last < 0.2, "progress reached " + last + " with a cancel at 0.1");
        assertTrue(System.nanoTime() - start < 60_000_000_000L);
    }

    @Test
    void settingsRoundTrip() throws Exception {
        NodeModel m = new SignalImagerNodeFactory().createNodeModel();
        NodeSettings d = StandInHarness.saveSettings(m);
        assertEquals("eda", d.getString(SignalImagerSettings.CFG_ORIGIN_COLUMN));
        assertEquals("phasic", d.getString(SignalImagerSettings.CFG_PHASIC_COLUMN));
        assertEquals("tonic", d.getString(SignalImagerSettings.CFG_TONIC_COLUMN));
        assertEquals("sampling_rate", d.getString(SignalImagerSettings.CFG_RATE_COLUMN));
        assertEquals(50, d.getInt(SignalImagerSettings.CFG_FIXED_RATE));
        assertEquals("mix", d.getString(SignalImagerSettings.CFG_CHANNELS));
        assertEquals(224, d.getInt(SignalImagerSettings.CFG_SIZE));
        assertTrue(d.getBoolean(SignalImagerSettings.CFG_PNG));
        assertEquals("skip", d.getString(SignalImagerSettings.CFG_TOO_SHORT));

        NodeSettings s = StandInHarness.saveSettings(m);
        s.addString(SignalImagerSettings.CFG_ORIGIN_COLUMN, "y");
        s.addString(SignalImagerSettings.CFG_PHASIC_COLUMN, "r");
        s.addString(SignalImagerSettings.CFG_TONIC_COLUMN, "t");
        s.addString(SignalImagerSettings.CFG_RATE_COLUMN, "hz");
        s.addInt(SignalImagerSettings.CFG_FIXED_RATE, 32);
        s.addString(SignalImagerSettings.CFG_CHANNELS, "phasic+origin");
        s.addInt(SignalImagerSettings.CFG_SIZE, 64);
        s.addBoolean(SignalImagerSettings.CFG_PNG, false);
        s.addString(SignalImagerSettings.CFG_TOO_SHORT, "fail");
        StandInHarness.loadSettingsFrom(m, s);
        NodeSettings back = StandInHarness.saveSettings(m);
        assertEquals("y", back.getString(SignalImagerSettings.CFG_ORIGIN_COLUMN));
        assertEquals("r", back.getString(SignalImagerSettings.CFG_PHASIC_COLUMN));
        assertEquals("t", back.getString(SignalImagerSettings.CFG_TONIC_COLUMN));
        assertEquals("hz", back.getString(SignalImagerSettings.CFG_RATE_COLUMN));
        assertEquals(32, back.getInt(SignalImagerSettings.CFG_FIXED_RATE));
        assertEquals("phasic+origin", back.getString(SignalImagerSettings.CFG_CHANNELS));
        assertEquals(64, back.getInt(SignalImagerSettings.CFG_SIZE));
        assertFalse(back.getBoolean(SignalImagerSettings.CFG_PNG));
        assertEquals("fail", back.getString(SignalImagerSettings.CFG_TOO_SHORT));
    }

    @Test
    void descriptionValidatesAndIconIs16x16() throws Exception {
        NodeDescriptionAssert.assertValidDescriptionAndIcon(new SignalImagerNodeFactory(), "imager.png");
    }

    @Test
    void dialogLoadsAndSavesHeadlessly() throws Exception {
        NodeModel m = model("phasic+tonic", 96, false, "fail");
        NodeDialogPane dialog = StandInHarness.createNodeDialogPane(new SignalImagerNodeFactory());
        StandInHarness.loadDialogSettings(dialog, StandInHarness.saveSettings(m), SPEC);
        NodeSettings saved = StandInHarness.saveDialogSettings(dialog);
        assertEquals("phasic+tonic", saved.getString(SignalImagerSettings.CFG_CHANNELS));
        assertEquals(96, saved.getInt(SignalImagerSettings.CFG_SIZE));
        assertFalse(saved.getBoolean(SignalImagerSettings.CFG_PNG));
        assertEquals("fail", saved.getString(SignalImagerSettings.CFG_TOO_SHORT));
        assertEquals("eda", saved.getString(SignalImagerSettings.CFG_ORIGIN_COLUMN));
        assertEquals("sampling_rate", saved.getString(SignalImagerSettings.CFG_RATE_COLUMN));
        StandInHarness.loadSettingsFrom(m, saved);
        PortObjectSpec[] specs = StandInHarness.configure(m, SPEC);
        List<DataColumnSpec> appended = ((DataTableSpec)specs[0]).stream().skip(SPEC.getNumColumns()).toList();
        assertEquals(3, appended.size());
        assertEquals("Signal Imager", new SignalImagerNodeFactory().getNodeName());
        assertEquals(0, StandInHarness.getNrNodeViews(new SignalImagerNodeFactory()));
    }
}
