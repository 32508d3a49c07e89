package org.ressin.knime.nodes.common;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;

/** The settings models of one node, saved, validated and loaded together (see {@link SettingsNodeModel}). */
public interface NodeSettingsGroup {

    void saveSettingsTo(NodeSettingsWO settings);

    /** Checks {@code settings} without changing this group; the message names the bad setting. */
    void validateSettings(NodeSettingsRO settings) throws InvalidSettingsException;

    void loadValidatedSettingsFrom(NodeSettingsRO settings) throws InvalidSettingsException;
}
