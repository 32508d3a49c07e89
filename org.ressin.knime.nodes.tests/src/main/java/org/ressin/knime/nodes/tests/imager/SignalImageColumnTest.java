package org.ressin.knime.nodes.tests.imager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.StandInHarness;
import org.ressin.core.image.Channel;
import org.ressin.knime.nodes.imager.SignalImageColumn;
import org.ressin.knime.nodes.imager.SignalImagerNodeFactory;
import org.ressin.knime.nodes.imager.SignalImagerSettings;

/** The Signal Imager records S and the channels on its image column for the Res-SIN nodes' configure checks. */
class SignalImageColumnTest {

    @Test
    void imageColumnCarriesSizeAndChannels() throws Exception {
        NodeModel m = new SignalImagerNodeFactory().createNodeModel();
        NodeSettings s = StandInHarness.saveSettings(m);
        s.addString(SignalImagerSettings.CFG_CHANNELS, "tonic+origin");
        s.addInt(SignalImagerSettings.CFG_SIZE, 48);
        StandInHarness.loadSettingsFrom(m, s);
        DataTableSpec out = (DataTableSpec)StandInHarness.configure(m, SignalImagerNodeTest.SPEC)[0];
        DataColumnSpec image = out.getColumnSpec(SignalImageColumn.NAME);
        assertEquals(48, SignalImageColumn.size(image).getAsInt());
        assertEquals(List.of(Channel.TONIC, Channel.ORIGIN), SignalImageColumn.channels(image).get());
        assertEquals("tonic+origin", image.getProperties().getProperty(SignalImageColumn.PROPERTY_CHANNELS));
    }

    @Test
    void columnsWithoutPropertiesDeclareNothing() {
        DataColumnSpec plain = new DataColumnSpecCreator(SignalImageColumn.NAME, StringCell.TYPE).createSpec();
        assertTrue(SignalImageColumn.size(plain).isEmpty());
        assertTrue(SignalImageColumn.channels(plain).isEmpty());
    }
}
