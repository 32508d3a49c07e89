package org.knime.core.node.config;

import java.util.Iterator;

import javax.swing.tree.TreeNode;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.config.base.ConfigBaseRO;

/**
 * Read access to a config (stand-in: the DataCell/DataType/RowKey accessors of KNIME are not included).
 */
public interface ConfigRO extends ConfigBaseRO, TreeNode, Iterable<String> {

    /**
     * @param key the key of the sub-config
     * @return the sub-config
     * @throws InvalidSettingsException if there is no sub-config under the key
     */
    public Config getConfig(String key) throws InvalidSettingsException;

    @Override
    public Iterator<String> iterator();
}
