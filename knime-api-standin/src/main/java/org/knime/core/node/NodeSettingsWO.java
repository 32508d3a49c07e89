package org.knime.core.node;

import org.knime.core.node.config.ConfigWO;

/** Write access to node settings (stand-in: addPassword is not included). */
public interface NodeSettingsWO extends ConfigWO {

    /**
     * @param key the key
     * @return new, empty sub-settings added under the key
     */
    NodeSettingsWO addNodeSettings(String key);

    /** @param settings settings added under their own key */
    void addNodeSettings(NodeSettings settings);
}
