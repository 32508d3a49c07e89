package org.ressin.knime.nodes.tests.decomposer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;

import org.junit.jupiter.api.Test;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory.NodeType;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.StandInHarness;
import org.ressin.core.cvxeda.CvxEdaParameters;
import org.ressin.core.cvxeda.GapFiller;
import org.ressin.knime.nodes.decomposer.DecomposerNodeFactory;
import org.ressin.knime.nodes.decomposer.DecomposerSettings;

/** Settings defaults and round trip, validation, the dialog and the factory. */
class DecomposerSettingsTest {

    private static NodeSettings changed() {
        NodeSettings s = StandInHarness.saveSettings(new DecomposerNodeFactory().createNodeModel());
        s.addString(DecomposerSettings.KEY_SIGNAL_COLUMN, "gsr");
        s.addBoolean(DecomposerSettings.KEY_USE_RATE_COLUMN, false);
        s.addString(DecomposerSettings.KEY_RATE_COLUMN, "hz");
        s.addDouble(DecomposerSettings.KEY_SAMPLING_RATE, 32.0);
        s.addDouble(DecomposerSettings.KEY_TAU0, 3.5);
        s.addDouble(DecomposerSettings.KEY_TAU1, 0.4);
        s.addDouble(DecomposerSettings.KEY_KNOT_SPACING, 7.0);
        s.addDouble(DecomposerSettings.KEY_ALPHA, 1.25e-3);
        s.addDouble(DecomposerSettings.KEY_GAMMA, 0.2);
        s.addString(DecomposerSettings.KEY_BASELINE, "SPLINE_OFFSET");
        s.addString(DecomposerSettings.KEY_VERSION, "CURRENT");
        s.addDouble(DecomposerSettings.KEY_MAX_GAP, 0.25);
        s.addBoolean(DecomposerSettings.KEY_SKIP_FAILED_ROWS, true);
        return s;
    }

    @Test
    void defaultsAreTheAuthors() throws Exception {
        NodeSettings s = StandInHarness.saveSettings(new DecomposerNodeFactory().createNodeModel());
        CvxEdaParameters d = CvxEdaParameters.defaults();
        assertEquals(d.tau0(), s.getDouble(DecomposerSettings.KEY_TAU0));
        assertEquals(d.tau1(), s.getDouble(DecomposerSettings.KEY_TAU1));
        assertEquals(d.knotSpacingSeconds(), s.getDouble(DecomposerSettings.KEY_KNOT_SPACING));
        assertEquals(d.alpha(), s.getDouble(DecomposerSettings.KEY_ALPHA));
        assertEquals(d.gamma(), s.getDouble(DecomposerSettings.KEY_GAMMA));
        assertEquals(d.baseline().name(), s.getString(DecomposerSettings.KEY_BASELINE));
        assertEquals(d.version().name(), s.getString(DecomposerSettings.KEY_VERSION));
        assertEquals(GapFiller.DEFAULT_MAX_GAP_SECONDS, s.getDouble(DecomposerSettings.KEY_MAX_GAP));
        assertEquals("eda", s.getString(DecomposerSettings.KEY_SIGNAL_COLUMN));
        assertEquals("sampling_rate", s.getString(DecomposerSettings.KEY_RATE_COLUMN));
        assertTrue(s.getBoolean(DecomposerSettings.KEY_USE_RATE_COLUMN));
        assertEquals(false, s.getBoolean(DecomposerSettings.KEY_SKIP_FAILED_ROWS));
        DecomposerSettings settings = new DecomposerSettings();
        assertEquals(d, settings.toParameters());
    }

    @Test
    void settingsRoundTrip() throws Exception {
        NodeSettings in = changed();
        NodeModel model = new DecomposerNodeFactory().createNodeModel();
        StandInHarness.loadSettingsFrom(model, in);
        NodeSettings out = StandInHarness.saveSettings(model);
        assertEquals(in, out);
        assertNotEquals(StandInHarness.saveSettings(new DecomposerNodeFactory().createNodeModel()), out);
    }

    @Test
    void invalidSettingsAreRejectedBeforeLoadingNamingTheSetting() throws Exception {
        NodeModel model = new DecomposerNodeFactory().createNodeModel();
        NodeSettings before = StandInHarness.saveSettings(model);
        NodeSettings bad = StandInHarness.saveSettings(model);
        bad.addDouble(DecomposerSettings.KEY_TAU0, 0.0);
        String message = assertThrows(InvalidSettingsException.class,
            () -> StandInHarness.loadSettingsFrom(model, bad)).getMessage();
        assertTrue(message.contains("tau0"), message);
        assertEquals(before, StandInHarness.saveSettings(model), "a rejected load changes nothing");

        NodeSettings incomplete = new NodeSettings("model");
        assertThrows(InvalidSettingsException.class, () -> StandInHarness.validateSettings(model, incomplete));
    }

    @Test
    void theDialogLoadsAndSavesEverySettingHeadlessly() throws Exception {
        assertTrue(GraphicsEnvironment.isHeadless());
        NodeDialogPane dialog = StandInHarness.createNodeDialogPane(new DecomposerNodeFactory());
        NodeSettings in = changed();
        in.addString(DecomposerSettings.KEY_SIGNAL_COLUMN, "eda");
        in.addString(DecomposerSettings.KEY_RATE_COLUMN, "sampling_rate");
        StandInHarness.loadDialogSettings(dialog, in, DecomposerTestData.readerSpec());
        assertEquals(in, StandInHarness.saveDialogSettings(dialog));

        NodeSettings defaults = StandInHarness.saveSettings(new DecomposerNodeFactory().createNodeModel());
        StandInHarness.loadDialogSettings(dialog, defaults, DecomposerTestData.readerSpec());
        assertEquals(defaults, StandInHarness.saveDialogSettings(dialog));
    }

    @Test
    void theFactoryDescribesTheNode() {
        DecomposerNodeFactory factory = new DecomposerNodeFactory();
        assertEquals("cvxEDA Decomposer", factory.getNodeName());
        assertEquals(NodeType.Manipulator, factory.getType());
        assertEquals(0, StandInHarness.getNrNodeViews(factory));
        assertTrue(StandInHarness.hasDialog(factory));
        // (factory.getIcon() is null here: the stand-in resolves "./decomposer.png" with Class.getResource, which
        // Equinox does not normalise)
        assertNotNull(DecomposerNodeFactory.class.getResource("decomposer.png"), "icon next to the factory");
        assertEquals("Recordings", factory.getInportName(0));
        assertEquals("Decomposed recordings", factory.getOutportName(0));
        NodeModel model = factory.createNodeModel();
        assertEquals(1, StandInHarness.getInPortTypes(model).length);
        assertEquals(1, StandInHarness.getOutPortTypes(model).length);
    }
}
