package org.knime.core.node;

import java.io.IOException;
import java.io.InputStream;

import org.knime.core.node.config.Config;
import org.knime.core.node.config.ConfigWO;

/** Settings of a node: a config tree persisted as XMLConfig XML. */
public final class NodeSettings extends Config implements NodeSettingsRO, NodeSettingsWO {

    private static final long serialVersionUID = 1L;

    /** @param key the key of these settings */
    public NodeSettings(final String key) {
        super(key);
    }

    @Override
    public Config getInstance(final String key) {
        return new NodeSettings(key);
    }

    /**
     * Reads settings from XMLConfig XML; the stream is closed when done.
     *
     * @param in the stream to read
     * @return the settings, keyed as the XML root element
     * @throws IOException if the stream cannot be read or parsed
     */
    public static NodeSettingsRO loadFromXML(final InputStream in) throws IOException {
        NodeSettings settings = new NodeSettings("ignored");
        settings.load(in);
        return settings;
    }

    @Override
    public void copyTo(final ConfigWO dest) {
        super.copyTo(dest);
    }

    @Override
    public NodeSettingsWO addNodeSettings(final String key) {
        return (NodeSettings)addConfig(key);
    }

    @Override
    public void addNodeSettings(final NodeSettings settings) {
        addConfig(settings);
    }

    @Override
    public NodeSettings getNodeSettings(final String key) throws InvalidSettingsException {
        return (NodeSettings)getConfig(key);
    }
}
