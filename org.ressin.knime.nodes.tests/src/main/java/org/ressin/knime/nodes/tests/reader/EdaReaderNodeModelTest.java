package org.ressin.knime.nodes.tests.reader;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.collection.ListCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.StandInHarness;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.ressin.core.eda.Recording;
import org.ressin.core.labels.PmemoRatings;
import org.ressin.core.labels.RatingSelection;
import org.ressin.core.labels.RecordingKey;
import org.ressin.core.pmemo.MusicFeatures;
import org.ressin.core.pmemo.PmemoDataset;
import org.ressin.core.synth.SynthSettings;
import org.ressin.knime.nodes.reader.EdaReaderSettings;
import org.ressin.knime.nodes.reader.ReaderTables;
import org.ressin.knime.nodes.tests.TestData;

class EdaReaderNodeModelTest {

    @TempDir
    Path tmp;

    @AfterEach
    void clearWorkflow() {
        StandInHarness.setWorkflowDirectory(null);
    }

    // ---------------------------------------------------------------------------------------------- configure

    @Test
    void configureWithoutFolderNamesTheSetting() {
        NodeModel model = new org.ressin.knime.nodes.reader.EdaReaderNodeFactory().createNodeModel();
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> StandInHarness.configure(model));
        assertTrue(e.getMessage().contains("\"PMEmo folder\" is empty"), e.getMessage());
    }

    @Test
    void configureOnMissingFolderNamesSettingAndPath() throws Exception {
        Path missing = tmp.resolve("no-such-folder");
        NodeModel model = TestData.reader(missing);
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> StandInHarness.configure(model));
        assertTrue(e.getMessage().contains("PMEmo folder"), e.getMessage());
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("folder not found"), e.getMessage());
    }

    @Test
    void configureOnNonPmemoFolderSaysWhatIsMissing() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> StandInHarness.configure(TestData.reader(empty)));
        assertTrue(e.getMessage().contains("is not a PMEmo folder"), e.getMessage());
        assertTrue(e.getMessage().contains("no EDA/ folder"), e.getMessage());

        Path file = Files.writeString(tmp.resolve("file.csv"), "a,b\n");
        e = assertThrows(InvalidSettingsException.class, () -> StandInHarness.configure(TestData.reader(file)));
        assertTrue(e.getMessage().contains("not a folder"), e.getMessage());
    }

    @Test
    void configureOnUnreadableFolderNamesSettingAndFolder() throws Exception {
        Path folder = TestData.pmemo(tmp);
        Path eda = folder.resolve("EDA");
        Files.setPosixFilePermissions(eda, PosixFilePermissions.fromString("---------"));
        try {
            if (Files.isReadable(eda)) {
                return; // running as root: permissions cannot make a folder unreadable
            }
            InvalidSettingsException e =
                assertThrows(InvalidSettingsException.class, () -> StandInHarness.configure(TestData.reader(folder)));
            assertTrue(e.getMessage().contains("\"PMEmo folder\""), e.getMessage());
            assertTrue(e.getMessage().contains("cannot be read"), e.getMessage());
        } finally {
            Files.setPosixFilePermissions(eda, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void configureGivesAllThreeSpecsWithFeatureNames() throws Exception {
        Path folder = TestData.pmemo(tmp);
        PortObjectSpec[] specs = StandInHarness.configure(TestData.reader(folder));
        assertEquals(ReaderTables.recordingsSpec(), specs[0]);
        assertEquals(ReaderTables.ratingsSpec(), specs[1]);
        DataTableSpec features = (DataTableSpec)specs[2];
        assertEquals(7, features.getNumColumns());
        assertEquals(ReaderTables.COL_MUSIC_ID, features.getColumnSpec(0).getName());
        assertEquals("synth_feature_001", features.getColumnSpec(1).getName());
        assertEquals(List.of("musicId", "subjectId", "sampling_rate", "samples", "skipped_seconds", "eda"),
            List.of(((DataTableSpec)specs[0]).getColumnNames()));
        assertEquals(List.of("musicId", "subjectId", "valence", "arousal", "source"),
            List.of(((DataTableSpec)specs[1]).getColumnNames()));
    }

    @Test
    void withoutFeaturesTheFeatureTableIsJustMusicIdAndWarned() throws Exception {
        Path folder = TestData.pmemo(tmp);
        Files.delete(folder.resolve("features/static_features.csv"));
        NodeModel model = TestData.reader(folder);
        DataTableSpec spec = (DataTableSpec)StandInHarness.configure(model)[2];
        assertEquals(List.of("musicId"), List.of(spec.getColumnNames()));
        assertTrue(StandInHarness.getWarningMessage(model).contains("No music features"));

        BufferedDataTable features = (BufferedDataTable)StandInHarness.execute(model)[2];
        assertEquals(0, features.size());
        assertEquals(spec, features.getDataTableSpec());
        assertTrue(StandInHarness.getWarningMessage(model).contains("No music features"));
    }

    // ------------------------------------------------------------------------------------------------ execute

    @Test
    void executeGivesWhatTheCoreReads() throws Exception {
        Path folder = TestData.pmemo(tmp);
        NodeModel model = TestData.reader(folder);
        StandInHarness.configure(model);
        PortObject[] out = StandInHarness.execute(model);
        assertNull(StandInHarness.getWarningMessage(model), "a clean synthetic dataset gives no warning");

        PmemoDataset core = PmemoDataset.open(folder);
        List<Recording> expected = new ArrayList<>();
        core.forEachRecording(expected::add);
        List<DataRow> rows = StandInHarness.rows((BufferedDataTable)out[0]);
        assertEquals(TestData.settings().recordings(), rows.size());
        assertEquals(expected.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Recording original = expected.get(i);
            Recording retained = original.skipSeconds(PmemoDataset.DISCARDED_SECONDS);
            DataRow row = rows.get(i);
            assertEquals(original.musicId() + "_" + original.subjectId(), row.getKey().getString());
            assertEquals(original.musicId(), string(row, 0));
            assertEquals(original.subjectId(), string(row, 1));
            assertEquals(50.0, dbl(row, 2));
            assertEquals(retained.length(), ((IntValue)row.getCell(3)).getIntValue());
            assertEquals(15.0, dbl(row, 4), 1e-12);
            assertArrayEquals(retained.samples(), eda(row));
        }

        // ratings: the core's choice (the synthetic data rates every recording by its subject)
        RatingSelection selection = PmemoRatings.select(core, expected.stream()
            .map(r -> new RecordingKey(r.subjectId(), r.musicId())).toList());
        List<DataRow> ratings = StandInHarness.rows((BufferedDataTable)out[1]);
        assertEquals(selection.ratings().size(), ratings.size());
        assertEquals(expected.size(), ratings.size());
        DataRow first = ratings.get(0);
        assertEquals(selection.ratings().get(0).valence(), dbl(first, 2));
        assertEquals(selection.ratings().get(0).arousal(), dbl(first, 3));
        assertEquals(ReaderTables.SOURCE_SUBJECT, string(first, 4));
        Set<String> recordingKeys = new HashSet<>();
        rows.forEach(r -> recordingKeys.add(r.getKey().getString()));
        ratings.forEach(r -> assertTrue(recordingKeys.contains(r.getKey().getString()), r.getKey().getString()));

        // music features: one row per song, values as in the file
        MusicFeatures features = core.musicFeatures().orElseThrow();
        List<DataRow> featureRows = StandInHarness.rows((BufferedDataTable)out[2]);
        assertEquals(features.size(), featureRows.size());
        DataRow song = featureRows.get(0);
        double[] values = features.get(string(song, 0)).orElseThrow();
        for (int f = 0; f < values.length; f++) {
            assertEquals(values[f], dbl(song, f + 1));
        }
    }

    @Test
    void discardZeroKeepsWholeRecordings() throws Exception {
        Path folder = TestData.pmemo(tmp);
        NodeModel model = TestData.reader(folder);
        set(model, s -> s.addDouble(EdaReaderSettings.CFG_DISCARD_SECONDS, 0));
        List<DataRow> rows = StandInHarness.rows((BufferedDataTable)StandInHarness.execute(model)[0]);

        Recording first = PmemoDataset.open(folder).readSong("1").get(0);
        DataRow row = rows.get(0);
        assertEquals(first.musicId() + "_" + first.subjectId(), row.getKey().getString());
        assertEquals(first.length(), ((IntValue)row.getCell(3)).getIntValue());
        assertEquals(0.0, dbl(row, 4));
        assertArrayEquals(first.samples(), eda(row));
    }

    @Test
    void discardFifteenDropsTheFirst750Samples() throws Exception {
        Path folder = TestData.pmemo(tmp);
        DataRow row = StandInHarness.rows(TestData.read(folder)[0]).get(0);
        Recording first = PmemoDataset.open(folder).readSong("1").get(0);
        double[] all = first.samples();
        double[] kept = eda(row);
        assertEquals(all.length - 750, kept.length);
        assertEquals(all[750], kept[0]);
        assertEquals(all[all.length - 1], kept[kept.length - 1]);
    }

    @Test
    void shortRecordingsAreSkippedWithACountedWarning() throws Exception {
        Path folder = TestData.pmemo(tmp, shortSettings());
        List<String> tooShort = tooShort(folder);
        assertFalse(tooShort.isEmpty(), "the settings must produce short recordings");

        NodeModel model = TestData.reader(folder);
        List<DataRow> rows = StandInHarness.rows((BufferedDataTable)StandInHarness.execute(model)[0]);
        assertEquals(shortSettings().recordings() - tooShort.size(), rows.size());
        String warning = StandInHarness.getWarningMessage(model);
        assertTrue(warning.contains(tooShort.size() + " recording(s) shorter than 16 s"), warning);
        assertTrue(warning.contains("e.g. " + tooShort.get(0).replace('/', '_')), warning);
        rows.forEach(r -> assertTrue(eda(r).length >= 50));
    }

    @Test
    void shortRecordingsFailTheNodeWhenAskedTo() throws Exception {
        Path folder = TestData.pmemo(tmp, shortSettings());
        String firstShort = tooShort(folder).get(0).replace('/', '_');
        NodeModel model = TestData.reader(folder);
        set(model, s -> s.addBoolean(EdaReaderSettings.CFG_FAIL_ON_SHORT, true));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StandInHarness.execute(model));
        assertTrue(e.getMessage().startsWith("Recording " + firstShort + " "), e.getMessage());
        assertTrue(e.getMessage().contains("Fail on recordings too short"), e.getMessage());

        // with nothing discarded, every recording is long enough
        set(model, s -> s.addDouble(EdaReaderSettings.CFG_DISCARD_SECONDS, 0));
        assertEquals(shortSettings().recordings(), ((BufferedDataTable)StandInHarness.execute(model)[0]).size());
    }

    @Test
    void missingValuesStayNaNAndAreCountedInTheWarning() throws Exception {
        Path folder = TestData.pmemo(tmp, TestData.settings().withGapProbability(1.0));
        NodeModel model = TestData.reader(folder);
        set(model, s -> s.addDouble(EdaReaderSettings.CFG_DISCARD_SECONDS, 0));
        List<DataRow> rows = StandInHarness.rows((BufferedDataTable)StandInHarness.execute(model)[0]);
        long nan = rows.stream().flatMapToDouble(r -> java.util.Arrays.stream(eda(r))).filter(Double::isNaN).count();
        assertTrue(nan > 0);
        String warning = StandInHarness.getWarningMessage(model);
        assertTrue(warning.contains(nan + " missing values inside recordings"), warning);
    }

    @Test
    void songMeansStandInForSubjectsWithoutOwnRatings() throws Exception {
        Path folder = TestData.pmemo(tmp);
        Files.delete(folder.resolve("annotations/static_annotations_subjects.csv"));
        List<DataRow> ratings = StandInHarness.rows(TestData.read(folder)[1]);
        assertEquals(TestData.settings().recordings(), ratings.size());
        PmemoDataset core = PmemoDataset.open(folder);
        for (DataRow r : ratings) {
            assertEquals(ReaderTables.SOURCE_SONG_MEAN, string(r, 4));
            assertEquals(core.songAnnotation(string(r, 0)).orElseThrow().valence(), dbl(r, 2));
        }
    }

    @Test
    void recordingsOfUnratedSongsGetRatingRowsWithMissingValues() throws Exception {
        Path folder = TestData.pmemo(tmp);
        Path subjects = folder.resolve("annotations/static_annotations_subjects.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(subjects));
        String removed = lines.remove(1); // the first rating: its subject keeps other own ratings
        Files.write(subjects, lines);
        String[] cells = removed.split(",");
        String key = cells[0] + "_" + cells[1];

        NodeModel model = TestData.reader(folder);
        List<DataRow> ratings = StandInHarness.rows((BufferedDataTable)StandInHarness.execute(model)[1]);
        assertEquals(TestData.settings().recordings(), ratings.size());
        DataRow unrated = ratings.stream().filter(r -> r.getKey().getString().equals(key)).findFirst().orElseThrow();
        assertTrue(unrated.getCell(2).isMissing() && unrated.getCell(3).isMissing() && unrated.getCell(4).isMissing());
        assertEquals(key, ratings.get(ratings.size() - 1).getKey().getString(), "unrated recordings come last");
        assertTrue(StandInHarness.getWarningMessage(model).contains("song " + cells[0] + " / subject " + cells[1]));
    }

    @Test
    void progressNamesTheSongAndCancellationStopsPromptly() throws Exception {
        Path folder = TestData.pmemo(tmp);
        NodeModel model = TestData.reader(folder);
        ExecutionContext exec = StandInHarness.createExecutionContext();
        StandInHarness.cancelWhenProgressReaches(exec, 0.3);
        assertThrows(CanceledExecutionException.class, () -> StandInHarness.execute(model, exec));
        List<String> messages = StandInHarness.getMessageHistory(exec);
        assertTrue(messages.contains("Reading song 1 of 5"), messages.toString());
        assertTrue(messages.contains("Reading song 2 of 5"), messages.toString());
        assertFalse(messages.contains("Reading song 4 of 5"), "stopped within one song: " + messages);

        ExecutionContext full = StandInHarness.createExecutionContext();
        StandInHarness.execute(model, full);
        assertTrue(StandInHarness.getMessageHistory(full).contains("Reading song 5 of 5"));
        assertEquals(1.0, StandInHarness.getProgress(full), 1e-9);
    }

    @Test
    void cancellingFromAnotherThreadStopsTheExecution() throws Exception {
        Path folder = TestData.pmemo(tmp);
        NodeModel model = TestData.reader(folder);
        ExecutionContext exec = StandInHarness.createExecutionContext();
        StandInHarness.cancel(exec); // before the first song is done
        Future<PortObject[]> run = StandInHarness.executeAsync(model, exec);
        ExecutionException e = assertThrows(ExecutionException.class, run::get);
        assertTrue(e.getCause() instanceof CanceledExecutionException, e.getCause().toString());
    }

    // ------------------------------------------------------------------------------------------- knime:// URLs

    @Test
    void workflowRelativeUrlResolvesNextToTheWorkflow() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        TestData.pmemo(data);
        Path workflow = Files.createDirectories(tmp.resolve("workflows/My Workflow"));
        NodeModel model = TestData.reader(tmp); // replaced below
        set(model, s -> s.addString(EdaReaderSettings.CFG_FOLDER, "knime://knime.workflow/../../data/pmemo"));

        InvalidSettingsException noContext =
            assertThrows(InvalidSettingsException.class, () -> StandInHarness.configure(model));
        assertTrue(noContext.getMessage().contains("PMEmo folder"), noContext.getMessage());

        StandInHarness.setWorkflowDirectory(workflow);
        StandInHarness.configure(model);
        assertEquals(TestData.settings().recordings(), ((BufferedDataTable)StandInHarness.execute(model)[0]).size());
    }

    @Test
    void fileUrlsAndRemoteUrls() throws Exception {
        Path folder = TestData.pmemo(tmp);
        NodeModel model = TestData.reader(folder);
        set(model, s -> s.addString(EdaReaderSettings.CFG_FOLDER, folder.toUri().toString()));
        StandInHarness.configure(model);

        set(model, s -> s.addString(EdaReaderSettings.CFG_FOLDER, "https://example.org/pmemo"));
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> StandInHarness.configure(model));
        assertTrue(e.getMessage().contains("is not a local file or folder"), e.getMessage());
    }

    // ----------------------------------------------------------------------------------------------- settings

    @Test
    void settingsRoundTrip() throws Exception {
        NodeModel model = TestData.reader(tmp.resolve("x"));
        set(model, s -> {
            s.addDouble(EdaReaderSettings.CFG_DISCARD_SECONDS, 7.5);
            s.addDouble(EdaReaderSettings.CFG_DEFAULT_SAMPLING_RATE, 32.0);
            s.addBoolean(EdaReaderSettings.CFG_FAIL_ON_SHORT, true);
        });
        NodeSettings saved = StandInHarness.saveSettings(model);
        NodeModel other = new org.ressin.knime.nodes.reader.EdaReaderNodeFactory().createNodeModel();
        StandInHarness.loadSettingsFrom(other, saved);
        assertEquals(saved, StandInHarness.saveSettings(other));
        assertEquals(tmp.resolve("x").toString(), saved.getString(EdaReaderSettings.CFG_FOLDER));
        assertEquals(7.5, saved.getDouble(EdaReaderSettings.CFG_DISCARD_SECONDS));
        assertEquals(32.0, saved.getDouble(EdaReaderSettings.CFG_DEFAULT_SAMPLING_RATE));
        assertTrue(saved.getBoolean(EdaReaderSettings.CFG_FAIL_ON_SHORT));
    }

    @Test
    void defaultsAreTheMethods() throws Exception {
        NodeSettings s = StandInHarness.saveSettings(
            new org.ressin.knime.nodes.reader.EdaReaderNodeFactory().createNodeModel());
        assertEquals("", s.getString(EdaReaderSettings.CFG_FOLDER));
        assertEquals(15.0, s.getDouble(EdaReaderSettings.CFG_DISCARD_SECONDS));
        assertEquals(50.0, s.getDouble(EdaReaderSettings.CFG_DEFAULT_SAMPLING_RATE));
        assertFalse(s.getBoolean(EdaReaderSettings.CFG_FAIL_ON_SHORT));
    }

    @Test
    void invalidSettingsNameTheKey() throws Exception {
        NodeModel model = TestData.reader(tmp);
        NodeSettings s = StandInHarness.saveSettings(model);
        s.addDouble(EdaReaderSettings.CFG_DISCARD_SECONDS, -1);
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> StandInHarness.validateSettings(model, s));
        assertTrue(e.getMessage().contains(EdaReaderSettings.CFG_DISCARD_SECONDS), e.getMessage());

        NodeSettings noRate = new NodeSettings("model");
        noRate.addString(EdaReaderSettings.CFG_FOLDER, "x");
        noRate.addDouble(EdaReaderSettings.CFG_DISCARD_SECONDS, 1);
        e = assertThrows(InvalidSettingsException.class, () -> StandInHarness.validateSettings(model, noRate));
        assertTrue(e.getMessage().contains(EdaReaderSettings.CFG_DEFAULT_SAMPLING_RATE), e.getMessage());
    }

    @Test
    void rowIndexFilesUseTheConfiguredRate() throws Exception {
        Path folder = TestData.pmemo(tmp);
        // replace song 1's time column by a row index
        Path eda = folder.resolve("EDA/1_EDA.csv");
        List<String> lines = Files.readAllLines(eda);
        List<String> indexed = new ArrayList<>();
        indexed.add("row" + lines.get(0).substring(lines.get(0).indexOf(',')));
        for (int i = 1; i < lines.size(); i++) {
            indexed.add(i + lines.get(i).substring(lines.get(i).indexOf(',')));
        }
        Files.write(eda, indexed);
        NodeModel model = TestData.reader(folder);
        set(model, s -> {
            s.addDouble(EdaReaderSettings.CFG_DEFAULT_SAMPLING_RATE, 100.0);
            s.addDouble(EdaReaderSettings.CFG_DISCARD_SECONDS, 0.0); // at 100 Hz song 1 lasts about 10 s
        });
        DataRow first = StandInHarness.rows((BufferedDataTable)StandInHarness.execute(model)[0]).get(0);
        assertEquals(100.0, dbl(first, 2));
        assertTrue(StandInHarness.getWarningMessage(model).contains("sampling-rate"),
            "100 Hz against PMEmo's 50 Hz is reported: " + StandInHarness.getWarningMessage(model));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** 4 x 5, recordings of 14-17 s: some keep less than 1 s after the 15 s discard. */
    private static SynthSettings shortSettings() {
        return TestData.settings().withDurations(14, 17);
    }

    private static List<String> tooShort(final Path folder) throws Exception {
        List<String> ids = new ArrayList<>();
        PmemoDataset.open(folder).forEachRecording(r -> {
            if (r.skipSeconds(15).durationSeconds() < 1) {
                ids.add(r.id());
            }
        });
        return ids;
    }

    interface Edit {
        void apply(NodeSettings settings) throws Exception;
    }

    static void set(final NodeModel model, final Edit edit) throws Exception {
        NodeSettings s = StandInHarness.saveSettings(model);
        edit.apply(s);
        StandInHarness.loadSettingsFrom(model, s);
    }

    static String string(final DataRow row, final int col) {
        return ((StringValue)row.getCell(col)).getStringValue();
    }

    static double dbl(final DataRow row, final int col) {
        return ((DoubleValue)row.getCell(col)).getDoubleValue();
    }

    static double[] eda(final DataRow row) {
        ListCell list = (ListCell)row.getCell(5);
        double[] v = new double[list.size()];
        for (int i = 0; i < v.length; i++) {
            DataCell c = list.get(i);
            v[i] = ((DoubleValue)c).getDoubleValue();
        }
        return v;
    }
}
