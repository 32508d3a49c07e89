package org.knime.core.node;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.knime.core.node.config.ConfigRO;
import org.knime.core.node.config.ConfigWO;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Creates the model, views and dialog of a node and provides its description, read from
 * {@code <FactorySimpleName>.xml} next to the factory class (or a superclass).
 * <p>
 * Stand-in notes: the description XML is parsed with the JDK DOM parser without schema validation; only
 * {@code knimeNode/@type}, {@code @icon}, {@code @deprecated}, {@code name} and the {@code ports} are read. A missing
 * or malformed file is logged as a coding problem (as in KNIME) and the class name is used as node name.
 *
 * @param <T> the model class
 */
public abstract class NodeFactory<T extends NodeModel> {

    /** The kind of a node (determines its color in KNIME). */
    public static enum NodeType {
            /** Source. */
            Source,
            /** Sink. */
            Sink,
            /** Learner. */
            Learner,
            /** Predictor. */
            Predictor,
            /** Manipulator. */
            Manipulator,
            /** Visualizer. */
            Visualizer,
            /** Widget. */
            Widget,
            /** Meta node. */
            Meta,
            /** Loop start. */
            LoopStart,
            /** Loop end. */
            LoopEnd,
            /** Scope start. */
            ScopeStart,
            /** Scope end. */
            ScopeEnd,
            /** Quick form. */
            @Deprecated
            QuickForm,
            /** Configuration. */
            Configuration,
            /** Other. */
            Other,
            /** Missing. */
            Missing,
            /** Unknown. */
            Unknown,
            /** Subnode. */
            Subnode,
            /** Virtual in. */
            VirtualIn,
            /** Virtual out. */
            VirtualOut,
            /** Container. */
            Container
    }

    private final boolean m_lazy;

    private boolean m_initialized;

    private Element m_description;

    private URL m_descriptionUrl;

    /** Creates the factory and reads the node description immediately. */
    protected NodeFactory() {
        this(false);
    }

    /** @param lazyInitialization whether the description is read on first use instead of now */
    protected NodeFactory(final boolean lazyInitialization) {
        m_lazy = lazyInitialization;
        if (!lazyInitialization) {
            init();
        }
    }

    /** Reads the node description (once). */
    public synchronized void init() {
        if (m_initialized) {
            return;
        }
        m_initialized = true;
        for (Class<?> c = getClass(); c != null && c != NodeFactory.class; c = c.getSuperclass()) {
            URL url = c.getResource(c.getSimpleName() + ".xml");
            if (url != null) {
                m_descriptionUrl = url;
                break;
            }
        }
        if (m_descriptionUrl == null) {
            NodeLogger.getLogger(getClass()).coding("No node description found for " + getClass().getName());
            return;
        }
        try (InputStream in = m_descriptionUrl.openStream()) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            DocumentBuilder b = f.newDocumentBuilder();
            Document doc = b.parse(in);
            m_description = doc.getDocumentElement();
        } catch (Exception e) {
            NodeLogger.getLogger(getClass())
                .coding("Node description " + m_descriptionUrl + " cannot be parsed: " + e.getMessage(), e);
        }
    }

    private Element description() {
        init();
        return m_description;
    }

    /** @return the factory ID (the class name) */
    public final String getFactoryId() {
        return getClass().getName();
    }

    /** @return the root element of the node description, or null */
    public Element getXMLDescription() {
        return description();
    }

    /**
     * @param config settings of dynamic factories
     * @throws InvalidSettingsException if invalid
     */
    public void loadAdditionalFactorySettings(final ConfigRO config) throws InvalidSettingsException {
        // no additional settings by default
    }

    /** @param config receives settings of dynamic factories */
    public void saveAdditionalFactorySettings(final ConfigWO config) {
        // no additional settings by default
    }

    /** @return the node name from the description (the class name if there is none) */
    public final String getNodeName() {
        Element name = child(description(), "name");
        return name == null ? getClass().getSimpleName() : normalize(name.getTextContent());
    }

    /**
     * @param index a port index
     * @return the name of the input port, or null
     */
    public String getInportName(final int index) {
        Element p = port("inPort", index);
        return p == null ? null : p.getAttribute("name");
    }

    /**
     * @param index a port index
     * @return the name of the output port, or null
     */
    public String getOutportName(final int index) {
        Element p = port("outPort", index);
        return p == null ? null : p.getAttribute("name");
    }

    /**
     * @param index a port index
     * @return the description of the input port, or null
     */
    public final String getInportDescription(final int index) {
        Element p = port("inPort", index);
        return p == null ? null : normalize(p.getTextContent());
    }

    /**
     * @param index a port index
     * @return the description of the output port, or null
     */
    public final String getOutportDescription(final int index) {
        Element p = port("outPort", index);
        return p == null ? null : normalize(p.getTextContent());
    }

    private Element port(final String kind, final int index) {
        Element ports = child(description(), "ports");
        for (Element p : children(ports, kind)) {
            if (Integer.toString(index).equals(p.getAttribute("index"))) {
                return p;
            }
        }
        return null;
    }

    private static Element child(final Element parent, final String localName) {
        List<Element> c = children(parent, localName);
        return c.isEmpty() ? null : c.get(0);
    }

    private static List<Element> children(final Element parent, final String localName) {
        List<Element> result = new ArrayList<>();
        if (parent == null) {
            return result;
        }
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && localName.equals(e.getLocalName() != null ? e.getLocalName() : e.getTagName())) {
                result.add(e);
            }
        }
        return result;
    }

    private static String normalize(final String s) {
        return s.trim().replaceAll("\\s+", " ");
    }

    /** @return a new model */
    public abstract T createNodeModel();

    /** @return the number of views */
    protected abstract int getNrNodeViews();

    /**
     * @param viewIndex the view index
     * @param nodeModel the model
     * @return a new view
     * @deprecated Swing based views are no longer used within KNIME
     */
    @Deprecated(since = "5.6", forRemoval = true)
    public abstract NodeView<T> createNodeView(final int viewIndex, final T nodeModel);

    /**
     * @param viewIndex the view index
     * @param nodeModel the model
     * @return {@link #createNodeView(int, NodeModel)}
     */
    @SuppressWarnings("removal")
    public AbstractNodeView<T> createAbstractNodeView(final int viewIndex, final T nodeModel) {
        return createNodeView(viewIndex, nodeModel);
    }

    /**
     * @return whether the node has a dialog
     * @deprecated Swing based dialogs are no longer used within KNIME
     */
    @Deprecated(since = "5.6", forRemoval = true)
    protected abstract boolean hasDialog();

    /**
     * @return a new dialog
     * @deprecated Swing based dialogs are no longer used within KNIME
     */
    @Deprecated(since = "5.6", forRemoval = true)
    protected abstract NodeDialogPane createNodeDialogPane();

    /** @return the icon named in the description, or null */
    public URL getIcon() {
        Element d = description();
        if (d == null || d.getAttribute("icon").isEmpty()) {
            return null;
        }
        return getClass().getResource(d.getAttribute("icon"));
    }

    /** @return the node type from the description, or {@link NodeType#Unknown} */
    public NodeType getType() {
        Element d = description();
        if (d == null || d.getAttribute("type").isEmpty()) {
            return NodeType.Unknown;
        }
        try {
            return NodeType.valueOf(d.getAttribute("type"));
        } catch (IllegalArgumentException e) {
            return NodeType.Unknown;
        }
    }

    /** @return null: no interactive view */
    public String getInteractiveViewName() {
        return null;
    }

    /** @return whether the description marks the node deprecated */
    public final boolean isDeprecated() {
        Element d = description();
        return d != null && "true".equals(d.getAttribute("deprecated"));
    }

    /** @return whether the description is read lazily */
    public final boolean isLazilyInitialized() {
        return m_lazy;
    }
}
