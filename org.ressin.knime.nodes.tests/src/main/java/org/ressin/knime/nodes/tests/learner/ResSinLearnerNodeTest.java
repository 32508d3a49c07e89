package org.ressin.knime.nodes.tests.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.collection.ListDataValue;
import org.knime.core.data.def.DefaultRow;
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
import org.knime.core.node.port.PortObjectSpec;
import org.ressin.core.eval.LossPoint;
import org.ressin.core.image.CompactSignalImage;
import org.ressin.core.net.LabeledExample;
import org.ressin.core.net.NetworkSettings;
import org.ressin.core.net.ResSinModel;
import org.ressin.core.net.ResSinTrainer;
import org.ressin.core.net.TrainingMonitor;
import org.ressin.core.net.TrainingSettings;
import org.ressin.knime.nodes.learner.ResSinLearnerNodeFactory;
import org.ressin.knime.nodes.learner.ResSinLearnerSettings;
import org.ressin.knime.nodes.model.ResSinModelPortObject;
import org.ressin.knime.nodes.model.ResSinModelPortObjectSpec;
import org.ressin.knime.nodes.tests.NodeDescriptionAssert;

/** Res-SIN Learner through the stand-in framework, on small generated tables (small preset, 16 px, one thread). */
class ResSinLearnerNodeTest {

    private static PortObject[] run(final NodeModel m, final BufferedDataTable table) throws Exception {
        return StandInHarness.execute(m, table);
    }

    private static List<DataRow> rows(final PortObject table) {
        return StandInHarness.rows((BufferedDataTable)table);
    }

    private static List<LabeledExample> examples(final List<DataRow> rows) {
        List<LabeledExample> out = new ArrayList<>();
        for (DataRow r : rows) {
            if (r.getCell(TrainingTables.LABEL).isMissing()) {
                continue;
            }
            ListDataValue music = (ListDataValue)r.getCell(TrainingTables.MUSIC);
            double[] m = new double[music.size()];
            for (int i = 0; i < m.length; i++) {
                m[i] = ((DoubleValue)music.get(i)).getDoubleValue();
            }
            out.add(new LabeledExample(((StringValue)r.getCell(0)).getStringValue(),
                ((StringValue)r.getCell(1)).getStringValue(),
                CompactSignalImage.fromBase64(((StringValue)r.getCell(TrainingTables.IMAGE)).getStringValue()), m,
                ((IntValue)r.getCell(TrainingTables.LABEL)).getIntValue()));
        }
        return out;
    }

    private static List<Double> losses(final PortObject history) {
        return rows(history).stream().map(r -> ((DoubleValue)r.getCell(1)).getDoubleValue()).toList();
    }

    /** The node trains what the core trains on the same examples: same loss history, same predictions. */
    @Test
    void trainsOnAllRowsLikeTheCoreAndSkipsRowsWithoutLabel() throws Exception {
        List<DataRow> rows = TrainingTables.rows(30, 6, 1, 3);
        NodeModel m = TrainingTables.quickLearner();
        PortObject[] out = run(m, StandInHarness.createTable(TrainingTables.spec(), rows));
        ResSinModelPortObject port = (ResSinModelPortObject)out[0];
        ResSinModel model = port.model();

        // 27 labelled rows, batch 8 -> 4 iterations per epoch, 2 epochs
        List<DataRow> history = rows(out[1]);
        assertEquals(8, history.size());
        for (int i = 0; i < history.size(); i++) {
            DataRow h = history.get(i);
            assertEquals(i + 1, ((IntValue)h.getCell(0)).getIntValue());
            assertEquals(0.01, ((DoubleValue)h.getCell(2)).getDoubleValue(), 1e-12);
            assertEquals("all rows", ((StringValue)h.getCell(3)).getStringValue());
            LossPoint p = model.lossHistory().get(i);
            assertEquals(p.loss(), ((DoubleValue)h.getCell(1)).getDoubleValue());
        }
        assertEquals(0, rows(out[2]).size(), "no fold table without cross-validation");
        assertEquals(List.of("fold", "accuracy", "f1", "precision", "recall", "train_size", "test_size"),
            List.of(((BufferedDataTable)out[2]).getDataTableSpec().getColumnNames()));

        String warning = StandInHarness.getWarningMessage(m);
        assertTrue(warning.contains("3 rows without a label in \"valence_label\""), warning);

        NetworkSettings net = NetworkSettings.small().withImageSize(16);
        TrainingSettings t = new TrainingSettings(2, 8, 0.01, 0.1, 300, TrainingSettings.small().momentum(),
                TrainingSettings.small().weightDecay(), 42, 1);
        List<LabeledExample> examples = examples(rows);
        ResSinModel core = ResSinTrainer.train(examples, TrainingTables.FEATURE_NAMES, net, t, TrainingMonitor.NONE);
        assertEquals(core.lossHistory(), model.lossHistory());
        assertEquals(core.predict(examples), model.predict(examples));
        assertEquals(net, model.networkSettings());
        assertEquals(t, model.trainingSettings());

        ResSinModelPortObjectSpec spec = port.getSpec();
        assertEquals("valence_label", spec.target());
        assertEquals(16, spec.imageSize());
        assertTrue(spec.fusion());
        assertEquals(4, spec.musicDimension());
        assertEquals(TrainingTables.FEATURE_NAMES, spec.featureNames());
        assertEquals(TrainingTables.FEATURE_NAMES, model.musicFeatureNames());
        assertEquals(27, spec.trainingExamples());
        assertEquals(64, spec.edaDimension());
        assertTrue(port.getSummary().contains("valence_label") && port.getSummary().contains("27 recordings"),
            port.getSummary());
    }

    @Test
    void crossValidationGivesOneRowPerFoldThenMeanAndStd() throws Exception {
        NodeModel m = TrainingTables.quickLearner();
        TrainingTables.change(m, s -> {
            s.addString(ResSinLearnerSettings.CFG_MODE, ResSinLearnerSettings.MODE_CV);
            s.addInt(ResSinLearnerSettings.CFG_FOLDS, 3);
        });
        PortObject[] out = run(m, TrainingTables.table(36, 6, 2));
        List<DataRow> folds = rows(out[2]);
        assertEquals(5, folds.size());
        int tested = 0;
        double[][] scores = new double[3][4];
        for (int f = 0; f < 3; f++) {
            DataRow r = folds.get(f);
            assertEquals(Integer.toString(f + 1), ((StringValue)r.getCell(0)).getStringValue());
            for (int c = 1; c <= 4; c++) {
                double v = ((DoubleValue)r.getCell(c)).getDoubleValue();
                assertTrue(v >= 0 && v <= 1, "fold " + f + " column " + c + " = " + v);
                scores[f][c - 1] = v;
            }
            int train = ((IntValue)r.getCell(5)).getIntValue();
            int test = ((IntValue)r.getCell(6)).getIntValue();
            assertEquals(36, train + test);
            assertEquals(12, test, "6 subjects of 6 rows in 3 folds: 2 subjects per fold");
            tested += test;
        }
        assertEquals(36, tested, "every row is tested once");
        DataRow mean = folds.get(3);
        DataRow std = folds.get(4);
        assertEquals("mean", ((StringValue)mean.getCell(0)).getStringValue());
        assertEquals("std", ((StringValue)std.getCell(0)).getStringValue());
        for (int c = 0; c < 4; c++) {
            double avg = (scores[0][c] + scores[1][c] + scores[2][c]) / 3;
            assertEquals(avg, ((DoubleValue)mean.getCell(c + 1)).getDoubleValue(), 1e-12);
            double ss = 0;
            for (double[] s : scores) {
                ss += (s[c] - avg) * (s[c] - avg);
            }
            assertEquals(Math.sqrt(ss / 2), ((DoubleValue)std.getCell(c + 1)).getDoubleValue(), 1e-12);
        }
        assertTrue(mean.getCell(5).isMissing() && std.getCell(6).isMissing());
        assertEquals(((DoubleValue)mean.getCell(1)).getDoubleValue(),
            StandInHarness.getFlowVariables(m).get("ressin_cv_accuracy").getDoubleValue(), 1e-12);

        // history: the final model (36 rows: 5 iterations x 2 epochs), then each fold (24 rows: 3 x 2)
        List<String> runs = rows(out[1]).stream().map(r -> ((StringValue)r.getCell(3)).getStringValue()).toList();
        assertEquals(10 + 3 * 6, runs.size());
        assertEquals(10, runs.stream().filter("all rows"::equals).count());
        assertEquals(6, runs.stream().filter("fold 2"::equals).count());
        assertEquals(36, ((ResSinModelPortObject)out[0]).getSpec().trainingExamples());
    }

    @Test
    void sameSeedGivesTheSameHistoryAndAnotherSeedAnother() throws Exception {
        BufferedDataTable table = TrainingTables.table(24, 4, 3);
        List<Double> a = losses(run(TrainingTables.quickLearner(), table)[1]);
        List<Double> b = losses(run(TrainingTables.quickLearner(), table)[1]);
        assertEquals(a, b);
        NodeModel other = TrainingTables.quickLearner();
        TrainingTables.change(other, s -> s.addInt(ResSinLearnerSettings.CFG_SEED, 7));
        assertNotEquals(a, losses(run(other, table)[1]));
    }

    @Test
    void oneClassStopsWithAMessageNamingTheColumnAndTheClass() throws Exception {
        List<DataRow> rows = new ArrayList<>();
        for (DataRow r : TrainingTables.rows(12, 3, 4, 2)) {
            List<DataCell> cells = new ArrayList<>();
            r.forEach(cells::add);
            if (!cells.get(TrainingTables.LABEL).isMissing()) {
                cells.set(TrainingTables.LABEL, new IntCell(1));
            }
            rows.add(new DefaultRow(r.getKey(), cells));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> run(TrainingTables.quickLearner(), StandInHarness.createTable(TrainingTables.spec(), rows)));
        assertTrue(e.getMessage().startsWith("valence_label has only class 1 in the 10 labelled rows"),
            e.getMessage());
    }

    @Test
    void cancellationStopsTrainingPromptly() throws Exception {
        NodeModel m = TrainingTables.quickLearner();
        TrainingTables.change(m, s -> {
            s.addInt(ResSinLearnerSettings.CFG_EPOCHS, 200);
            s.addInt(ResSinLearnerSettings.CFG_BATCH_SIZE, 4);
        });
        BufferedDataTable table = TrainingTables.table(16, 4, 5);
        ExecutionContext exec = StandInHarness.createExecutionContext();
        StandInHarness.cancelWhenProgressReaches(exec, 0.1);
        long start = System.nanoTime();
        assertThrows(CanceledExecutionException.class, () -> StandInHarness.execute(m, exec, table));
        double last = StandInHarness.getProgressHistory(exec).stream().mapToDouble(Double::doubleValue).max()
            .orElse(0);
        // 800 iterations would take about 10 s; the cancel at 10 % stops before the next mini-batch
        assertTrue(last >= 0.1 && last < 0.11, "progress reached " + last);
        assertTrue(System.nanoTime() - start < 120_000_000_000L);
        assertTrue(StandInHarness.getMessageHistory(exec).stream().anyMatch(s -> s.contains("loss")),
            "progress messages show the loss");
    }

    @Test
    void imageSizeMismatchIsFoundAtConfigureOrNamesTheRow() throws Exception {
        NodeModel m = TrainingTables.quickLearner();
        TrainingTables.change(m, s -> s.addInt(ResSinLearnerSettings.CFG_IMAGE_SIZE, 32));
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> StandInHarness.configure(m, TrainingTables.spec()));
        assertTrue(e.getMessage().contains("16 x 16") && e.getMessage().contains("Image size S")
            && e.getMessage().contains("32"), e.getMessage());

        // without the Signal Imager's column properties the rows tell
        DataTableSpec plain = TrainingTables.spec(TrainingTables.imageColumn(16, null, false));
        StandInHarness.configure(m, plain);
        IllegalArgumentException e2 = assertThrows(IllegalArgumentException.class,
            () -> run(m, StandInHarness.createTable(plain, TrainingTables.rows(8, 2, 6, 0))));
        assertTrue(e2.getMessage().contains("Row \"Row0\"") && e2.getMessage().contains("16 x 16")
            && e2.getMessage().contains("32"), e2.getMessage());
    }

    @Test
    void undecodableImageAndBadLabelNameTheRow() throws Exception {
        List<DataRow> rows = new ArrayList<>(TrainingTables.rows(8, 2, 7, 0));
        DataRow r = rows.get(5);
        rows.set(5, new DefaultRow(r.getKey(), r.getCell(0), r.getCell(1), new StringCell("not an image"),
            r.getCell(3), r.getCell(4)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> run(TrainingTables.quickLearner(), StandInHarness.createTable(TrainingTables.spec(), rows)));
        assertTrue(e.getMessage().contains("Row \"Row5\"") && e.getMessage().contains("signal_image"),
            e.getMessage());

        rows.set(5, new DefaultRow(r.getKey(), r.getCell(0), r.getCell(1), r.getCell(2), new IntCell(2),
            r.getCell(4)));
        e = assertThrows(IllegalArgumentException.class,
            () -> run(TrainingTables.quickLearner(), StandInHarness.createTable(TrainingTables.spec(), rows)));
        assertTrue(e.getMessage().contains("Row \"Row5\"") && e.getMessage().contains("neither 0"),
            e.getMessage());
    }

    @Test
    void edaOnlyNeedsNoMusicColumnAndFusionDoes() throws Exception {
        DataTableSpec spec = TrainingTables.spec();
        DataTableSpec noMusic = new DataTableSpec(spec.getColumnSpec(0), spec.getColumnSpec(1),
            spec.getColumnSpec(2), spec.getColumnSpec(3));
        NodeModel fusion = TrainingTables.quickLearner();
        InvalidSettingsException e =
            assertThrows(InvalidSettingsException.class, () -> StandInHarness.configure(fusion, noMusic));
        assertTrue(e.getMessage().contains("\"music_features\"") && e.getMessage().contains("Music features column"),
            e.getMessage());

        NodeModel eda = TrainingTables.quickLearner();
        TrainingTables.change(eda, s -> s.addBoolean(ResSinLearnerSettings.CFG_FUSION, false));
        ResSinModelPortObjectSpec configured =
            (ResSinModelPortObjectSpec)StandInHarness.configure(eda, noMusic)[0];
        assertFalse(configured.fusion());
        List<DataRow> rows = new ArrayList<>();
        for (DataRow r : TrainingTables.rows(16, 4, 8, 0)) {
            rows.add(new DefaultRow(r.getKey(), r.getCell(0), r.getCell(1), r.getCell(2), r.getCell(3)));
        }
        ResSinModelPortObject port =
            (ResSinModelPortObject)run(eda, StandInHarness.createTable(noMusic, rows))[0];
        assertFalse(port.model().networkSettings().fusion());
        assertEquals(0, port.getSpec().musicDimension());
        assertNull(StandInHarness.getWarningMessage(eda));
    }

    @Test
    void elementNamesThatDoNotFitTheVectorsAreNotUsedAsFeatureNames() throws Exception {
        DataTableSpec spec = TrainingTables.spec();
        org.knime.core.data.DataColumnSpecCreator music =
            new org.knime.core.data.DataColumnSpecCreator(spec.getColumnSpec(TrainingTables.MUSIC));
        music.setElementNames(new String[]{"only", "three", "names"});
        DataTableSpec misnamed = new DataTableSpec(spec.getColumnSpec(0), spec.getColumnSpec(1),
            spec.getColumnSpec(2), spec.getColumnSpec(3), music.createSpec());
        ResSinModelPortObject port = (ResSinModelPortObject)run(TrainingTables.quickLearner(),
            StandInHarness.createTable(misnamed, TrainingTables.rows(16, 4, 13, 0)))[0];
        assertEquals(List.of("music_0", "music_1", "music_2", "music_3"), port.getSpec().featureNames());
    }

    @Test
    void tooFewSubjectsForTheFoldsNamesTheSetting() throws Exception {
        NodeModel m = TrainingTables.quickLearner();
        TrainingTables.change(m, s -> {
            s.addString(ResSinLearnerSettings.CFG_MODE, ResSinLearnerSettings.MODE_CV);
            s.addInt(ResSinLearnerSettings.CFG_FOLDS, 5);
        });
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> run(m, TrainingTables.table(12, 3, 9)));
        assertTrue(e.getMessage().contains("Folds") && e.getMessage().contains("only 3 subjects"), e.getMessage());

        // cross-validation needs the subject column
        DataTableSpec spec = TrainingTables.spec();
        DataTableSpec noSubject = new DataTableSpec(spec.getColumnSpec(1), spec.getColumnSpec(2),
            spec.getColumnSpec(3), spec.getColumnSpec(4));
        e = assertThrows(InvalidSettingsException.class, () -> StandInHarness.configure(m, noSubject));
        assertTrue(e.getMessage().contains("\"subjectId\"") && e.getMessage().contains("Subject column"),
            e.getMessage());
        // training on all rows does not
        TrainingTables.change(m, s -> s.addString(ResSinLearnerSettings.CFG_MODE, ResSinLearnerSettings.MODE_TRAIN));
        StandInHarness.configure(m, noSubject);
    }

    @Test
    void configureNamesColumnsAndSettings() throws Exception {
        NodeModel m = new ResSinLearnerNodeFactory().createNodeModel();
        PortObjectSpec[] out = StandInHarness.configure(m, TrainingTables.spec(TrainingTables.imageColumn(224,
            "phasic+tonic+origin", true)));
        ResSinModelPortObjectSpec spec = (ResSinModelPortObjectSpec)out[0];
        assertEquals(224, spec.imageSize());
        assertEquals(196, spec.cropSize());
        assertEquals(4, spec.musicDimension(), "known from the column's element names");
        assertEquals(512, spec.edaDimension());
        assertEquals(List.of("iteration", "loss", "learning_rate", "run"),
            List.of(((DataTableSpec)out[1]).getColumnNames()));

        NodeModel origin = TrainingTables.quickLearner();
        TrainingTables.change(origin, s -> s.addString(ResSinLearnerSettings.CFG_CHANNELS, "phasic"));
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> StandInHarness
            .configure(origin, TrainingTables.spec(TrainingTables.imageColumn(16, "tonic+origin", true))));
        assertTrue(e.getMessage().contains("Channels") && e.getMessage().contains("tonic+origin"), e.getMessage());

        NodeModel label = TrainingTables.quickLearner();
        TrainingTables.change(label, s -> s.addString(ResSinLearnerSettings.CFG_LABEL_COLUMN, "arousal_label"));
        e = assertThrows(InvalidSettingsException.class, () -> StandInHarness.configure(label, TrainingTables.spec()));
        assertTrue(e.getMessage().contains("\"arousal_label\"") && e.getMessage().contains("Label column"),
            e.getMessage());

        NodeSettings lr = StandInHarness.saveSettings(m);
        lr.addDouble(ResSinLearnerSettings.CFG_LEARNING_RATE, 0);
        e = assertThrows(InvalidSettingsException.class, () -> StandInHarness.validateSettings(m, lr));
        assertTrue(e.getMessage().contains("Learning rate"), e.getMessage());
        NodeSettings folds = StandInHarness.saveSettings(m);
        folds.addInt(ResSinLearnerSettings.CFG_FOLDS, 1);
        e = assertThrows(InvalidSettingsException.class, () -> StandInHarness.validateSettings(m, folds));
        assertTrue(e.getMessage().contains("Folds") && e.getMessage().contains("was 1"), e.getMessage());
        NodeSettings factor = StandInHarness.saveSettings(m);
        factor.addDouble(ResSinLearnerSettings.CFG_LR_FACTOR, 0);
        e = assertThrows(InvalidSettingsException.class, () -> StandInHarness.validateSettings(m, factor));
        assertTrue(e.getMessage().contains("Learning-rate factor"), e.getMessage());
        NodeSettings preset = StandInHarness.saveSettings(m);
        preset.addString(ResSinLearnerSettings.CFG_PRESET, "huge");
        e = assertThrows(InvalidSettingsException.class, () -> StandInHarness.validateSettings(m, preset));
        assertTrue(e.getMessage().contains("Network preset") && e.getMessage().contains("huge"), e.getMessage());
        NodeSettings noMusic = StandInHarness.saveSettings(m);
        noMusic.addString(ResSinLearnerSettings.CFG_MUSIC_COLUMN, null);
        e = assertThrows(InvalidSettingsException.class, () -> StandInHarness.validateSettings(m, noMusic));
        assertTrue(e.getMessage().contains("Fuse music features"), e.getMessage());
    }

    @Test
    void settingsRoundTripWithPaperDefaults() throws Exception {
        NodeModel m = new ResSinLearnerNodeFactory().createNodeModel();
        NodeSettings d = StandInHarness.saveSettings(m);
        assertEquals("signal_image", d.getString(ResSinLearnerSettings.CFG_IMAGE_COLUMN));
        assertEquals("valence_label", d.getString(ResSinLearnerSettings.CFG_LABEL_COLUMN));
        assertEquals("music_features", d.getString(ResSinLearnerSettings.CFG_MUSIC_COLUMN));
        assertTrue(d.getBoolean(ResSinLearnerSettings.CFG_FUSION));
        assertEquals("mix", d.getString(ResSinLearnerSettings.CFG_CHANNELS));
        assertEquals("paper", d.getString(ResSinLearnerSettings.CFG_PRESET));
        assertEquals(224, d.getInt(ResSinLearnerSettings.CFG_IMAGE_SIZE));
        assertEquals(15, d.getInt(ResSinLearnerSettings.CFG_EPOCHS));
        assertEquals(100, d.getInt(ResSinLearnerSettings.CFG_BATCH_SIZE));
        assertEquals(0.001, d.getDouble(ResSinLearnerSettings.CFG_LEARNING_RATE));
        assertEquals(0.1, d.getDouble(ResSinLearnerSettings.CFG_LR_FACTOR));
        assertEquals(300, d.getInt(ResSinLearnerSettings.CFG_LR_STEP));
        assertEquals(42, d.getInt(ResSinLearnerSettings.CFG_SEED));
        assertEquals(0, d.getInt(ResSinLearnerSettings.CFG_THREADS));
        assertEquals(ResSinLearnerSettings.MODE_TRAIN, d.getString(ResSinLearnerSettings.CFG_MODE));
        assertEquals(10, d.getInt(ResSinLearnerSettings.CFG_FOLDS));
        assertEquals("subject", d.getString(ResSinLearnerSettings.CFG_GROUPING));

        NodeSettings s = StandInHarness.saveSettings(m);
        s.addString(ResSinLearnerSettings.CFG_LABEL_COLUMN, "arousal_label");
        s.addBoolean(ResSinLearnerSettings.CFG_FUSION, false);
        s.addString(ResSinLearnerSettings.CFG_CHANNELS, "tonic");
        s.addString(ResSinLearnerSettings.CFG_PRESET, "small");
        s.addInt(ResSinLearnerSettings.CFG_IMAGE_SIZE, 64);
        s.addInt(ResSinLearnerSettings.CFG_EPOCHS, 3);
        s.addInt(ResSinLearnerSettings.CFG_BATCH_SIZE, 7);
        s.addDouble(ResSinLearnerSettings.CFG_LEARNING_RATE, 0.05);
        s.addDouble(ResSinLearnerSettings.CFG_LR_FACTOR, 0.5);
        s.addInt(ResSinLearnerSettings.CFG_LR_STEP, 11);
        s.addInt(ResSinLearnerSettings.CFG_SEED, -3);
        s.addInt(ResSinLearnerSettings.CFG_THREADS, 2);
        s.addString(ResSinLearnerSettings.CFG_MODE, ResSinLearnerSettings.MODE_CV);
        s.addInt(ResSinLearnerSettings.CFG_FOLDS, 4);
        s.addString(ResSinLearnerSettings.CFG_GROUPING, "recording");
        StandInHarness.loadSettingsFrom(m, s);
        NodeSettings back = StandInHarness.saveSettings(m);
        for (String key : List.of(ResSinLearnerSettings.CFG_LABEL_COLUMN, ResSinLearnerSettings.CFG_CHANNELS,
            ResSinLearnerSettings.CFG_PRESET, ResSinLearnerSettings.CFG_MODE, ResSinLearnerSettings.CFG_GROUPING)) {
            assertEquals(s.getString(key), back.getString(key), key);
        }
        for (String key : List.of(ResSinLearnerSettings.CFG_IMAGE_SIZE, ResSinLearnerSettings.CFG_EPOCHS,
            ResSinLearnerSettings.CFG_BATCH_SIZE, ResSinLearnerSettings.CFG_LR_STEP, ResSinLearnerSettings.CFG_SEED,
            ResSinLearnerSettings.CFG_THREADS, ResSinLearnerSettings.CFG_FOLDS)) {
            assertEquals(s.getInt(key), back.getInt(key), key);
        }
        assertEquals(0.05, back.getDouble(ResSinLearnerSettings.CFG_LEARNING_RATE));
        assertEquals(0.5, back.getDouble(ResSinLearnerSettings.CFG_LR_FACTOR));
        assertFalse(back.getBoolean(ResSinLearnerSettings.CFG_FUSION));
    }

    @Test
    void dialogLoadsAndSavesHeadlessly() throws Exception {
        NodeModel m = TrainingTables.quickLearner();
        TrainingTables.change(m, s -> {
            s.addString(ResSinLearnerSettings.CFG_MODE, ResSinLearnerSettings.MODE_CV);
            s.addInt(ResSinLearnerSettings.CFG_FOLDS, 5);
            s.addString(ResSinLearnerSettings.CFG_CHANNELS, "origin");
        });
        NodeDialogPane dialog = StandInHarness.createNodeDialogPane(new ResSinLearnerNodeFactory());
        StandInHarness.loadDialogSettings(dialog, StandInHarness.saveSettings(m), TrainingTables.spec());
        NodeSettings saved = StandInHarness.saveDialogSettings(dialog);
        assertEquals(ResSinLearnerSettings.MODE_CV, saved.getString(ResSinLearnerSettings.CFG_MODE));
        assertEquals(5, saved.getInt(ResSinLearnerSettings.CFG_FOLDS));
        assertEquals("origin", saved.getString(ResSinLearnerSettings.CFG_CHANNELS));
        assertEquals("small", saved.getString(ResSinLearnerSettings.CFG_PRESET));
        assertEquals(16, saved.getInt(ResSinLearnerSettings.CFG_IMAGE_SIZE));
        assertEquals("music_features", saved.getString(ResSinLearnerSettings.CFG_MUSIC_COLUMN));
        assertEquals("signal_image", saved.getString(ResSinLearnerSettings.CFG_IMAGE_COLUMN));
        StandInHarness.loadSettingsFrom(m, saved);
        assertEquals(0, StandInHarness.getNrNodeViews(new ResSinLearnerNodeFactory()));
        assertEquals("Res-SIN Learner", new ResSinLearnerNodeFactory().getNodeName());
        assertEquals(ResSinModelPortObject.TYPE, StandInHarness.getOutPortTypes(m)[0]);
    }

    @Test
    void descriptionValidatesAndIconIs16x16() throws Exception {
        NodeDescriptionAssert.assertValidDescriptionAndIcon(new ResSinLearnerNodeFactory(), "learner.png");
    }

    /** Sanity of the generated data: the images really are 16 px with three channels. */
    @Test
    void generatedImagesFitTheQuickSettings() {
        DataRow r = TrainingTables.rows(1, 1, 10, 0).get(0);
        CompactSignalImage image =
            CompactSignalImage.fromBase64(((StringValue)r.getCell(TrainingTables.IMAGE)).getStringValue());
        assertEquals(16, image.size());
        assertEquals(3, image.channelCount());
    }
}
