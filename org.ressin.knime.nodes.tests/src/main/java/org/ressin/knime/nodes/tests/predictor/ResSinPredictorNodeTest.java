package org.ressin.knime.nodes.tests.predictor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.collection.ListCell;
import org.knime.core.data.collection.ListDataValue;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.StandInHarness;
import org.ressin.core.image.CompactSignalImage;
import org.ressin.core.net.Prediction;
import org.ressin.core.net.ResSinModel;
import org.ressin.core.net.UnlabeledExample;
import org.ressin.knime.nodes.learner.ResSinLearnerSettings;
import org.ressin.knime.nodes.model.ResSinModelPortObject;
import org.ressin.knime.nodes.model.ResSinModelPortObjectSpec;
import org.ressin.knime.nodes.predictor.ResSinPredictorNodeFactory;
import org.ressin.knime.nodes.predictor.ResSinPredictorSettings;
import org.ressin.knime.nodes.tests.NodeDescriptionAssert;
import org.ressin.knime.nodes.tests.learner.TrainingTables;

/** Res-SIN Predictor through the stand-in framework, with models trained once by the learner node. */
class ResSinPredictorNodeTest {

    private static ResSinModelPortObject fusion;
    private static ResSinModelPortObject edaOnly;
    private static BufferedDataTable table;

    @BeforeAll
    static void train() throws Exception {
        table = TrainingTables.table(24, 4, 11);
        fusion = (ResSinModelPortObject)StandInHarness.execute(TrainingTables.quickLearner(), table)[0];
        NodeModel eda = TrainingTables.quickLearner();
        TrainingTables.change(eda, s -> s.addBoolean(ResSinLearnerSettings.CFG_FUSION, false));
        edaOnly = (ResSinModelPortObject)StandInHarness.execute(eda, table)[0];
    }

    private static NodeModel predictor(final boolean edaFeatures) throws Exception {
        NodeModel m = new ResSinPredictorNodeFactory().createNodeModel();
        NodeSettings s = StandInHarness.saveSettings(m);
        s.addBoolean(ResSinPredictorSettings.CFG_EDA_FEATURES, edaFeatures);
        StandInHarness.loadSettingsFrom(m, s);
        return m;
    }

    private static List<DataRow> predict(final NodeModel m, final ResSinModelPortObject model,
        final BufferedDataTable in) throws Exception {
        return StandInHarness.rows((BufferedDataTable)StandInHarness.execute(m, model, in)[0]);
    }

    /** The examples the core would classify for the test table's rows. */
    private static List<UnlabeledExample> examples(final BufferedDataTable in, final boolean music) {
        List<UnlabeledExample> out = new ArrayList<>();
        for (DataRow r : StandInHarness.rows(in)) {
            double[] m = null;
            if (music) {
                ListDataValue l = (ListDataValue)r.getCell(TrainingTables.MUSIC);
                m = new double[l.size()];
                for (int i = 0; i < m.length; i++) {
                    m[i] = ((DoubleValue)l.get(i)).getDoubleValue();
                }
            }
            out.add(new UnlabeledExample("s", "m",
                CompactSignalImage.fromBase64(((StringValue)r.getCell(TrainingTables.IMAGE)).getStringValue()), m));
        }
        return out;
    }

    private static final int PREDICTION = 5;

    @Test
    void predictionsEqualTheCoreModel() throws Exception {
        BufferedDataTable fresh = TrainingTables.table(20, 4, 12);
        NodeModel m = predictor(true);
        List<DataRow> out = predict(m, fusion, fresh);
        ResSinModel model = fusion.model();
        List<UnlabeledExample> examples = examples(fresh, true);
        List<Prediction> expected = model.predict(examples);
        float[][] features = model.edaFeatures(examples);
        assertEquals(20, out.size());
        for (int i = 0; i < out.size(); i++) {
            DataRow r = out.get(i);
            assertEquals(expected.get(i).label(), ((IntValue)r.getCell(PREDICTION)).getIntValue());
            double high = ((DoubleValue)r.getCell(PREDICTION + 1)).getDoubleValue();
            assertEquals(expected.get(i).probabilityHigh(), high);
            assertEquals(1 - high, ((DoubleValue)r.getCell(PREDICTION + 2)).getDoubleValue(), 1e-12);
            ListDataValue eda = (ListDataValue)r.getCell(PREDICTION + 3);
            assertEquals(64, eda.size());
            for (int j = 0; j < eda.size(); j++) {
                assertEquals(features[i][j], ((DoubleValue)eda.get(j)).getDoubleValue(), 0.0);
            }
        }
        assertNull(StandInHarness.getWarningMessage(m));

        // an EDA-only model needs no music column
        DataTableSpec spec = fresh.getDataTableSpec();
        DataTableSpec noMusic = new DataTableSpec(spec.getColumnSpec(0), spec.getColumnSpec(1),
            spec.getColumnSpec(2));
        List<DataRow> rows = new ArrayList<>();
        for (DataRow r : StandInHarness.rows(fresh)) {
            rows.add(new DefaultRow(r.getKey(), r.getCell(0), r.getCell(1), r.getCell(2)));
        }
        List<DataRow> edaOut = predict(predictor(false), edaOnly, StandInHarness.createTable(noMusic, rows));
        List<Prediction> edaExpected = edaOnly.model().predict(examples(fresh, false));
        for (int i = 0; i < edaOut.size(); i++) {
            assertEquals(edaExpected.get(i).probabilityHigh(),
                ((DoubleValue)edaOut.get(i).getCell(4)).getDoubleValue());
        }
        assertEquals(6, edaOut.get(0).getNumCells(), "no eda_features when switched off");
    }

    @Test
    void modelPortRoundTripPredictsIdentically() throws Exception {
        ResSinModelPortObject back = StandInHarness.roundTrip(fusion);
        assertEquals(fusion.getSpec(), back.getSpec());
        assertEquals(fusion.getSummary(), back.getSummary());
        assertEquals(fusion.model().lossHistory(), back.model().lossHistory());
        assertEquals(fusion.model().musicFeatureNames(), back.model().musicFeatureNames());
        List<DataRow> a = predict(predictor(true), fusion, table);
        List<DataRow> b = predict(predictor(true), back, table);
        for (int i = 0; i < a.size(); i++) {
            for (int c = PREDICTION; c < a.get(i).getNumCells(); c++) {
                assertEquals(a.get(i).getCell(c), b.get(i).getCell(c), "row " + i + " column " + c);
            }
        }
        ResSinModelPortObjectSpec spec = StandInHarness.roundTripSpec(fusion.getSpec());
        assertEquals(fusion.getSpec(), spec);
        assertEquals(TrainingTables.FEATURE_NAMES, spec.featureNames());
        assertEquals(16, spec.imageSize());
        assertEquals("valence_label", spec.target());
        assertEquals(1, fusion.getViews().length);
    }

    @Test
    void configureFailsWhenTheTableDoesNotFitTheModel() throws Exception {
        NodeModel m = predictor(false);
        DataTableSpec good = TrainingTables.spec();
        DataTableSpec out = (DataTableSpec)StandInHarness.configure(m, fusion.getSpec(), good)[0];
        assertEquals(List.of("prediction", "probability_high", "probability_low"),
            List.of(out.getColumnNames()).subList(good.getNumColumns(), out.getNumColumns()));

        DataTableSpec noImage = new DataTableSpec(good.getColumnSpec(0), good.getColumnSpec(1),
            good.getColumnSpec(3), good.getColumnSpec(4));
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> StandInHarness.configure(m, fusion.getSpec(), noImage));
        assertTrue(e.getMessage().contains("\"signal_image\"") && e.getMessage().contains("Signal image column"),
            e.getMessage());

        DataTableSpec noMusic = new DataTableSpec(good.getColumnSpec(0), good.getColumnSpec(1),
            good.getColumnSpec(2), good.getColumnSpec(3));
        e = assertThrows(InvalidSettingsException.class, () -> StandInHarness.configure(m, fusion.getSpec(), noMusic));
        assertTrue(e.getMessage().contains("\"music_features\"") && e.getMessage().contains("fuses music"),
            e.getMessage());
        StandInHarness.configure(m, edaOnly.getSpec(), noMusic);

        DataTableSpec big = TrainingTables.spec(TrainingTables.imageColumn(224, "phasic+tonic+origin", true));
        e = assertThrows(InvalidSettingsException.class, () -> StandInHarness.configure(m, fusion.getSpec(), big));
        assertTrue(e.getMessage().contains("224 x 224") && e.getMessage().contains("16 x 16"), e.getMessage());

        DataTableSpec gray = TrainingTables.spec(TrainingTables.imageColumn(16, "origin", true));
        e = assertThrows(InvalidSettingsException.class, () -> StandInHarness.configure(m, fusion.getSpec(), gray));
        assertTrue(e.getMessage().contains("1 of the 3 channels"), e.getMessage());

        DataColumnSpecCreator five =
            new DataColumnSpecCreator("music_features", ListCell.getCollectionType(DoubleCell.TYPE));
        five.setElementNames(new String[]{"a", "b", "c", "d", "e"});
        DataTableSpec fiveFeatures = new DataTableSpec(good.getColumnSpec(0), good.getColumnSpec(1),
            good.getColumnSpec(2), good.getColumnSpec(3), five.createSpec());
        e = assertThrows(InvalidSettingsException.class,
            () -> StandInHarness.configure(m, fusion.getSpec(), fiveFeatures));
        assertTrue(e.getMessage().contains("5 music features") && e.getMessage().contains("trained on 4"),
            e.getMessage());

        // same count, other names: a warning, since the model reads features by position
        five.setElementNames(new String[]{"tempo", "loudness", "sharpness", "roughness"});
        DataTableSpec renamed = new DataTableSpec(good.getColumnSpec(0), good.getColumnSpec(1),
            good.getColumnSpec(2), good.getColumnSpec(3), five.createSpec());
        StandInHarness.configure(m, fusion.getSpec(), renamed);
        assertTrue(StandInHarness.getWarningMessage(m).contains("sharpness"), StandInHarness.getWarningMessage(m));
    }

    @Test
    void rowsWithoutImageGetMissingCellsAndBadRowsAreNamed() throws Exception {
        List<DataRow> rows = new ArrayList<>(StandInHarness.rows(table).subList(0, 6));
        DataRow r = rows.get(2);
        rows.set(2, new DefaultRow(r.getKey(), r.getCell(0), r.getCell(1), DataType.getMissingCell(), r.getCell(3),
            r.getCell(4)));
        NodeModel m = predictor(false);
        List<DataRow> out = predict(m, fusion, StandInHarness.createTable(table.getDataTableSpec(), rows));
        assertTrue(out.get(2).getCell(PREDICTION).isMissing() && out.get(2).getCell(PREDICTION + 2).isMissing());
        assertFalse(out.get(3).getCell(PREDICTION).isMissing());
        assertTrue(StandInHarness.getWarningMessage(m).contains("1 rows have no signal image"),
            StandInHarness.getWarningMessage(m));

        rows.set(2, new DefaultRow(r.getKey(), r.getCell(0), r.getCell(1), r.getCell(2), r.getCell(3),
            TrainingTables.list(1, 2, 3)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> predict(predictor(false), fusion, StandInHarness.createTable(table.getDataTableSpec(), rows)));
        assertTrue(e.getMessage().contains("Row \"" + r.getKey() + "\"") && e.getMessage().contains("3 music"),
            e.getMessage());
    }

    @Test
    void settingsRoundTripAndDialog() throws Exception {
        NodeModel m = new ResSinPredictorNodeFactory().createNodeModel();
        NodeSettings d = StandInHarness.saveSettings(m);
        assertEquals("signal_image", d.getString(ResSinPredictorSettings.CFG_IMAGE_COLUMN));
        assertEquals("music_features", d.getString(ResSinPredictorSettings.CFG_MUSIC_COLUMN));
        assertFalse(d.getBoolean(ResSinPredictorSettings.CFG_EDA_FEATURES));
        d.addString(ResSinPredictorSettings.CFG_IMAGE_COLUMN, "img");
        d.addString(ResSinPredictorSettings.CFG_MUSIC_COLUMN, "mus");
        d.addBoolean(ResSinPredictorSettings.CFG_EDA_FEATURES, true);
        StandInHarness.loadSettingsFrom(m, d);
        NodeSettings back = StandInHarness.saveSettings(m);
        assertEquals("img", back.getString(ResSinPredictorSettings.CFG_IMAGE_COLUMN));
        assertEquals("mus", back.getString(ResSinPredictorSettings.CFG_MUSIC_COLUMN));
        assertTrue(back.getBoolean(ResSinPredictorSettings.CFG_EDA_FEATURES));

        NodeModel p = predictor(true);
        NodeDialogPane dialog = StandInHarness.createNodeDialogPane(new ResSinPredictorNodeFactory());
        StandInHarness.loadDialogSettings(dialog, StandInHarness.saveSettings(p), fusion.getSpec(),
            TrainingTables.spec());
        NodeSettings saved = StandInHarness.saveDialogSettings(dialog);
        assertEquals("signal_image", saved.getString(ResSinPredictorSettings.CFG_IMAGE_COLUMN));
        assertEquals("music_features", saved.getString(ResSinPredictorSettings.CFG_MUSIC_COLUMN));
        assertTrue(saved.getBoolean(ResSinPredictorSettings.CFG_EDA_FEATURES));
        DataColumnSpec eda = ((DataTableSpec)StandInHarness.configure(p, fusion.getSpec(), TrainingTables.spec())[0])
            .getColumnSpec("eda_features");
        assertEquals(64, eda.getElementNames().size());
        assertEquals("eda_1", eda.getElementNames().get(0));
        assertArrayEquals(new Object[]{ResSinModelPortObject.TYPE, BufferedDataTable.TYPE},
            StandInHarness.getInPortTypes(p));
    }

    @Test
    void descriptionValidatesAndIconIs16x16() throws Exception {
        NodeDescriptionAssert.assertValidDescriptionAndIcon(new ResSinPredictorNodeFactory(), "predictor.png");
    }
}
