package org.ressin.knime.nodes.tests.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.collection.ListCell;
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
import org.ressin.core.baseline.MusicItem;
import org.ressin.core.baseline.MusicSvmTrainer;
import org.ressin.core.baseline.RegressionCell;
import org.ressin.core.baseline.RegressionCrossValidation;
import org.ressin.core.baseline.RegressionInput;
import org.ressin.core.baseline.RegressionMethod;
import org.ressin.core.baseline.RegressionRow;
import org.ressin.core.baseline.SignalFeaturiser;
import org.ressin.core.baseline.SvmKernel;
import org.ressin.core.baseline.SvmSettings;
import org.ressin.core.eval.CrossValidation;
import org.ressin.core.eval.CvResult;
import org.ressin.core.eval.Grouping;
import org.ressin.core.eval.Metrics;
import org.ressin.core.labels.Target;
import org.ressin.knime.nodes.baseline.BaselineLearnerNodeFactory;
import org.ressin.knime.nodes.baseline.BaselineLearnerSettings;
import org.ressin.knime.nodes.tests.NodeDescriptionAssert;
import org.ressin.knime.nodes.tests.learner.TrainingTables;

/** Emotion Baseline Learner through the stand-in framework, on small generated tables. */
class BaselineLearnerNodeTest {

    private static final int SUBJECTS = 6;
    private static final int SONGS = 8;
    private static final int MUSIC_DIM = 5;
    private static final double RATE = 4.0;
    private static final int SAMPLES = 120;

    // ------------------------------------------------------------------------------------------- data

    private static DataTableSpec musicSpec() {
        return new DataTableSpec(new DataColumnSpecCreator("subjectId", StringCell.TYPE).createSpec(),
            new DataColumnSpecCreator("musicId", StringCell.TYPE).createSpec(),
            new DataColumnSpecCreator("valence_label", IntCell.TYPE).createSpec(),
            new DataColumnSpecCreator("music_features", ListCell.getCollectionType(DoubleCell.TYPE)).createSpec());
    }

    /** Every subject hears every song; the label follows the song's first feature, flipped for some recordings. */
    private static List<DataRow> musicRows(final long seed, final int missingLabels) {
        Random random = new Random(seed);
        Map<Integer, double[]> songs = new HashMap<>();
        for (int m = 0; m < SONGS; m++) {
            double[] v = new double[MUSIC_DIM];
            for (int j = 0; j < MUSIC_DIM; j++) {
                v[j] = 5 + 2 * random.nextGaussian();
            }
            v[0] += m % 2 == 0 ? 3 : -3;
            songs.put(m, v);
        }
        List<DataRow> rows = new ArrayList<>();
        int i = 0;
        for (int s = 0; s < SUBJECTS; s++) {
            for (int m = 0; m < SONGS; m++) {
                int label = (m % 2 == 0) ^ (random.nextDouble() < 0.2) ? 1 : 0;
                rows.add(new DefaultRow("Row" + i, new StringCell("s" + s), new StringCell("m" + m),
                    i < missingLabels ? DataType.getMissingCell() : new IntCell(label),
                    TrainingTables.list(songs.get(m))));
                i++;
            }
        }
        return rows;
    }

    private static List<MusicItem> items(final List<DataRow> rows) {
        List<MusicItem> out = new ArrayList<>();
        for (DataRow r : rows) {
            if (r.getCell(2).isMissing()) {
                continue;
            }
            org.knime.core.data.collection.ListDataValue l = (org.knime.core.data.collection.ListDataValue)r.getCell(3);
            double[] v = new double[l.size()];
            for (int j = 0; j < v.length; j++) {
                v[j] = ((DoubleValue)l.get(j)).getDoubleValue();
            }
            out.add(new MusicItem(str(r, 0), str(r, 1), v, ((IntValue)r.getCell(2)).getIntValue()));
        }
        return out;
    }

    private static DataTableSpec signalSpec() {
        return new DataTableSpec(new DataColumnSpecCreator("subjectId", StringCell.TYPE).createSpec(),
            new DataColumnSpecCreator("musicId", StringCell.TYPE).createSpec(),
            new DataColumnSpecCreator("eda", ListCell.getCollectionType(DoubleCell.TYPE)).createSpec(),
            new DataColumnSpecCreator("sampling_rate", DoubleCell.TYPE).createSpec(),
            new DataColumnSpecCreator("valence", DoubleCell.TYPE).createSpec());
    }

    /** Slow random walks whose overall trend tells the rating, plus noise. */
    private static List<DataRow> signalRows(final long seed) {
        Random random = new Random(seed);
        List<DataRow> rows = new ArrayList<>();
        int i = 0;
        for (int s = 0; s < SUBJECTS; s++) {
            for (int m = 0; m < SONGS; m++) {
                double rating = 1 + 8 * random.nextDouble();
                double[] x = new double[SAMPLES];
                double v = 0;
                for (int t = 0; t < SAMPLES; t++) {
                    v += 0.05 * random.nextGaussian();
                    x[t] = v + (rating - 5) * t / (double)SAMPLES;
                }
                rows.add(new DefaultRow("Row" + i++, new StringCell("s" + s), new StringCell("m" + m),
                    TrainingTables.list(x), new DoubleCell(RATE), new DoubleCell(rating)));
            }
        }
        return rows;
    }

    private static String str(final DataRow r, final int c) {
        return ((StringValue)r.getCell(c)).getStringValue();
    }

    private static double dbl(final DataRow r, final int c) {
        return ((DoubleValue)r.getCell(c)).getDoubleValue();
    }

    private static NodeModel node(final java.util.function.Consumer<NodeSettings> changes) throws Exception {
        NodeModel m = new BaselineLearnerNodeFactory().createNodeModel();
        NodeSettings s = StandInHarness.saveSettings(m);
        s.addInt(BaselineLearnerSettings.CFG_FOLDS, 3);
        changes.accept(s);
        StandInHarness.loadSettingsFrom(m, s);
        return m;
    }

    private static NodeModel regressionNode(final String method) throws Exception {
        return node(s -> {
            s.addString(BaselineLearnerSettings.CFG_TASK, BaselineLearnerSettings.TASK_REGRESSION);
            s.addString(BaselineLearnerSettings.CFG_METHOD, method);
        });
    }

    private static List<DataRow> rows(final PortObject table) {
        return StandInHarness.rows((BufferedDataTable)table);
    }

    // ------------------------------------------------------------------------------------------- tests

    @Test
    void classificationEqualsTheCoresCrossValidation() throws Exception {
        List<DataRow> input = musicRows(1, 2);
        NodeModel m = node(s -> s.addInt(BaselineLearnerSettings.CFG_SEED, 7));
        PortObject[] out = StandInHarness.execute(m, StandInHarness.createTable(musicSpec(), input));

        CvResult core = CrossValidation.run(items(input), 3, Grouping.SUBJECT, 7,
            MusicSvmTrainer.forItems(SvmSettings.defaults()));
        List<DataRow> folds = rows(out[0]);
        assertEquals(List.of("fold", "accuracy", "f1", "precision", "recall", "train_size", "test_size"),
            List.of(((BufferedDataTable)out[0]).getDataTableSpec().getColumnNames()));
        assertEquals(3, folds.size());
        for (int f = 0; f < 3; f++) {
            DataRow r = folds.get(f);
            Metrics expected = core.folds().get(f).metrics();
            assertEquals(f + 1, ((IntValue)r.getCell(0)).getIntValue());
            assertEquals(expected.accuracy(), dbl(r, 1));
            assertEquals(expected.f1(), dbl(r, 2));
            assertEquals(expected.precision(), dbl(r, 3));
            assertEquals(expected.recall(), dbl(r, 4));
            assertEquals(core.folds().get(f).trainSize(), ((IntValue)r.getCell(5)).getIntValue());
            assertEquals(core.folds().get(f).testSize(), ((IntValue)r.getCell(6)).getIntValue());
        }
        List<DataRow> summary = rows(out[1]);
        assertEquals(List.of("statistic", "accuracy", "f1", "precision", "recall"),
            List.of(((BufferedDataTable)out[1]).getDataTableSpec().getColumnNames()));
        assertEquals("mean", str(summary.get(0), 0));
        assertEquals("sd", str(summary.get(1), 0));
        assertEquals(core.mean().accuracy(), dbl(summary.get(0), 1));
        assertEquals(core.mean().f1(), dbl(summary.get(0), 2));
        assertEquals(core.standardDeviation().accuracy(), dbl(summary.get(1), 1));
        assertTrue(core.mean().accuracy() > 0.6, "the music tells the label: " + core.mean());
        String warning = StandInHarness.getWarningMessage(m);
        assertTrue(warning.contains("2 rows without a value in \"valence_label\""), warning);
    }

    @Test
    void linearKernelAndCAreHandedToTheCore() throws Exception {
        List<DataRow> input = musicRows(2, 0);
        NodeModel m = node(s -> {
            s.addString(BaselineLearnerSettings.CFG_KERNEL, "linear");
            s.addDouble(BaselineLearnerSettings.CFG_SVM_C, 0.05);
            s.addString(BaselineLearnerSettings.CFG_GROUPING, BaselineLearnerSettings.GROUP_RECORDING);
        });
        PortObject[] out = StandInHarness.execute(m, StandInHarness.createTable(musicSpec(), input));
        CvResult core = CrossValidation.run(items(input), 3, Grouping.RECORDING, 42,
            MusicSvmTrainer.forItems(SvmSettings.defaults().withKernel(SvmKernel.LINEAR).withC(0.05)));
        for (int f = 0; f < 3; f++) {
            assertEquals(core.folds().get(f).metrics().accuracy(), dbl(rows(out[0]).get(f), 1));
        }
    }

    @Test
    void regressionEqualsTheCoresRegressionCrossValidation() throws Exception {
        List<DataRow> input = signalRows(3);
        List<RegressionRow> coreRows = new ArrayList<>();
        for (DataRow r : input) {
            org.knime.core.data.collection.ListDataValue l = (org.knime.core.data.collection.ListDataValue)r.getCell(2);
            double[] x = new double[l.size()];
            for (int j = 0; j < x.length; j++) {
                x[j] = ((DoubleValue)l.get(j)).getDoubleValue();
            }
            double[] v = SignalFeaturiser.defaults().vector(x, RATE);
            coreRows.add(new RegressionRow(str(r, 0), str(r, 1), dbl(r, 4), dbl(r, 4), v, v, v));
        }
        var core = RegressionCrossValidation.run(coreRows, 3, Grouping.SUBJECT, 42, SvmSettings.defaults(), 1);
        for (String method : List.of(BaselineLearnerSettings.METHOD_MLR, BaselineLearnerSettings.METHOD_SVR)) {
            PortObject[] out = StandInHarness.execute(regressionNode(method),
                StandInHarness.createTable(signalSpec(), input));
            assertEquals(List.of("fold", "rmse", "pearson_r", "train_size", "test_size"),
                List.of(((BufferedDataTable)out[0]).getDataTableSpec().getColumnNames()));
            RegressionCell cell = core.cell(RegressionMethod.valueOf(method), RegressionInput.RAW, Target.VALENCE)
                .orElseThrow();
            List<DataRow> folds = rows(out[0]);
            assertEquals(3, folds.size());
            int tested = 0;
            for (int f = 0; f < 3; f++) {
                double rmse = dbl(folds.get(f), 1);
                assertTrue(Double.isFinite(rmse) && rmse > 0, method + " fold " + f + ": " + rmse);
                assertEquals(cell.folds().get(f).rmse(), rmse, 1e-12, method);
                assertEquals(cell.folds().get(f).pearson(), dbl(folds.get(f), 2), 1e-12, method);
                tested += ((IntValue)folds.get(f).getCell(4)).getIntValue();
            }
            assertEquals(SUBJECTS * SONGS, tested);
            List<DataRow> summary = rows(out[1]);
            assertEquals(cell.meanRmse(), dbl(summary.get(0), 1), 1e-12);
            assertEquals(cell.sdRmse(), dbl(summary.get(1), 1), 1e-12);
            assertEquals(cell.meanPearson(), dbl(summary.get(0), 2), 1e-12);
        }
    }

    @Test
    void configureNamesTheColumnAndTheSetting() throws Exception {
        NodeModel classification = node(s -> { });
        StandInHarness.configure(classification, musicSpec());
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> StandInHarness.configure(classification, signalSpec()));
        assertTrue(e.getMessage().contains("\"valence_label\"") && e.getMessage().contains("Label column"),
            e.getMessage());

        NodeModel regression = regressionNode(BaselineLearnerSettings.METHOD_MLR);
        DataTableSpec folds0 = (DataTableSpec)StandInHarness.configure(regression, signalSpec())[0];
        assertEquals("rmse", folds0.getColumnNames()[1]);
        e = assertThrows(InvalidSettingsException.class, () -> StandInHarness.configure(regression, musicSpec()));
        assertTrue(e.getMessage().contains("\"eda\"") && e.getMessage().contains("Signal column"), e.getMessage());

        NodeModel wrongType = node(s -> s.addString(BaselineLearnerSettings.CFG_MUSIC_COLUMN, "musicId"));
        e = assertThrows(InvalidSettingsException.class, () -> StandInHarness.configure(wrongType, musicSpec()));
        assertTrue(e.getMessage().contains("Music features column") && e.getMessage().contains("List of Double"),
            e.getMessage());

        NodeModel m = node(s -> { });
        NodeSettings svmForRegression = StandInHarness.saveSettings(m);
        svmForRegression.addString(BaselineLearnerSettings.CFG_TASK, BaselineLearnerSettings.TASK_REGRESSION);
        e = assertThrows(InvalidSettingsException.class, () -> StandInHarness.validateSettings(m, svmForRegression));
        assertTrue(e.getMessage().contains("Method") && e.getMessage().contains("MLR"), e.getMessage());
        NodeSettings mlrForClassification = StandInHarness.saveSettings(m);
        mlrForClassification.addString(BaselineLearnerSettings.CFG_METHOD, BaselineLearnerSettings.METHOD_MLR);
        e = assertThrows(InvalidSettingsException.class,
            () -> StandInHarness.validateSettings(m, mlrForClassification));
        assertTrue(e.getMessage().contains("Method") && e.getMessage().contains("SVM"), e.getMessage());
        NodeSettings folds = StandInHarness.saveSettings(m);
        folds.addInt(BaselineLearnerSettings.CFG_FOLDS, 1);
        e = assertThrows(InvalidSettingsException.class, () -> StandInHarness.validateSettings(m, folds));
        assertTrue(e.getMessage().contains("Folds") && e.getMessage().contains("was 1"), e.getMessage());
        NodeSettings c = StandInHarness.saveSettings(m);
        c.addDouble(BaselineLearnerSettings.CFG_SVM_C, 0);
        e = assertThrows(InvalidSettingsException.class, () -> StandInHarness.validateSettings(m, c));
        assertTrue(e.getMessage().contains("SVM cost C"), e.getMessage());
        NodeSettings kernel = StandInHarness.saveSettings(m);
        kernel.addString(BaselineLearnerSettings.CFG_KERNEL, "poly");
        e = assertThrows(InvalidSettingsException.class, () -> StandInHarness.validateSettings(m, kernel));
        assertTrue(e.getMessage().contains("SVM kernel") && e.getMessage().contains("poly"), e.getMessage());
    }

    @Test
    void tooFewSubjectsAndOneClassAreExplained() throws Exception {
        NodeModel m = node(s -> s.addInt(BaselineLearnerSettings.CFG_FOLDS, 7));
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> StandInHarness.execute(m, StandInHarness.createTable(musicSpec(), musicRows(4, 0))));
        assertTrue(e.getMessage().contains("Folds") && e.getMessage().contains("only 6 subjects"), e.getMessage());

        List<DataRow> oneClass = new ArrayList<>();
        for (DataRow r : musicRows(5, 0)) {
            oneClass.add(new DefaultRow(r.getKey(), r.getCell(0), r.getCell(1), new IntCell(1), r.getCell(3)));
        }
        IllegalArgumentException e2 = assertThrows(IllegalArgumentException.class,
            () -> StandInHarness.execute(node(s -> { }), StandInHarness.createTable(musicSpec(), oneClass)));
        assertTrue(e2.getMessage().startsWith("valence_label has only class 1"), e2.getMessage());

        // a signal too short for the featuriser names the row and column
        List<DataRow> shortSignal = new ArrayList<>(signalRows(6));
        DataRow r = shortSignal.get(3);
        shortSignal.set(3, new DefaultRow(r.getKey(), r.getCell(0), r.getCell(1), TrainingTables.list(1, 2, 3),
            r.getCell(3), r.getCell(4)));
        IllegalArgumentException e3 = assertThrows(IllegalArgumentException.class, () -> StandInHarness
            .execute(regressionNode(BaselineLearnerSettings.METHOD_MLR), StandInHarness.createTable(signalSpec(),
                shortSignal)));
        assertTrue(e3.getMessage().contains("Row \"Row3\"") && e3.getMessage().contains("\"eda\""), e3.getMessage());
    }

    @Test
    void cancellationStopsBetweenFolds() throws Exception {
        NodeModel m = node(s -> s.addInt(BaselineLearnerSettings.CFG_FOLDS, 6));
        BufferedDataTable table = StandInHarness.createTable(musicSpec(), musicRows(7, 0));
        ExecutionContext exec = StandInHarness.createExecutionContext();
        StandInHarness.cancelWhenProgressReaches(exec, 0.3);
        assertThrows(CanceledExecutionException.class, () -> StandInHarness.execute(m, exec, table));
        double last = StandInHarness.getProgressHistory(exec).stream().mapToDouble(Double::doubleValue).max()
            .orElse(0);
        // folds start at 0.1 + 0.9 f / 6: the cancel at fold 3 (0.4) stops before fold 4 (0.55)
        assertTrue(last >= 0.3 && last < 0.5, "progress reached " + last);
        assertTrue(StandInHarness.getMessageHistory(exec).stream().anyMatch(s -> s.contains("Fold 3 of 6")));
    }

    @Test
    void settingsRoundTripWithDefaults() throws Exception {
        NodeModel m = new BaselineLearnerNodeFactory().createNodeModel();
        NodeSettings d = StandInHarness.saveSettings(m);
        assertEquals("classification", d.getString(BaselineLearnerSettings.CFG_TASK));
        assertEquals("SVM", d.getString(BaselineLearnerSettings.CFG_METHOD));
        assertEquals("valence_label", d.getString(BaselineLearnerSettings.CFG_LABEL_COLUMN));
        assertEquals("music_features", d.getString(BaselineLearnerSettings.CFG_MUSIC_COLUMN));
        assertEquals("eda", d.getString(BaselineLearnerSettings.CFG_SIGNAL_COLUMN));
        assertEquals("sampling_rate", d.getString(BaselineLearnerSettings.CFG_RATE_COLUMN));
        assertEquals("valence", d.getString(BaselineLearnerSettings.CFG_RATING_COLUMN));
        assertEquals(10, d.getInt(BaselineLearnerSettings.CFG_FOLDS));
        assertEquals("subject", d.getString(BaselineLearnerSettings.CFG_GROUPING));
        assertEquals(42, d.getInt(BaselineLearnerSettings.CFG_SEED));
        assertEquals(1.0, d.getDouble(BaselineLearnerSettings.CFG_SVM_C));
        assertEquals("rbf", d.getString(BaselineLearnerSettings.CFG_KERNEL));

        NodeSettings s = StandInHarness.saveSettings(m);
        s.addString(BaselineLearnerSettings.CFG_TASK, "regression");
        s.addString(BaselineLearnerSettings.CFG_METHOD, "SVR");
        s.addString(BaselineLearnerSettings.CFG_SIGNAL_COLUMN, "phasic");
        s.addString(BaselineLearnerSettings.CFG_RATING_COLUMN, "arousal");
        s.addInt(BaselineLearnerSettings.CFG_FOLDS, 4);
        s.addString(BaselineLearnerSettings.CFG_GROUPING, "recording");
        s.addInt(BaselineLearnerSettings.CFG_SEED, -3);
        s.addDouble(BaselineLearnerSettings.CFG_SVM_C, 2.5);
        s.addString(BaselineLearnerSettings.CFG_KERNEL, "linear");
        StandInHarness.loadSettingsFrom(m, s);
        NodeSettings back = StandInHarness.saveSettings(m);
        for (String key : List.of(BaselineLearnerSettings.CFG_TASK, BaselineLearnerSettings.CFG_METHOD,
            BaselineLearnerSettings.CFG_SIGNAL_COLUMN, BaselineLearnerSettings.CFG_RATING_COLUMN,
            BaselineLearnerSettings.CFG_GROUPING, BaselineLearnerSettings.CFG_KERNEL)) {
            assertEquals(s.getString(key), back.getString(key), key);
        }
        assertEquals(4, back.getInt(BaselineLearnerSettings.CFG_FOLDS));
        assertEquals(-3, back.getInt(BaselineLearnerSettings.CFG_SEED));
        assertEquals(2.5, back.getDouble(BaselineLearnerSettings.CFG_SVM_C));
    }

    @Test
    void dialogLoadsAndSavesHeadlessly() throws Exception {
        NodeModel m = regressionNode(BaselineLearnerSettings.METHOD_SVR);
        NodeDialogPane dialog = StandInHarness.createNodeDialogPane(new BaselineLearnerNodeFactory());
        StandInHarness.loadDialogSettings(dialog, StandInHarness.saveSettings(m), signalSpec());
        NodeSettings saved = StandInHarness.saveDialogSettings(dialog);
        assertEquals("regression", saved.getString(BaselineLearnerSettings.CFG_TASK));
        assertEquals("SVR", saved.getString(BaselineLearnerSettings.CFG_METHOD));
        assertEquals("eda", saved.getString(BaselineLearnerSettings.CFG_SIGNAL_COLUMN));
        assertEquals(3, saved.getInt(BaselineLearnerSettings.CFG_FOLDS));
        StandInHarness.loadSettingsFrom(m, saved);

        NodeDialogPane classification = StandInHarness.createNodeDialogPane(new BaselineLearnerNodeFactory());
        StandInHarness.loadDialogSettings(classification, StandInHarness.saveSettings(node(s -> { })), musicSpec());
        assertEquals("music_features", StandInHarness.saveDialogSettings(classification)
            .getString(BaselineLearnerSettings.CFG_MUSIC_COLUMN));
        assertEquals("Emotion Baseline Learner", new BaselineLearnerNodeFactory().getNodeName());
    }

    @Test
    void descriptionValidatesAndIconIs16x16() throws Exception {
        NodeDescriptionAssert.assertValidDescriptionAndIcon(new BaselineLearnerNodeFactory(), "baseline.png");
    }
}
