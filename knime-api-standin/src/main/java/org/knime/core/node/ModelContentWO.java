package org.knime.core.node;

import org.knime.core.node.config.ConfigWO;

/** Write access to model content. */
public interface ModelContentWO extends ConfigWO {

    /**
     * @param key the key
     * @return new, empty sub-content added under the key
     */
    ModelContentWO addModelContent(String key);

    /** @param modelContent content added under its own key */
    void addModelContent(ModelContent modelContent);
}
