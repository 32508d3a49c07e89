package org.knime.core.node.config;

import org.knime.core.node.config.base.ConfigBaseWO;

/**
 * Write access to a config (stand-in: the DataCell/DataType/RowKey adders of KNIME are not included).
 */
public interface ConfigWO extends ConfigBaseWO {

    /**
     * @param key the key
     * @return a new, empty sub-config added under the key
     */
    Config addConfig(String key);
}
