package org.ressin.knime.nodes.tests.decomposer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.StandInHarness;
import org.ressin.core.cvxeda.BaselineCorrection;
import org.ressin.core.cvxeda.CvxEda;
import org.ressin.core.cvxeda.CvxEdaParameters;
import org.ressin.core.cvxeda.CvxEdaVersion;
import org.ressin.core.cvxeda.Decomposition;
import org.ressin.core.cvxeda.GapFiller;
import org.ressin.core.eda.Recording;
import org.ressin.knime.nodes.decomposer.DecomposerNodeFactory;
import org.ressin.knime.nodes.decomposer.DecomposerSettings;

/** Execution of the cvxEDA Decomposer compared with the core's decomposition, bad rows and cancellation. */
class DecomposerExecuteTest {

    /** Columns of the output after the reader's five. */
    private static final int PHASIC = 5;
    private static final int TONIC = 6;
    private static final int DRIVER = 7;
    private static final int RESIDUAL = 8;
    private static final int OBJECTIVE = 9;
    private static final int STATUS = 10;
    private static final int ITERATIONS = 11;

    @TempDir
    static Path dataDir;

    private static List<Recording> recordings;

    @BeforeAll
    static void generate() throws Exception {
        recordings = DecomposerTestData.generate(dataDir, 3, 4);
    }

    static NodeModel model(Consumer<NodeSettings> change) throws Exception {
        NodeModel model = new DecomposerNodeFactory().createNodeModel();
        NodeSettings settings = StandInHarness.saveSettings(model);
        change.accept(settings);
        StandInHarness.loadSettingsFrom(model, settings);
        return model;
    }

    static BufferedDataTable run(NodeModel model, BufferedDataTable in) throws Exception {
        return (BufferedDataTable)StandInHarness.execute(model, in)[0];
    }

    /** The row's appended cells must be exactly (bit for bit) the core's decomposition. */
    static void assertDecomposition(Decomposition expected, DataRow row, int firstNewColumn) {
        String key = row.getKey().getString();
        assertArrayEquals(expected.phasic(), DecomposerTestData.values(row.getCell(firstNewColumn)), 0.0, key);
        assertArrayEquals(expected.tonic(), DecomposerTestData.values(row.getCell(firstNewColumn + 1)), 0.0, key);
        assertArrayEquals(expected.driver(), DecomposerTestData.values(row.getCell(firstNewColumn + 2)), 0.0, key);
        assertArrayEquals(expected.residual(), DecomposerTestData.values(row.getCell(firstNewColumn + 3)), 0.0, key);
        assertEquals(expected.objective(), ((DoubleValue)row.getCell(firstNewColumn + 4)).getDoubleValue(), 0.0, key);
        assertEquals(expected.status().name(), ((StringValue)row.getCell(firstNewColumn + 5)).getStringValue(), key);
        assertEquals(expected.iterations(), ((IntValue)row.getCell(firstNewColumn + 6)).getIntValue(), key);
    }

    @Test
    void defaultSettingsGiveTheCoresDecompositionOfEveryRow() throws Exception {
        BufferedDataTable in = DecomposerTestData.readerTable(recordings);
        NodeModel model = model(s -> { });
        BufferedDataTable out = run(model, in);

        List<DataRow> inRows = StandInHarness.rows(in);
        List<DataRow> outRows = StandInHarness.rows(out);
        assertEquals(recordings.size(), outRows.size());
        assertEquals(12, out.getDataTableSpec().getNumColumns());
        CvxEda core = new CvxEda(CvxEdaParameters.defaults());
        for (int i = 0; i < outRows.size(); i++) {
            DataRow row = outRows.get(i);
            assertEquals(inRows.get(i).getKey(), row.getKey(), "rows keep their order and keys");
            for (int c = 0; c < 5; c++) {
                assertSame(inRows.get(i).getCell(c), row.getCell(c), "input cells are kept");
            }
            Recording r = recordings.get(i);
            assertDecomposition(core.decompose(r.samples(), r.samplingRate()), row, PHASIC);
        }
        assertNull(StandInHarness.getWarningMessage(model));
    }

    @Test
    void anEmptyTableGivesAnEmptyTableWithTheNewColumns() throws Exception {
        BufferedDataTable out = run(model(s -> { }), DecomposerTestData.readerTable(List.of()));
        assertEquals(0, out.size());
        assertEquals(12, out.getDataTableSpec().getNumColumns());
    }

    @Test
    void aFixedRateGivesTheSameAsTheRateColumnAndADifferentRateDiffers() throws Exception {
        List<Recording> few = recordings.subList(0, 2);
        BufferedDataTable withColumn = run(model(s -> { }), DecomposerTestData.readerTable(few));
        BufferedDataTable fixed50 = run(model(s -> {
            s.addBoolean(DecomposerSettings.KEY_USE_RATE_COLUMN, false);
            s.addDouble(DecomposerSettings.KEY_SAMPLING_RATE, 50.0);
        }), DecomposerTestData.tableWithoutRate(few));
        BufferedDataTable fixed25 = run(model(s -> {
            s.addBoolean(DecomposerSettings.KEY_USE_RATE_COLUMN, false);
            s.addDouble(DecomposerSettings.KEY_SAMPLING_RATE, 25.0);
        }), DecomposerTestData.tableWithoutRate(few));

        CvxEda core = new CvxEda(CvxEdaParameters.defaults());
        for (int i = 0; i < few.size(); i++) {
            double[] y = few.get(i).samples();
            assertDecomposition(core.decompose(y, 50.0), StandInHarness.rows(withColumn).get(i), PHASIC);
            assertDecomposition(core.decompose(y, 50.0), StandInHarness.rows(fixed50).get(i), 3);
            assertDecomposition(core.decompose(y, 25.0), StandInHarness.rows(fixed25).get(i), 3);
        }
        assertFalse(Arrays.equals(DecomposerTestData.values(StandInHarness.rows(fixed50).get(0).getCell(3)),
                DecomposerTestData.values(StandInHarness.rows(fixed25).get(0).getCell(3))));
    }

    @Test
    void everyModelParameterReachesTheSolver() throws Exception {
        List<Recording> one = recordings.subList(0, 1);
        double[] y = one.get(0).samples();
        double rate = one.get(0).samplingRate();
        BufferedDataTable in = DecomposerTestData.readerTable(one);
        double[] defaultPhasic = new CvxEda(CvxEdaParameters.defaults()).decompose(y, rate).phasic();

        CvxEdaParameters legacy = CvxEdaParameters.defaults().withVersion(CvxEdaVersion.LEGACY_2017);
        CvxEdaParameters changed = new CvxEdaParameters(3.0, 0.5, 5.0, 2e-3, 5e-2, BaselineCorrection.CONSTANT,
                CvxEdaVersion.CURRENT);
        BufferedDataTable legacyOut = run(model(s -> s.addString(DecomposerSettings.KEY_VERSION, "LEGACY_2017")), in);
        BufferedDataTable changedOut = run(model(s -> {
            s.addDouble(DecomposerSettings.KEY_TAU0, 3.0);
            s.addDouble(DecomposerSettings.KEY_TAU1, 0.5);
            s.addDouble(DecomposerSettings.KEY_KNOT_SPACING, 5.0);
            s.addDouble(DecomposerSettings.KEY_ALPHA, 2e-3);
            s.addDouble(DecomposerSettings.KEY_GAMMA, 5e-2);
            s.addString(DecomposerSettings.KEY_BASELINE, "CONSTANT");
        }), in);

        DataRow legacyRow = StandInHarness.rows(legacyOut).get(0);
        assertDecomposition(new CvxEda(legacy).decompose(y, rate), legacyRow, PHASIC);
        assertFalse(Arrays.equals(defaultPhasic, DecomposerTestData.values(legacyRow.getCell(PHASIC))),
                "the legacy version must change the result");
        DataRow changedRow = StandInHarness.rows(changedOut).get(0);
        assertDecomposition(new CvxEda(changed).decompose(y, rate), changedRow, PHASIC);
        assertFalse(Arrays.equals(defaultPhasic, DecomposerTestData.values(changedRow.getCell(PHASIC))));
    }

    @Test
    void shortGapsAreFilledBeforeDecomposing() throws Exception {
        double[] y = recordings.get(0).samples();
        Arrays.fill(y, 500, 520, Double.NaN); // 0.4 s, within the default 1 s
        BufferedDataTable in = StandInHarness.createTable(DecomposerTestData.readerSpec(),
                DecomposerTestData.readerRow("gappy", "1", "2", new DoubleCell(50.0), DecomposerTestData.signalCell(y)));
        DataRow row = StandInHarness.rows(run(model(s -> { }), in)).get(0);

        double[] filled = GapFiller.defaults().fill(y, 50.0, "test").samples();
        assertDecomposition(new CvxEda(CvxEdaParameters.defaults()).decompose(filled, 50.0), row, PHASIC);
    }

    /** Three good rows around bad row "bad". */
    private static BufferedDataTable withBadRow(DataCell rate, DataCell eda) {
        List<DataRow> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Recording r = recordings.get(i);
            if (i == 1) {
                rows.add(DecomposerTestData.readerRow("bad", "9", "9", rate, eda));
            }
            rows.add(DecomposerTestData.readerRow("good" + i, r.musicId(), r.subjectId(),
                    new DoubleCell(r.samplingRate()), DecomposerTestData.signalCell(r.samples())));
        }
        return StandInHarness.createTable(DecomposerTestData.readerSpec(), rows);
    }

    private static double[] longGap() {
        double[] y = recordings.get(0).samples();
        Arrays.fill(y, 100, 200, Double.NaN); // 2 s, longer than the default 1 s
        return y;
    }

    @Test
    void aRowWithALongGapFailsTheNodeNamingTheRow() throws Exception {
        BufferedDataTable in = withBadRow(new DoubleCell(50.0), DecomposerTestData.signalCell(longGap()));
        RuntimeException e = assertThrows(RuntimeException.class, () -> run(model(s -> { }), in));
        assertTrue(e.getMessage().contains("Row \"bad\""), e.getMessage());
        assertTrue(e.getMessage().contains("column \"eda\""), e.getMessage());
        assertTrue(e.getMessage().contains("gap of 100 missing samples"), e.getMessage());
    }

    @Test
    void withGapFillingOffAnyMissingValueFailsTheRow() throws Exception {
        double[] y = recordings.get(0).samples();
        y[300] = Double.NaN;
        BufferedDataTable in = withBadRow(new DoubleCell(50.0), DecomposerTestData.signalCell(y));
        RuntimeException e = assertThrows(RuntimeException.class,
            () -> run(model(s -> s.addDouble(DecomposerSettings.KEY_MAX_GAP, 0.0)), in));
        assertTrue(e.getMessage().contains("Row \"bad\"") && e.getMessage().contains("sample 300"), e.getMessage());
    }

    @Test
    void aTooShortRowFailsTheNodeNamingTheRow() throws Exception {
        BufferedDataTable in = withBadRow(new DoubleCell(50.0), DecomposerTestData.signalCell(new double[] {4.0}));
        RuntimeException e = assertThrows(RuntimeException.class, () -> run(model(s -> { }), in));
        assertTrue(e.getMessage().contains("Row \"bad\"") && e.getMessage().contains("needs at least 2"),
            e.getMessage());
    }

    @Test
    void missingSignalOrRateFailsTheNodeNamingTheRow() throws Exception {
        RuntimeException noSignal = assertThrows(RuntimeException.class,
            () -> run(model(s -> { }), withBadRow(new DoubleCell(50.0), DataType.getMissingCell())));
        assertTrue(noSignal.getMessage().contains("Row \"bad\"") && noSignal.getMessage().contains("signal is missing"),
            noSignal.getMessage());
        DataCell signal = DecomposerTestData.signalCell(recordings.get(0).samples());
        RuntimeException noRate = assertThrows(RuntimeException.class,
            () -> run(model(s -> { }), withBadRow(DataType.getMissingCell(), signal)));
        assertTrue(noRate.getMessage().contains("Row \"bad\"") && noRate.getMessage().contains("sampling rate"),
            noRate.getMessage());
        RuntimeException zeroRate = assertThrows(RuntimeException.class,
            () -> run(model(s -> { }), withBadRow(new DoubleCell(0.0), signal)));
        assertTrue(zeroRate.getMessage().contains("Row \"bad\"") && zeroRate.getMessage().contains("is 0.0"),
            zeroRate.getMessage());
    }

    @Test
    void badRowsAreSkippedWithAWarningWhenAsked() throws Exception {
        NodeModel model = model(s -> s.addBoolean(DecomposerSettings.KEY_SKIP_FAILED_ROWS, true));
        BufferedDataTable in = withBadRow(new DoubleCell(50.0), DecomposerTestData.signalCell(longGap()));
        List<DataRow> out = StandInHarness.rows(run(model, in));

        assertEquals(4, out.size());
        DataRow bad = out.get(1);
        assertEquals("bad", bad.getKey().getString());
        for (int c = PHASIC; c <= ITERATIONS; c++) {
            assertTrue(bad.getCell(c).isMissing(), "column " + c + " of the skipped row");
        }
        assertFalse(bad.getCell(4).isMissing(), "the input cells stay");
        CvxEda core = new CvxEda(CvxEdaParameters.defaults());
        for (int i : new int[] {0, 2, 3}) {
            Recording r = recordings.get(i == 0 ? 0 : i - 1);
            assertDecomposition(core.decompose(r.samples(), r.samplingRate()), out.get(i), PHASIC);
        }
        String warning = StandInHarness.getWarningMessage(model);
        assertTrue(warning.startsWith("1 row could not be decomposed"), warning);
        assertTrue(warning.contains("Row \"bad\"") && warning.contains("gap of 100 missing samples"), warning);

        // a too short row is skipped just the same
        BufferedDataTable shortRow = withBadRow(new DoubleCell(50.0), DecomposerTestData.signalCell(new double[0]));
        assertTrue(StandInHarness.rows(run(model, shortRow)).get(1).getCell(STATUS).isMissing());
        assertTrue(StandInHarness.getWarningMessage(model).contains("needs at least 2"));
    }

    @Test
    void progressIsReportedPerRecording() throws Exception {
        ExecutionContext exec = StandInHarness.createExecutionContext();
        StandInHarness.execute(model(s -> { }), exec, DecomposerTestData.readerTable(recordings.subList(0, 4)));
        List<String> messages = StandInHarness.getMessageHistory(exec);
        assertTrue(messages.contains("Decomposed recording 4 of 4 (row \"Row3\")"), messages.toString());
        assertEquals(1.0, StandInHarness.getProgress(exec), 1e-12);
    }

    @Test
    void cancellationStopsWithinAFewRecordings() throws Exception {
        List<Recording> many = new ArrayList<>();
        while (many.size() < 80) {
            many.addAll(recordings);
        }
        BufferedDataTable in = DecomposerTestData.readerTable(many.subList(0, 80));
        ExecutionContext exec = StandInHarness.createExecutionContext();
        long[] canceledAt = new long[1];
        StandInHarness.onProgress(exec, p -> {
            if (p >= 0.1 && canceledAt[0] == 0) {
                canceledAt[0] = System.nanoTime();
                StandInHarness.cancel(exec);
            }
        });
        NodeModel model = model(s -> { });
        Exception e = assertThrows(Exception.class, () -> StandInHarness.execute(model, exec, in));
        long stoppedAfterMillis = (System.nanoTime() - canceledAt[0]) / 1_000_000;

        assertInstanceOf(CanceledExecutionException.class, e);
        assertTrue(canceledAt[0] != 0);
        // one recording takes tens of milliseconds; the whole table takes seconds
        assertTrue(stoppedAfterMillis < 1000, "stopped " + stoppedAfterMillis + " ms after the cancel");
        List<Double> progress = StandInHarness.getProgressHistory(exec);
        double last = progress.get(progress.size() - 1);
        assertTrue(last < 0.2, "no recording reported after the cancel, last progress " + last);
    }
}
