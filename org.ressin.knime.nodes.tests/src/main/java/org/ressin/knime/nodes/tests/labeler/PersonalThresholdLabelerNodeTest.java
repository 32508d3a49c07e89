package org.ressin.knime.nodes.tests.labeler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.StringValue;
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
import org.knime.core.node.port.PortObjectSpec;
import org.ressin.core.labels.LabelSettings;
import org.ressin.core.labels.LabeledRating;
import org.ressin.core.labels.LabelingResult;
import org.ressin.core.labels.PersonalLabeler;
import org.ressin.core.labels.Rating;
import org.ressin.core.pmemo.PmemoDataset;
import org.ressin.core.pmemo.SubjectRating;
import org.ressin.core.synth.SynthSettings;
import org.ressin.core.synth.SyntheticPmemo;
import org.ressin.knime.nodes.labeler.PersonalThresholdLabelerNodeFactory;
import org.ressin.knime.nodes.tests.NodeDescriptionAssert;
import org.ressin.knime.nodes.labeler.PersonalThresholdLabelerSettings;

/** Personal Threshold Labeler through the stand-in framework. */
class PersonalThresholdLabelerNodeTest {

    /** Like EDA Reader's ratings output: musicId, subjectId, valence, arousal, source. */
    static final DataTableSpec SPEC = new DataTableSpec(
        new DataColumnSpecCreator("musicId", StringCell.TYPE).createSpec(),
        new DataColumnSpecCreator("subjectId", StringCell.TYPE).createSpec(),
        new DataColumnSpecCreator("valence", DoubleCell.TYPE).createSpec(),
        new DataColumnSpecCreator("arousal", DoubleCell.TYPE).createSpec(),
        new DataColumnSpecCreator("source", StringCell.TYPE).createSpec());

    private static final double GLOBAL_VALENCE = (35.0 / 9 + 8) / 2; // low {1,2,3,4,5x5}, high {7,8,9}
    private static final double GLOBAL_AROUSAL = (2.4 + 46.0 / 7) / 2; // low {1,2,2,3,4}, high {5,5,6,6,6,9,9}

    private static DataRow row(final String key, final String song, final String subject, final Double valence,
        final double arousal) {
        return new DefaultRow(key, new StringCell(song), new StringCell(subject),
            valence == null ? DataType.getMissingCell() : new DoubleCell(valence), new DoubleCell(arousal),
            new StringCell("subject"));
    }

    /**
     * A: 5 ratings, personal thresholds 5.25 / 5.5 (plus one row without valence). B: 2 ratings, too few.
     * C: valence all 5 (single value), arousal personal 5.75.
     */
    static BufferedDataTable handTable() {
        return StandInHarness.createTable(SPEC, row("r0", "s1", "A", 1.0, 5), row("r1", "s2", "A", 2.0, 5),
            row("r2", "s3", "A", 3.0, 6), row("r3", "s4", "A", 8.0, 6), row("r4", "s5", "A", 9.0, 6),
            row("r5", "s6", "A", null, 7), row("r6", "s1", "B", 4.0, 2), row("r7", "s2", "B", 7.0, 9),
            row("r8", "s1", "C", 5.0, 1), row("r9", "s2", "C", 5.0, 2), row("r10", "s3", "C", 5.0, 3),
            row("r11", "s4", "C", 5.0, 4), row("r12", "s5", "C", 5.0, 9));
    }

    private static NodeModel model(final int minRatings, final String fallback) throws InvalidSettingsException {
        NodeModel m = new PersonalThresholdLabelerNodeFactory().createNodeModel();
        NodeSettings s = StandInHarness.saveSettings(m);
        s.addInt(PersonalThresholdLabelerSettings.CFG_MIN_RATINGS, minRatings);
        s.addString(PersonalThresholdLabelerSettings.CFG_FALLBACK, fallback);
        StandInHarness.loadSettingsFrom(m, s);
        return m;
    }

    private static BufferedDataTable[] run(final NodeModel m, final BufferedDataTable in) throws Exception {
        var out = StandInHarness.execute(m, in);
        return new BufferedDataTable[]{(BufferedDataTable)out[0], (BufferedDataTable)out[1]};
    }

    private static Integer intOf(final DataCell c) {
        return c.isMissing() ? null : ((IntValue)c).getIntValue();
    }

    private static Double doubleOf(final DataCell c) {
        return c.isMissing() ? null : ((DoubleValue)c).getDoubleValue();
    }

    private static String stringOf(final DataCell c) {
        return c.isMissing() ? null : ((StringValue)c).getStringValue();
    }

    @Test
    void handCheckedThresholdsLabelsAndFallbacks() throws Exception {
        NodeModel m = model(5, "global");
        BufferedDataTable[] out = run(m, handTable());
        DataTableSpec spec = out[0].getDataTableSpec();
        assertEquals(List.of("musicId", "subjectId", "valence", "arousal", "source", "valence_label", "arousal_label",
            "valence_threshold", "arousal_threshold"), List.of(spec.getColumnNames()));
        assertTrue(spec.getColumnSpec("valence_label").getType().isCompatible(IntValue.class));

        List<DataRow> rows = StandInHarness.rows(out[0]);
        assertEquals(13, rows.size());
        Integer[][] expected = {{0, 0}, {0, 0}, {0, 1}, {1, 1}, {1, 1}, {null, null}, {0, 0}, {1, 1}, {0, 0},
            {0, 0}, {0, 0}, {0, 0}, {0, 1}};
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(expected[i][0], intOf(rows.get(i).getCell(5)), "valence label of " + rows.get(i).getKey());
            assertEquals(expected[i][1], intOf(rows.get(i).getCell(6)), "arousal label of " + rows.get(i).getKey());
        }
        assertEquals(5.25, doubleOf(rows.get(0).getCell(7)), 1e-12);
        assertEquals(5.5, doubleOf(rows.get(0).getCell(8)), 1e-12);
        assertNull(doubleOf(rows.get(5).getCell(7)), "the skipped row has no threshold");
        assertEquals(GLOBAL_VALENCE, doubleOf(rows.get(6).getCell(7)), 1e-12);
        assertEquals(GLOBAL_AROUSAL, doubleOf(rows.get(6).getCell(8)), 1e-12);
        assertEquals(GLOBAL_VALENCE, doubleOf(rows.get(8).getCell(7)), 1e-12);
        assertEquals(5.75, doubleOf(rows.get(8).getCell(8)), 1e-12);

        List<DataRow> subjects = StandInHarness.rows(out[1]);
        assertEquals(List.of("subjectId", "valence_threshold", "arousal_threshold", "ratings", "valence_rule",
            "arousal_rule", "fallback_reason"), List.of(out[1].getDataTableSpec().getColumnNames()));
        assertEquals(3, subjects.size());
        assertSubject(subjects.get(0), "A", 5.25, 5.5, 5, "personal", "personal", null);
        assertSubject(subjects.get(1), "B", GLOBAL_VALENCE, GLOBAL_AROUSAL, 2, "global", "global",
            "too-few-ratings");
        assertSubject(subjects.get(2), "C", GLOBAL_VALENCE, 5.75, 5, "global", "personal", "single-value");

        String warning = StandInHarness.getWarningMessage(m);
        assertTrue(warning.contains("1 subject(s) have no personal valence threshold (too-few-ratings)"), warning);
        assertTrue(warning.contains("1 subject(s) have no personal valence threshold (single-value)"), warning);
        assertTrue(warning.contains("1 subject(s) have no personal arousal threshold (too-few-ratings)"), warning);
        assertFalse(warning.contains("arousal threshold (single-value)"), warning);
        assertTrue(warning.contains("1 row(s) with a missing subject, song, valence or arousal"), warning);
        assertTrue(warning.contains("\"r5\""), warning);
    }

    private static void assertSubject(final DataRow r, final String id, final Double v, final Double a,
        final int ratings, final String vRule, final String aRule, final String reason) {
        assertEquals(id, stringOf(r.getCell(0)));
        if (v == null) {
            assertNull(doubleOf(r.getCell(1)));
        } else {
            assertEquals(v, doubleOf(r.getCell(1)), 1e-12, id);
        }
        if (a == null) {
            assertNull(doubleOf(r.getCell(2)));
        } else {
            assertEquals(a, doubleOf(r.getCell(2)), 1e-12, id);
        }
        assertEquals(ratings, intOf(r.getCell(3)), id);
        assertEquals(vRule, stringOf(r.getCell(4)), id);
        assertEquals(aRule, stringOf(r.getCell(5)), id);
        assertEquals(reason, stringOf(r.getCell(6)), id);
    }

    @Test
    void excludedSubjectsGetMissingLabels() throws Exception {
        NodeModel m = model(5, "exclude");
        BufferedDataTable[] out = run(m, handTable());
        List<DataRow> rows = StandInHarness.rows(out[0]);
        for (int i : new int[]{6, 7}) { // subject B: too few ratings, excluded for both targets
            for (int c = 5; c < 9; c++) {
                assertTrue(rows.get(i).getCell(c).isMissing(), rows.get(i).getKey() + " column " + c);
            }
        }
        // subject C: valence excluded (single value), arousal personal
        assertTrue(rows.get(12).getCell(5).isMissing());
        assertTrue(rows.get(12).getCell(7).isMissing());
        assertEquals(1, intOf(rows.get(12).getCell(6)));
        assertEquals(5.75, doubleOf(rows.get(12).getCell(8)), 1e-12);
        assertEquals(1, intOf(rows.get(3).getCell(5)), "A keeps its personal labels");

        List<DataRow> subjects = StandInHarness.rows(out[1]);
        assertSubject(subjects.get(1), "B", null, null, 2, "excluded", "excluded", "too-few-ratings");
        assertSubject(subjects.get(2), "C", null, 5.75, 5, "excluded", "personal", "single-value");
        assertTrue(StandInHarness.getWarningMessage(m).contains("fallback: exclude"));
    }

    @Test
    void minRatingsMovesSubjectsToPersonal() throws Exception {
        NodeModel m = model(2, "global");
        List<DataRow> subjects = StandInHarness.rows(run(m, handTable())[1]);
        assertSubject(subjects.get(1), "B", 5.5, 5.5, 2, "personal", "personal", null); // midpoints of 4|7, 2|9
        String warning = StandInHarness.getWarningMessage(m);
        assertFalse(warning.contains("too-few-ratings"), warning);
        assertTrue(warning.contains("(single-value)"), warning);
    }

    /** The node equals calling the core on a generated PMEmo-format dataset. */
    @Test
    void agreesWithCoreOnSyntheticPmemo(@TempDir final Path dir) throws Exception {
        new SyntheticPmemo(SynthSettings.defaults().withSize(8, 12).withRecordingsPerSubject(7)).writeTo(dir);
        List<SubjectRating> ratings = PmemoDataset.open(dir).subjectRatings();
        assertTrue(ratings.size() >= 40, "ratings: " + ratings.size());
        List<DataRow> rows = new ArrayList<>();
        List<Rating> core = new ArrayList<>();
        for (SubjectRating r : ratings) {
            rows.add(new DefaultRow("Row" + rows.size(), new StringCell(r.musicId()), new StringCell(r.subjectId()),
                new DoubleCell(r.valence()), new DoubleCell(r.arousal()), new StringCell("subject")));
            core.add(new Rating(r.subjectId(), r.musicId(), r.valence(), r.arousal()));
        }
        NodeModel m = new PersonalThresholdLabelerNodeFactory().createNodeModel();
        BufferedDataTable[] out = run(m, StandInHarness.createTable(SPEC, rows));
        LabelingResult expected = new PersonalLabeler(LabelSettings.defaults()).label(core);

        Map<Integer, LabeledRating> byIndex = new HashMap<>();
        for (LabeledRating l : expected.labels()) {
            byIndex.put(core.indexOf(l.rating()), l);
        }
        List<DataRow> labelled = StandInHarness.rows(out[0]);
        for (int i = 0; i < labelled.size(); i++) {
            LabeledRating l = byIndex.get(i);
            assertEquals(value(l == null ? OptionalInt.empty() : l.valenceLabel()), intOf(labelled.get(i).getCell(5)));
            assertEquals(value(l == null ? OptionalInt.empty() : l.arousalLabel()), intOf(labelled.get(i).getCell(6)));
        }
        List<DataRow> subjects = StandInHarness.rows(out[1]);
        assertEquals(expected.thresholds().size(), subjects.size());
        for (DataRow s : subjects) {
            var t = expected.thresholds().get(stringOf(s.getCell(0)));
            assertEquals(t.valenceThreshold(), doubleOf(s.getCell(1)), 0);
            assertEquals(t.arousalThreshold(), doubleOf(s.getCell(2)), 0);
            assertEquals(t.ratingCount(), intOf(s.getCell(3)));
        }
    }

    private static Integer value(final OptionalInt i) {
        return i.isPresent() ? i.getAsInt() : null;
    }

    @Test
    void integerIdColumnsAreAcceptedAndKeptInTheSubjectTable() throws Exception {
        DataTableSpec spec = new DataTableSpec(new DataColumnSpecCreator("musicId", IntCell.TYPE).createSpec(),
            new DataColumnSpecCreator("subjectId", IntCell.TYPE).createSpec(),
            new DataColumnSpecCreator("valence", DoubleCell.TYPE).createSpec(),
            new DataColumnSpecCreator("arousal", IntCell.TYPE).createSpec());
        List<DataRow> rows = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            rows.add(new DefaultRow("Row" + i, new IntCell(i), new IntCell(7), new DoubleCell(i), new IntCell(i % 2)));
        }
        BufferedDataTable[] out = run(new PersonalThresholdLabelerNodeFactory().createNodeModel(),
            StandInHarness.createTable(spec, rows));
        DataRow subject = StandInHarness.rows(out[1]).get(0);
        assertEquals(IntCell.TYPE, out[1].getDataTableSpec().getColumnSpec(0).getType());
        assertEquals(7, intOf(subject.getCell(0)));
        assertEquals(2.5, doubleOf(subject.getCell(1)), 1e-12); // {0,1,2} | {3,4,5}
        assertEquals(0.5, doubleOf(subject.getCell(2)), 1e-12);
    }

    @Test
    void configureNamesMissingAndWrongTypedColumns() throws Exception {
        NodeModel m = new PersonalThresholdLabelerNodeFactory().createNodeModel();
        PortObjectSpec[] specs = StandInHarness.configure(m, SPEC);
        assertEquals(9, ((DataTableSpec)specs[0]).getNumColumns());
        assertEquals(7, ((DataTableSpec)specs[1]).getNumColumns());

        DataTableSpec noArousal = new DataTableSpec(SPEC.getColumnSpec(0), SPEC.getColumnSpec(1),
            SPEC.getColumnSpec(2), SPEC.getColumnSpec(4));
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> StandInHarness.configure(m, noArousal));
        assertTrue(e.getMessage().contains("\"arousal\"") && e.getMessage().contains("Arousal column"),
            e.getMessage());

        DataTableSpec textValence = new DataTableSpec(SPEC.getColumnSpec(0), SPEC.getColumnSpec(1),
            new DataColumnSpecCreator("valence", StringCell.TYPE).createSpec(), SPEC.getColumnSpec(3));
        e = assertThrows(InvalidSettingsException.class, () -> StandInHarness.configure(m, textValence));
        assertTrue(e.getMessage().contains("\"valence\"") && e.getMessage().contains("numeric"), e.getMessage());

        DataTableSpec doubleSubject = new DataTableSpec(SPEC.getColumnSpec(0),
            new DataColumnSpecCreator("subjectId", DoubleCell.TYPE).createSpec(), SPEC.getColumnSpec(2),
            SPEC.getColumnSpec(3));
        e = assertThrows(InvalidSettingsException.class, () -> StandInHarness.configure(m, doubleSubject));
        assertTrue(e.getMessage().contains("\"subjectId\"") && e.getMessage().contains("String or integer"),
            e.getMessage());
    }

    @Test
    void appendedColumnNamesStayUnique() throws Exception {
        DataTableSpec withLabel = new DataTableSpec(SPEC.getColumnSpec(0), SPEC.getColumnSpec(1),
            SPEC.getColumnSpec(2), SPEC.getColumnSpec(3),
            new DataColumnSpecCreator("valence_label", IntCell.TYPE).createSpec());
        DataTableSpec out = (DataTableSpec)StandInHarness
            .configure(new PersonalThresholdLabelerNodeFactory().createNodeModel(), withLabel)[0];
        assertEquals(9, out.getNumColumns());
        assertTrue(out.getColumnSpec(5).getName().startsWith("valence_label") && out.getColumnSpec(5).getName()
            .length() > "valence_label".length(), out.getColumnSpec(5).getName());
    }

    @Test
    void settingsRoundTripAndValidation() throws Exception {
        NodeModel m = new PersonalThresholdLabelerNodeFactory().createNodeModel();
        NodeSettings defaults = StandInHarness.saveSettings(m);
        assertEquals(LabelSettings.DEFAULT_MIN_RATINGS, defaults.getInt(PersonalThresholdLabelerSettings.CFG_MIN_RATINGS));
        assertEquals("global", defaults.getString(PersonalThresholdLabelerSettings.CFG_FALLBACK));
        assertEquals("subjectId", defaults.getString(PersonalThresholdLabelerSettings.CFG_SUBJECT_COLUMN));

        NodeSettings s = StandInHarness.saveSettings(m);
        s.addString(PersonalThresholdLabelerSettings.CFG_SUBJECT_COLUMN, "listener");
        s.addString(PersonalThresholdLabelerSettings.CFG_MUSIC_COLUMN, "song");
        s.addString(PersonalThresholdLabelerSettings.CFG_VALENCE_COLUMN, "v");
        s.addString(PersonalThresholdLabelerSettings.CFG_AROUSAL_COLUMN, "a");
        s.addInt(PersonalThresholdLabelerSettings.CFG_MIN_RATINGS, 3);
        s.addString(PersonalThresholdLabelerSettings.CFG_FALLBACK, "exclude");
        StandInHarness.loadSettingsFrom(m, s);
        NodeSettings back = StandInHarness.saveSettings(m);
        assertEquals("listener", back.getString(PersonalThresholdLabelerSettings.CFG_SUBJECT_COLUMN));
        assertEquals("song", back.getString(PersonalThresholdLabelerSettings.CFG_MUSIC_COLUMN));
        assertEquals("v", back.getString(PersonalThresholdLabelerSettings.CFG_VALENCE_COLUMN));
        assertEquals("a", back.getString(PersonalThresholdLabelerSettings.CFG_AROUSAL_COLUMN));
        assertEquals(3, back.getInt(PersonalThresholdLabelerSettings.CFG_MIN_RATINGS));
        assertEquals("exclude", back.getString(PersonalThresholdLabelerSettings.CFG_FALLBACK));

        NodeSettings badFallback = StandInHarness.saveSettings(m);
        badFallback.addString(PersonalThresholdLabelerSettings.CFG_FALLBACK, "median");
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> StandInHarness.validateSettings(m, badFallback));
        assertTrue(e.getMessage().contains("fallback") && e.getMessage().contains("median"), e.getMessage());
        NodeSettings zero = StandInHarness.saveSettings(m);
        zero.addInt(PersonalThresholdLabelerSettings.CFG_MIN_RATINGS, 0);
        e = assertThrows(InvalidSettingsException.class, () -> StandInHarness.validateSettings(m, zero));
        assertTrue(e.getMessage().contains(PersonalThresholdLabelerSettings.CFG_MIN_RATINGS), e.getMessage());
        // a failed validation leaves the model's settings unchanged
        assertEquals("exclude", StandInHarness.saveSettings(m).getString(PersonalThresholdLabelerSettings.CFG_FALLBACK));
    }

    @Test
    void cancellationStopsPromptly() throws Exception {
        List<DataRow> rows = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            rows.add(row("Row" + i, "s" + i % 40, "subject" + i / 40, (double)(i % 9), i % 7));
        }
        BufferedDataTable in = StandInHarness.createTable(SPEC, rows);
        ExecutionContext exec = StandInHarness.createExecutionContext();
        StandInHarness.cancelWhenProgressReaches(exec, 0.1);
        assertThrows(CanceledExecutionException.class,
            () -> StandInHarness.execute(new PersonalThresholdLabelerNodeFactory().createNodeModel(), exec, in));
        double last = StandInHarness.getProgressHistory(exec).stream().mapToDouble(Double::doubleValue).max()
            .orElse(0);
        assertTrue(last < 0.2, "progress went on to " + last + " after the cancel at 0.1");
    }

    @Test
    void descriptionValidatesAndIconIs16x16() throws Exception {
        NodeDescriptionAssert.assertValidDescriptionAndIcon(new PersonalThresholdLabelerNodeFactory(), "labeler.png");
    }

    @Test
    void dialogLoadsAndSavesHeadlessly() throws Exception {
        NodeModel m = model(4, "exclude");
        NodeDialogPane dialog = StandInHarness.createNodeDialogPane(new PersonalThresholdLabelerNodeFactory());
        StandInHarness.loadDialogSettings(dialog, StandInHarness.saveSettings(m), SPEC);
        NodeSettings saved = StandInHarness.saveDialogSettings(dialog);
        assertEquals(4, saved.getInt(PersonalThresholdLabelerSettings.CFG_MIN_RATINGS));
        assertEquals("exclude", saved.getString(PersonalThresholdLabelerSettings.CFG_FALLBACK));
        assertEquals("valence", saved.getString(PersonalThresholdLabelerSettings.CFG_VALENCE_COLUMN));
        assertEquals("subjectId", saved.getString(PersonalThresholdLabelerSettings.CFG_SUBJECT_COLUMN));
        StandInHarness.loadSettingsFrom(m, saved);
        assertEquals(0, StandInHarness.getNrNodeViews(new PersonalThresholdLabelerNodeFactory()));
        assertTrue(StandInHarness.hasDialog(new PersonalThresholdLabelerNodeFactory()));
        assertEquals("Personal Threshold Labeler", new PersonalThresholdLabelerNodeFactory().getNodeName());
    }
}
