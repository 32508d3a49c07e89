package org.knime.core.node;

import org.knime.core.node.config.ConfigRO;

/** Read access to model content. */
public interface ModelContentRO extends ConfigRO {

    /**
     * @param key the key
     * @return the sub-content
     * @throws InvalidSettingsException if there is no sub-content under the key
     */
    ModelContentRO getModelContent(String key) throws InvalidSettingsException;
}
