package org.knime.core.node.config;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.config.base.ConfigBase;

/**
 * Base class of {@code NodeSettings} and {@code ModelContent}.
 */
public abstract class Config extends ConfigBase implements ConfigRO, ConfigWO {

    private static final long serialVersionUID = 1L;

    /** @param key the key of this config */
    protected Config(final String key) {
        super(key);
    }

    @Override
    public abstract Config getInstance(final String key);

    @Override
    public final Config addConfig(final String key) {
        return (Config)addConfigBase(key);
    }

    /**
     * Adds a complete sub-config of exactly this config's class.
     *
     * @param config the config to add under its own key
     */
    protected final void addConfig(final Config config) {
        addConfigBase(config);
    }

    @Override
    public final Config getConfig(final String key) throws InvalidSettingsException {
        return (Config)getConfigBase(key);
    }
}
