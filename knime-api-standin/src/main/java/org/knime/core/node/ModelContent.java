package org.knime.core.node;

import java.io.IOException;
import java.io.InputStream;

import org.knime.core.node.config.Config;

/** Model content (e.g. of port objects): a config tree persisted as XMLConfig XML. */
public final class ModelContent extends Config implements ModelContentRO, ModelContentWO {

    private static final long serialVersionUID = 1L;

    /** @param key the key of this content */
    public ModelContent(final String key) {
        super(key);
    }

    @Override
    public Config getInstance(final String key) {
        return new ModelContent(key);
    }

    /**
     * Reads model content from XMLConfig XML; the stream is closed when done.
     *
     * @param in the stream to read
     * @return the content, keyed as the XML root element
     * @throws IOException if the stream cannot be read or parsed
     */
    public static synchronized ModelContentRO loadFromXML(final InputStream in) throws IOException {
        ModelContent content = new ModelContent("ignored");
        content.load(in);
        return content;
    }

    @Override
    public void addModelContent(final ModelContent modelContent) {
        addConfig(modelContent);
    }

    @Override
    public ModelContentWO addModelContent(final String key) {
        return (ModelContent)addConfig(key);
    }

    @Override
    public ModelContent getModelContent(final String key) throws InvalidSettingsException {
        return (ModelContent)getConfig(key);
    }
}
