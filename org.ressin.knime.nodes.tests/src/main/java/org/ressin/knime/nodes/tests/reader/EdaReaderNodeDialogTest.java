package org.ressin.knime.nodes.tests.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.StandInHarness;
import org.ressin.knime.nodes.reader.EdaReaderNodeFactory;
import org.ressin.knime.nodes.reader.EdaReaderSettings;

class EdaReaderNodeDialogTest {

    @Test
    void factoryHasADialogAndNoViews() {
        EdaReaderNodeFactory factory = new EdaReaderNodeFactory();
        assertTrue(StandInHarness.hasDialog(factory));
        assertEquals(0, StandInHarness.getNrNodeViews(factory));
        assertNull(factory.createNodeView(0, factory.createNodeModel()));
        assertEquals("EDA Reader", factory.getNodeName());
        assertEquals("Recordings", factory.getOutportName(0));
        assertEquals("Ratings", factory.getOutportName(1));
        assertEquals("Music features", factory.getOutportName(2));
    }

    @Test
    void dialogLoadsAndSavesTheModelsSettingsHeadlessly() throws Exception {
        EdaReaderNodeFactory factory = new EdaReaderNodeFactory();
        NodeModel model = factory.createNodeModel();
        NodeSettings s = StandInHarness.saveSettings(model);
        s.addString(EdaReaderSettings.CFG_FOLDER, "knime://knime.workflow/../data/pmemo-mini");
        s.addDouble(EdaReaderSettings.CFG_DISCARD_SECONDS, 0.0);
        s.addBoolean(EdaReaderSettings.CFG_FAIL_ON_SHORT, true);
        StandInHarness.loadSettingsFrom(model, s);

        NodeDialogPane dialog = StandInHarness.createNodeDialogPane(factory);
        StandInHarness.loadDialogSettings(dialog, StandInHarness.saveSettings(model));
        NodeSettings fromDialog = StandInHarness.saveDialogSettings(dialog);
        assertEquals(StandInHarness.saveSettings(model), fromDialog);
        StandInHarness.loadSettingsFrom(factory.createNodeModel(), fromDialog);
    }

    @Test
    void dialogRefusesAnEmptyFolder() throws Exception {
        EdaReaderNodeFactory factory = new EdaReaderNodeFactory();
        NodeDialogPane dialog = StandInHarness.createNodeDialogPane(factory);
        StandInHarness.loadDialogSettings(dialog, StandInHarness.saveSettings(factory.createNodeModel()));
        assertThrows(InvalidSettingsException.class, () -> StandInHarness.saveDialogSettings(dialog));
    }
}
