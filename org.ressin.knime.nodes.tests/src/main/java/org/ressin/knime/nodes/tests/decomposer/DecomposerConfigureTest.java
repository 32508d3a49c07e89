package org.ressin.knime.nodes.tests.decomposer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.StandInHarness;
import org.ressin.knime.nodes.decomposer.DecomposerNodeFactory;
import org.ressin.knime.nodes.decomposer.DecomposerSettings;

/** Configure: the output spec, and errors that name the column or setting. */
class DecomposerConfigureTest {

    private static DataTableSpec configure(NodeModel model, DataTableSpec in) throws InvalidSettingsException {
        return (DataTableSpec)StandInHarness.configure(model, in)[0];
    }

    private static String configureError(NodeModel model, DataTableSpec in) {
        return assertThrows(InvalidSettingsException.class, () -> configure(model, in)).getMessage();
    }

    /** A model whose settings bypass validation, as if they had been set some other way. */
    private static NodeModel unvalidated(Consumer<NodeSettings> change) throws InvalidSettingsException {
        NodeModel model = new DecomposerNodeFactory().createNodeModel();
        NodeSettings settings = StandInHarness.saveSettings(model);
        change.accept(settings);
        StandInHarness.loadValidatedSettingsFrom(model, settings);
        return model;
    }

    @Test
    void appendsTheSevenColumns() throws Exception {
        DataTableSpec out = configure(new DecomposerNodeFactory().createNodeModel(), DecomposerTestData.readerSpec());
        assertEquals(12, out.getNumColumns());
        String[] names = {"phasic", "tonic", "driver", "residual", "objective", "status", "iterations"};
        for (int i = 0; i < names.length; i++) {
            assertEquals(names[i], out.getColumnSpec(5 + i).getName());
        }
        for (int i = 5; i < 9; i++) {
            assertEquals(DecomposerTestData.LIST_OF_DOUBLE, out.getColumnSpec(i).getType());
        }
        assertEquals(DoubleCell.TYPE, out.getColumnSpec(9).getType());
        assertEquals(StringCell.TYPE, out.getColumnSpec(10).getType());
        assertEquals(IntCell.TYPE, out.getColumnSpec(11).getType());
        assertEquals("eda", out.getColumnSpec(4).getName());
    }

    @Test
    void aMissingSignalColumnIsNamed() throws Exception {
        NodeModel model = unvalidated(s -> s.addString(DecomposerSettings.KEY_SIGNAL_COLUMN, "gsr"));
        String message = configureError(model, DecomposerTestData.readerSpec());
        assertTrue(message.contains("\"gsr\"") && message.contains(DecomposerSettings.KEY_SIGNAL_COLUMN), message);
    }

    @Test
    void aSignalColumnOfTheWrongTypeIsNamed() throws Exception {
        DataTableSpec spec = new DataTableSpec(DecomposerTestData.column("eda", StringCell.TYPE),
                DecomposerTestData.column("sampling_rate", DoubleCell.TYPE));
        String message = configureError(new DecomposerNodeFactory().createNodeModel(), spec);
        assertTrue(message.contains("\"eda\"") && message.contains("list of numbers"), message);
    }

    @Test
    void aMissingOrNonNumericRateColumnIsNamed() throws Exception {
        String missing = configureError(new DecomposerNodeFactory().createNodeModel(),
                DecomposerTestData.specWithoutRate());
        assertTrue(missing.contains("\"sampling_rate\"") && missing.contains(DecomposerSettings.KEY_RATE_COLUMN),
            missing);
        DataTableSpec stringRate = new DataTableSpec(DecomposerTestData.column("eda", DecomposerTestData.LIST_OF_DOUBLE),
                DecomposerTestData.column("sampling_rate", StringCell.TYPE));
        String wrongType = configureError(new DecomposerNodeFactory().createNodeModel(), stringRate);
        assertTrue(wrongType.contains("\"sampling_rate\"") && wrongType.contains("numeric"), wrongType);
        // an integer rate column is fine
        DataTableSpec intRate = new DataTableSpec(DecomposerTestData.column("eda", DecomposerTestData.LIST_OF_DOUBLE),
                DecomposerTestData.column("sampling_rate", IntCell.TYPE));
        assertEquals(9, configure(new DecomposerNodeFactory().createNodeModel(), intRate).getNumColumns());
    }

    @Test
    void aFixedRateNeedsNoRateColumnButMustBePositive() throws Exception {
        NodeModel fixed = unvalidated(s -> s.addBoolean(DecomposerSettings.KEY_USE_RATE_COLUMN, false));
        assertEquals(10, configure(fixed, DecomposerTestData.specWithoutRate()).getNumColumns());
        NodeModel zero = unvalidated(s -> {
            s.addBoolean(DecomposerSettings.KEY_USE_RATE_COLUMN, false);
            s.addDouble(DecomposerSettings.KEY_SAMPLING_RATE, 0.0);
        });
        String message = configureError(zero, DecomposerTestData.specWithoutRate());
        assertTrue(message.contains(DecomposerSettings.KEY_SAMPLING_RATE), message);
    }

    @Test
    void invalidModelParametersNameTheSetting() throws Exception {
        DataTableSpec spec = DecomposerTestData.readerSpec();
        String tau0 = configureError(unvalidated(s -> s.addDouble(DecomposerSettings.KEY_TAU0, -1.0)), spec);
        assertTrue(tau0.contains("tau0") && tau0.contains("-1.0"), tau0);
        String tau1 = configureError(unvalidated(s -> s.addDouble(DecomposerSettings.KEY_TAU1, 0.0)), spec);
        assertTrue(tau1.contains("tau1"), tau1);
        String order = configureError(unvalidated(s -> s.addDouble(DecomposerSettings.KEY_TAU1, 3.0)), spec);
        assertTrue(order.contains("tau0") && order.contains("greater than tau1"), order);
        String knots = configureError(unvalidated(s -> s.addDouble(DecomposerSettings.KEY_KNOT_SPACING, 0.0)), spec);
        assertTrue(knots.contains(DecomposerSettings.KEY_KNOT_SPACING), knots);
        String alpha = configureError(unvalidated(s -> s.addDouble(DecomposerSettings.KEY_ALPHA, -1e-3)), spec);
        assertTrue(alpha.contains("alpha"), alpha);
        String gamma = configureError(unvalidated(s -> s.addDouble(DecomposerSettings.KEY_GAMMA, 0.0)), spec);
        assertTrue(gamma.contains("gamma"), gamma);
        String gap = configureError(unvalidated(s -> s.addDouble(DecomposerSettings.KEY_MAX_GAP, -1.0)), spec);
        assertTrue(gap.contains(DecomposerSettings.KEY_MAX_GAP), gap);
        String baseline = configureError(unvalidated(s -> s.addString(DecomposerSettings.KEY_BASELINE, "CUBIC")),
            spec);
        assertTrue(baseline.contains(DecomposerSettings.KEY_BASELINE) && baseline.contains("CUBIC"), baseline);
        String legacy = configureError(unvalidated(s -> {
            s.addString(DecomposerSettings.KEY_VERSION, "LEGACY_2017");
            s.addString(DecomposerSettings.KEY_BASELINE, "NONE");
        }), spec);
        assertTrue(legacy.contains("baseline") && legacy.contains("LEGACY_2017"), legacy);
    }

    @Test
    void anInputThatAlreadyHasAnOutputColumnIsRejected() throws Exception {
        DataTableSpec spec = new DataTableSpec(DecomposerTestData.column("eda", DecomposerTestData.LIST_OF_DOUBLE),
                DecomposerTestData.column("sampling_rate", DoubleCell.TYPE),
                DecomposerTestData.column("tonic", DecomposerTestData.LIST_OF_DOUBLE));
        String message = configureError(new DecomposerNodeFactory().createNodeModel(), spec);
        assertTrue(message.contains("\"tonic\""), message);
    }
}
