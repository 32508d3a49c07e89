package org.ressin.knime.nodes.tests.joiner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnProperties;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.collection.ListDataValue;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.StandInHarness;
import org.knime.core.node.port.PortObject;
import org.ressin.knime.nodes.imager.SignalImageColumn;
import org.ressin.knime.nodes.joiner.FusionJoinerNodeFactory;
import org.ressin.knime.nodes.joiner.FusionJoinerSettings;
import org.ressin.knime.nodes.tests.NodeDescriptionAssert;

/** Fusion Joiner through the stand-in framework, on hand-made tables with known partners. */
class FusionJoinerNodeTest {

    /** Like the Signal Imager's output: IDs as text, an image column with the imager's properties. */
    static final DataTableSpec RECORDINGS = new DataTableSpec(
        new DataColumnSpecCreator("musicId", StringCell.TYPE).createSpec(),
        new DataColumnSpecCreator("subjectId", StringCell.TYPE).createSpec(), imageColumn(),
        new DataColumnSpecCreator("signal_image_size", IntCell.TYPE).createSpec());

    /** Like the EDA Reader's music features: integer song IDs, features in a deliberately unsorted order. */
    static final DataTableSpec FEATURES = new DataTableSpec(
        new DataColumnSpecCreator("zcr", DoubleCell.TYPE).createSpec(),
        new DataColumnSpecCreator("musicId", IntCell.TYPE).createSpec(),
        new DataColumnSpecCreator("title", StringCell.TYPE).createSpec(),
        new DataColumnSpecCreator("alpha", DoubleCell.TYPE).createSpec(),
        new DataColumnSpecCreator("mfcc", DoubleCell.TYPE).createSpec());

    /** Like the Personal Threshold Labeler's output (a subset). */
    static final DataTableSpec LABELS = new DataTableSpec(
        new DataColumnSpecCreator("musicId", IntCell.TYPE).createSpec(),
        new DataColumnSpecCreator("subjectId", StringCell.TYPE).createSpec(),
        new DataColumnSpecCreator("valence", DoubleCell.TYPE).createSpec(),
        new DataColumnSpecCreator("valence_label", IntCell.TYPE).createSpec(),
        new DataColumnSpecCreator("arousal_label", IntCell.TYPE).createSpec());

    private static DataColumnSpec imageColumn() {
        DataColumnSpecCreator c = new DataColumnSpecCreator("signal_image", StringCell.TYPE);
        c.setProperties(new DataColumnProperties(
            Map.of(SignalImageColumn.PROPERTY_SIZE, "224", SignalImageColumn.PROPERTY_CHANNELS, "phasic+tonic+origin")));
        return c.createSpec();
    }

    private static DataRow recording(final String key, final String song, final String subject,
        final boolean image) {
        return new DefaultRow(key, new StringCell(song), new StringCell(subject),
            image ? new StringCell("img-" + key) : DataType.getMissingCell(), new IntCell(224));
    }

    private static DataRow song(final String key, final int song, final double zcr, final double alpha,
        final double mfcc) {
        return new DefaultRow(key, new DoubleCell(zcr), new IntCell(song), new StringCell("t" + song),
            new DoubleCell(alpha), new DoubleCell(mfcc));
    }

    private static DataRow label(final String key, final int song, final String subject, final Integer v) {
        return new DefaultRow(key, new IntCell(song), new StringCell(subject), new DoubleCell(5),
            v == null ? DataType.getMissingCell() : new IntCell(v), new IntCell(1 - (v == null ? 0 : v)));
    }

    /** 4 recordings: r0 full, r1 no labels, r2 no features (song 9), r3 full but no image; one orphan label. */
    private static BufferedDataTable[] inputs() {
        BufferedDataTable rec = StandInHarness.createTable(RECORDINGS, recording("r0", "1", "A", true),
            recording("r1", "2", "B", true), recording("r2", "9", "A", true), recording("r3", "2", "A", false));
        BufferedDataTable feat = StandInHarness.createTable(FEATURES, song("f1", 1, 0.1, 0.2, 0.3),
            song("f2", 2, 1.1, 1.2, 1.3), song("f3", 3, 2.1, 2.2, 2.3));
        BufferedDataTable lab = StandInHarness.createTable(LABELS, label("l0", 1, "A", 1), label("l1", 9, "A", null),
            label("l2", 2, "A", 0), label("l3", 5, "C", 1));
        return new BufferedDataTable[]{rec, feat, lab};
    }

    private static NodeModel joiner(final String unmatched) throws Exception {
        NodeModel m = new FusionJoinerNodeFactory().createNodeModel();
        NodeSettings s = StandInHarness.saveSettings(m);
        s.addString(FusionJoinerSettings.CFG_UNMATCHED, unmatched);
        StandInHarness.loadSettingsFrom(m, s);
        return m;
    }

    private static double[] doubles(final DataCell cell) {
        ListDataValue l = (ListDataValue)cell;
        double[] v = new double[l.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = ((DoubleValue)l.get(i)).getDoubleValue();
        }
        return v;
    }

    private static String text(final DataCell c) {
        return c.isMissing() ? null : ((StringValue)c).getStringValue();
    }

    @Test
    void joinsLabelsAndFeaturesInTheFeatureTablesColumnOrder() throws Exception {
        NodeModel m = joiner(FusionJoinerSettings.KEEP);
        PortObject[] out = StandInHarness.execute(m, (PortObject[])inputs());
        BufferedDataTable joined = (BufferedDataTable)out[0];
        DataTableSpec spec = joined.getDataTableSpec();
        assertEquals(List.of("musicId", "subjectId", "signal_image", "signal_image_size", "valence", "valence_label",
            "arousal_label", "music_features"), List.of(spec.getColumnNames()));
        // feature order = the features table's numeric columns in input order; the text column is not a feature
        assertEquals(List.of("zcr", "alpha", "mfcc"), spec.getColumnSpec("music_features").getElementNames());
        assertEquals(spec.getColumnSpec("signal_image"), RECORDINGS.getColumnSpec("signal_image"),
            "the imager's column properties survive the join");

        List<DataRow> rows = StandInHarness.rows(joined);
        assertEquals(List.of("r0", "r1", "r2", "r3"), rows.stream().map(r -> r.getKey().getString()).toList());
        DataRow r0 = rows.get(0);
        assertEquals(1, ((IntValue)r0.getCell(5)).getIntValue());
        assertEquals(0, ((IntValue)r0.getCell(6)).getIntValue());
        assertEquals(List.of(0.1, 0.2, 0.3), boxed(doubles(r0.getCell(7))));
        DataRow r1 = rows.get(1);
        assertTrue(r1.getCell(4).isMissing() && r1.getCell(5).isMissing(), "no labels for B/2");
        assertEquals(List.of(1.1, 1.2, 1.3), boxed(doubles(r1.getCell(7))));
        DataRow r2 = rows.get(2);
        assertTrue(r2.getCell(5).isMissing(), "the labeler excluded this rating: matched, label missing");
        assertFalse(r2.getCell(4).isMissing());
        assertTrue(r2.getCell(7).isMissing(), "no features for song 9");
        DataRow r3 = rows.get(3);
        assertEquals(0, ((IntValue)r3.getCell(5)).getIntValue());
        assertEquals(List.of(1.1, 1.2, 1.3), boxed(doubles(r3.getCell(7))));
    }

    private static List<Double> boxed(final double[] v) {
        List<Double> out = new ArrayList<>();
        for (double d : v) {
            out.add(d);
        }
        return out;
    }

    @Test
    void unmatchedRowsAreCountedListedAndPushedAsVariables() throws Exception {
        NodeModel m = joiner(FusionJoinerSettings.KEEP);
        PortObject[] out = StandInHarness.execute(m, (PortObject[])inputs());
        String warning = StandInHarness.getWarningMessage(m);
        assertTrue(warning.contains("1 of 4 recordings have no labels (kept with missing cells)"), warning);
        assertTrue(warning.contains("1 of 4 recordings have no music features (kept with missing cells)"), warning);
        assertTrue(warning.contains("1 label rows have no recording"), warning);
        assertTrue(warning.contains("1 recordings have no signal image"), warning);

        List<DataRow> unmatched = StandInHarness.rows((BufferedDataTable)out[1]);
        List<String> lines = unmatched.stream().map(r -> text(r.getCell(0)) + "|" + text(r.getCell(1)) + "|"
            + text(r.getCell(2)) + "|" + text(r.getCell(3))).toList();
        assertEquals(List.of("recording without labels|B|2|r1", "recording without music features|A|9|r2",
            "labels without recording|C|5|l3", "music features without recording|null|3|f3"), lines);

        Map<String, org.knime.core.node.workflow.FlowVariable> vars = StandInHarness.getFlowVariables(m);
        assertEquals(1, vars.get("ressin_recordings_without_labels").getIntValue());
        assertEquals(1, vars.get("ressin_recordings_without_features").getIntValue());
        assertEquals(1, vars.get("ressin_labels_without_recording").getIntValue());
        assertEquals(1, vars.get("ressin_features_without_recording").getIntValue());
        assertEquals(0, vars.get("ressin_recordings_removed").getIntValue());
    }

    @Test
    void removeLeavesOutUnmatchedRecordingsButStillCountsThem() throws Exception {
        NodeModel m = joiner(FusionJoinerSettings.REMOVE);
        PortObject[] out = StandInHarness.execute(m, (PortObject[])inputs());
        List<DataRow> rows = StandInHarness.rows((BufferedDataTable)out[0]);
        assertEquals(List.of("r0", "r3"), rows.stream().map(r -> r.getKey().getString()).toList());
        assertEquals(8, rows.get(0).getNumCells());
        assertEquals("img-r0", text(rows.get(0).getCell(2)));
        String warning = StandInHarness.getWarningMessage(m);
        assertTrue(warning.contains("1 of 4 recordings have no labels (removed)")
            && warning.contains("2 recordings were removed in all"), warning);
        assertEquals(4, StandInHarness.rows((BufferedDataTable)out[1]).size());
        assertEquals(2, StandInHarness.getFlowVariables(m).get("ressin_recordings_removed").getIntValue());
        assertEquals(((BufferedDataTable)out[0]).getDataTableSpec(),
            StandInHarness.configure(joiner(FusionJoinerSettings.REMOVE), RECORDINGS, FEATURES, LABELS)[0]);
    }

    @Test
    void emptyFeaturesTableMeansEdaOnly() throws Exception {
        BufferedDataTable[] in = inputs();
        in[1] = StandInHarness.createTable(new DataTableSpec());
        NodeModel m = joiner(FusionJoinerSettings.KEEP);
        DataTableSpec configured = (DataTableSpec)StandInHarness.configure(m, RECORDINGS, new DataTableSpec(), LABELS)[0];
        assertFalse(configured.containsName("music_features"));
        PortObject[] out = StandInHarness.execute(m, (PortObject[])in);
        assertEquals(configured, ((BufferedDataTable)out[0]).getDataTableSpec());
        String warning = StandInHarness.getWarningMessage(m);
        assertFalse(warning.contains("music features"), warning);
        assertEquals(0, StandInHarness.getFlowVariables(m).get("ressin_recordings_without_features").getIntValue());
    }

    @Test
    void fullyMatchedInputsGiveNoWarning() throws Exception {
        BufferedDataTable rec = StandInHarness.createTable(RECORDINGS, recording("r0", "1", "A", true));
        BufferedDataTable feat = StandInHarness.createTable(FEATURES, song("f1", 1, 0.1, 0.2, 0.3));
        BufferedDataTable lab = StandInHarness.createTable(LABELS, label("l0", 1, "A", 1));
        NodeModel m = joiner(FusionJoinerSettings.KEEP);
        PortObject[] out = StandInHarness.execute(m, rec, feat, lab);
        assertNull(StandInHarness.getWarningMessage(m));
        assertEquals(0, ((BufferedDataTable)out[1]).size());
    }

    @Test
    void duplicateKeysNameBothRows() throws Exception {
        BufferedDataTable[] in = inputs();
        in[2] = StandInHarness.createTable(LABELS, label("l0", 1, "A", 1), label("again", 1, "A", 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> StandInHarness.execute(joiner(FusionJoinerSettings.KEEP), (PortObject[])in));
        assertTrue(e.getMessage().contains("\"l0\"") && e.getMessage().contains("\"again\""), e.getMessage());

        BufferedDataTable[] in2 = inputs();
        in2[1] = StandInHarness.createTable(FEATURES, song("f1", 1, 0, 0, 0), song("f1b", 1, 1, 1, 1));
        e = assertThrows(IllegalArgumentException.class,
            () -> StandInHarness.execute(joiner(FusionJoinerSettings.KEEP), (PortObject[])in2));
        assertTrue(e.getMessage().contains("song \"1\"") && e.getMessage().contains("\"f1b\""), e.getMessage());
    }

    @Test
    void configureNamesMissingColumnsAndSettings() throws Exception {
        NodeModel m = joiner(FusionJoinerSettings.KEEP);
        DataTableSpec noImage = new DataTableSpec(RECORDINGS.getColumnSpec(0), RECORDINGS.getColumnSpec(1));
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> StandInHarness.configure(m, noImage, FEATURES, LABELS));
        assertTrue(e.getMessage().contains("\"signal_image\"") && e.getMessage().contains("signal image column"),
            e.getMessage());

        DataTableSpec noKey = new DataTableSpec(FEATURES.getColumnSpec(0), FEATURES.getColumnSpec(3));
        e = assertThrows(InvalidSettingsException.class, () -> StandInHarness.configure(m, RECORDINGS, noKey, LABELS));
        assertTrue(e.getMessage().contains("\"musicId\"") && e.getMessage().contains("Music features: song column"),
            e.getMessage());

        DataTableSpec doubleSubject = new DataTableSpec(LABELS.getColumnSpec(0),
            new DataColumnSpecCreator("subjectId", DoubleCell.TYPE).createSpec());
        e = assertThrows(InvalidSettingsException.class,
            () -> StandInHarness.configure(m, RECORDINGS, FEATURES, doubleSubject));
        assertTrue(e.getMessage().contains("String or integer"), e.getMessage());

        NodeSettings bad = StandInHarness.saveSettings(m);
        bad.addString(FusionJoinerSettings.CFG_UNMATCHED, "drop silently");
        e = assertThrows(InvalidSettingsException.class, () -> StandInHarness.validateSettings(m, bad));
        assertTrue(e.getMessage().contains("Unmatched recordings"), e.getMessage());
    }

    @Test
    void cancellationStopsPromptly() throws Exception {
        List<DataRow> recs = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            recs.add(recording("r" + i, Integer.toString(i % 50), "S" + (i / 50), true));
        }
        BufferedDataTable[] in = inputs();
        in[0] = StandInHarness.createTable(RECORDINGS, recs);
        for (String mode : FusionJoinerSettings.UNMATCHED_CHOICES) {
            ExecutionContext exec = StandInHarness.createExecutionContext();
            StandInHarness.cancelWhenProgressReaches(exec, 0.3);
            assertThrows(CanceledExecutionException.class,
                () -> StandInHarness.execute(joiner(mode), exec, (PortObject[])in));
            double last = StandInHarness.getProgressHistory(exec).stream().mapToDouble(Double::doubleValue).max()
                .orElse(0);
            assertTrue(last >= 0.3 && last < 0.35, mode + ": progress reached " + last);
        }
    }

    @Test
    void settingsRoundTripAndDialog() throws Exception {
        NodeModel m = new FusionJoinerNodeFactory().createNodeModel();
        NodeSettings d = StandInHarness.saveSettings(m);
        assertEquals("subjectId", d.getString(FusionJoinerSettings.CFG_RECORDING_SUBJECT));
        assertEquals("musicId", d.getString(FusionJoinerSettings.CFG_RECORDING_MUSIC));
        assertEquals("signal_image", d.getString(FusionJoinerSettings.CFG_IMAGE));
        assertEquals("musicId", d.getString(FusionJoinerSettings.CFG_FEATURE_MUSIC));
        assertEquals("subjectId", d.getString(FusionJoinerSettings.CFG_LABEL_SUBJECT));
        assertEquals("musicId", d.getString(FusionJoinerSettings.CFG_LABEL_MUSIC));
        assertEquals("keep", d.getString(FusionJoinerSettings.CFG_UNMATCHED));
        d.addString(FusionJoinerSettings.CFG_RECORDING_SUBJECT, "who");
        d.addString(FusionJoinerSettings.CFG_FEATURE_MUSIC, "song");
        d.addString(FusionJoinerSettings.CFG_UNMATCHED, "remove");
        StandInHarness.loadSettingsFrom(m, d);
        NodeSettings back = StandInHarness.saveSettings(m);
        assertEquals("who", back.getString(FusionJoinerSettings.CFG_RECORDING_SUBJECT));
        assertEquals("song", back.getString(FusionJoinerSettings.CFG_FEATURE_MUSIC));
        assertEquals("remove", back.getString(FusionJoinerSettings.CFG_UNMATCHED));

        NodeDialogPane dialog = StandInHarness.createNodeDialogPane(new FusionJoinerNodeFactory());
        StandInHarness.loadDialogSettings(dialog, StandInHarness.saveSettings(joiner("remove")), RECORDINGS,
            new DataTableSpec(), LABELS);
        NodeSettings saved = StandInHarness.saveDialogSettings(dialog);
        assertEquals("remove", saved.getString(FusionJoinerSettings.CFG_UNMATCHED));
        assertEquals("signal_image", saved.getString(FusionJoinerSettings.CFG_IMAGE));
        assertEquals("subjectId", saved.getString(FusionJoinerSettings.CFG_LABEL_SUBJECT));
        assertEquals(0, StandInHarness.getNrNodeViews(new FusionJoinerNodeFactory()));
        assertEquals("Fusion Joiner", new FusionJoinerNodeFactory().getNodeName());
    }

    @Test
    void descriptionValidatesAndIconIs16x16() throws Exception {
        NodeDescriptionAssert.assertValidDescriptionAndIcon(new FusionJoinerNodeFactory(), "joiner.png");
    }
}
