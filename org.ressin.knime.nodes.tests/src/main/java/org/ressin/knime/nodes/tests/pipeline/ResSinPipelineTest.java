package org.ressin.knime.nodes.tests.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.collection.ListDataValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.StandInHarness;
import org.knime.core.node.port.PortObject;
import org.ressin.knime.nodes.decomposer.DecomposerNodeFactory;
import org.ressin.knime.nodes.imager.SignalImagerNodeFactory;
import org.ressin.knime.nodes.imager.SignalImagerSettings;
import org.ressin.knime.nodes.joiner.FusionJoinerNodeFactory;
import org.ressin.knime.nodes.labeler.PersonalThresholdLabelerNodeFactory;
import org.ressin.knime.nodes.learner.ResSinLearnerSettings;
import org.ressin.knime.nodes.model.ResSinModelPortObject;
import org.ressin.knime.nodes.predictor.ResSinPredictorNodeFactory;
import org.ressin.knime.nodes.tests.TestData;
import org.ressin.knime.nodes.tests.learner.TrainingTables;

/**
 * The whole chain on a generated PMEmo folder, every node with its defaults except sizes and training length:
 * EDA Reader, cvxEDA Decomposer, Signal Imager (16 px), Labeler, Fusion Joiner, Res-SIN Learner (cross-validation),
 * Res-SIN Predictor. Checks that the tables fit together as the nodes' descriptions say.
 */
class ResSinPipelineTest {

    private static BufferedDataTable first(final PortObject[] out) {
        return (BufferedDataTable)out[0];
    }

    @Test
    void readDecomposeImageLabelJoinLearnPredict(@TempDir final Path dir) throws Exception {
        BufferedDataTable[] read = TestData.read(TestData.pmemo(dir));
        BufferedDataTable decomposed =
            first(StandInHarness.execute(new DecomposerNodeFactory().createNodeModel(), read[0]));
        NodeModel imager = new SignalImagerNodeFactory().createNodeModel();
        NodeSettings is = StandInHarness.saveSettings(imager);
        is.addInt(SignalImagerSettings.CFG_SIZE, TrainingTables.SIZE);
        is.addBoolean(SignalImagerSettings.CFG_PNG, false);
        StandInHarness.loadSettingsFrom(imager, is);
        BufferedDataTable imaged = first(StandInHarness.execute(imager, decomposed));
        BufferedDataTable labels =
            first(StandInHarness.execute(new PersonalThresholdLabelerNodeFactory().createNodeModel(), read[1]));

        NodeModel joiner = new FusionJoinerNodeFactory().createNodeModel();
        PortObject[] joined = StandInHarness.execute(joiner, imaged, read[2], labels);
        BufferedDataTable table = first(joined);
        assertEquals(imaged.size(), table.size(), "every recording kept");
        DataTableSpec spec = table.getDataTableSpec();
        List<String> featureColumns =
            List.of(read[2].getDataTableSpec().getColumnNames()).subList(1, read[2].getDataTableSpec().getNumColumns());
        assertEquals(6, featureColumns.size());
        assertEquals(featureColumns, spec.getColumnSpec("music_features").getElementNames());
        int valence = spec.findColumnIndex("valence_label");
        int music = spec.findColumnIndex("music_features");
        for (DataRow r : StandInHarness.rows(table)) {
            assertFalse(r.getCell(music).isMissing(), "features for " + r.getKey());
            assertEquals(6, ((ListDataValue)r.getCell(music)).size());
        }
        long labelled = StandInHarness.rows(table).stream().filter(r -> !r.getCell(valence).isMissing()).count();
        assertTrue(labelled >= 8, labelled + " labelled recordings");

        NodeModel learner = TrainingTables.quickLearner();
        TrainingTables.change(learner, s -> {
            s.addString(ResSinLearnerSettings.CFG_MODE, ResSinLearnerSettings.MODE_CV);
            s.addInt(ResSinLearnerSettings.CFG_FOLDS, 2);
        });
        StandInHarness.configure(learner, spec);
        PortObject[] learned = StandInHarness.execute(learner, table);
        ResSinModelPortObject model = (ResSinModelPortObject)learned[0];
        assertEquals(labelled, model.getSpec().trainingExamples());
        assertEquals(featureColumns, model.getSpec().featureNames());
        assertEquals(4, StandInHarness.rows((BufferedDataTable)learned[2]).size(), "2 folds, mean, std");

        NodeModel predictor = new ResSinPredictorNodeFactory().createNodeModel();
        StandInHarness.configure(predictor, model.getSpec(), spec);
        BufferedDataTable predicted = first(StandInHarness.execute(predictor, model, table));
        int p = predicted.getDataTableSpec().findColumnIndex("probability_high");
        for (DataRow r : StandInHarness.rows(predicted)) {
            double v = ((DoubleValue)r.getCell(p)).getDoubleValue();
            assertTrue(v >= 0 && v <= 1, r.getKey() + ": " + v);
        }
    }
}
