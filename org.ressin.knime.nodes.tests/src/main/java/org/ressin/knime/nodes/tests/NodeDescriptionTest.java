package org.ressin.knime.nodes.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.StandInHarness;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every node registered in plugin.xml: the factory loads, its description validates against KNIME's Node_v4.1
 * schema and describes as many ports as the model has, its icon is a 16x16 PNG, and its category exists. New nodes
 * are covered as soon as they are registered.
 */
class NodeDescriptionTest {

    static final String NODE_NS = "http://knime.org/node/v4.1";

    private static final String NODES_POINT = "org.knime.workbench.repository.nodes";

    private static final String CATEGORIES_POINT = "org.knime.workbench.repository.categories";

    static Bundle bundle() {
        Bundle b = FrameworkUtil.getBundle(TestData.class);
        assertNotNull(b, "tests must run inside the nodes bundle");
        assertEquals("org.ressin.knime.nodes", b.getSymbolicName());
        return b;
    }

    static Document parse(final URL url) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        try (InputStream in = url.openStream()) {
            return f.newDocumentBuilder().parse(in);
        }
    }

    private static Document pluginXml() throws Exception {
        URL url = bundle().getEntry("plugin.xml");
        assertNotNull(url, "plugin.xml is in the bundle");
        return parse(url);
    }

    private static List<Element> elements(final Document doc, final String point, final String tag) {
        List<Element> out = new ArrayList<>();
        NodeList extensions = doc.getElementsByTagName("extension");
        for (int i = 0; i < extensions.getLength(); i++) {
            Element ext = (Element)extensions.item(i);
            if (point.equals(ext.getAttribute("point"))) {
                NodeList children = ext.getElementsByTagName(tag);
                for (int j = 0; j < children.getLength(); j++) {
                    out.add((Element)children.item(j));
                }
            }
        }
        return out;
    }

    /** @return the factory class names registered in plugin.xml */
    static List<String> registeredFactories() throws Exception {
        return elements(pluginXml(), NODES_POINT, "node").stream().map(e -> e.getAttribute("factory-class")).toList();
    }

    @Test
    void atLeastTheReaderIsRegistered() throws Exception {
        assertTrue(registeredFactories().contains("org.ressin.knime.nodes.reader.EdaReaderNodeFactory"));
        List<String> all = registeredFactories();
        assertEquals(all.size(), new HashSet<>(all).size(), "a factory is registered twice: " + all);
    }

    @TestFactory
    Stream<DynamicTest> everyRegisteredNode() throws Exception {
        Document plugin = pluginXml();
        Set<String> categories = new HashSet<>();
        for (Element c : elements(plugin, CATEGORIES_POINT, "category")) {
            String parent = c.getAttribute("path").replaceAll("/+$", "");
            categories.add(parent + "/" + c.getAttribute("level-id"));
        }
        Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
            .newSchema(new File(System.getProperty("ressin.shared"), "knime/xsd/Node_v4.1.xsd"));
        List<Element> nodes = elements(plugin, NODES_POINT, "node");
        assertFalse(nodes.isEmpty());
        return nodes.stream().map(n -> DynamicTest.dynamicTest(n.getAttribute("factory-class"),
            () -> checkNode(n, categories, schema)));
    }

    private static void checkNode(final Element node, final Set<String> categories, final Schema schema)
        throws Exception {
        String factoryName = node.getAttribute("factory-class");
        assertTrue(categories.contains(node.getAttribute("category-path")),
            factoryName + ": category " + node.getAttribute("category-path") + " is not defined in " + categories);

        Class<?> factoryClass = bundle().loadClass(factoryName);
        assertTrue(NodeFactory.class.isAssignableFrom(factoryClass), factoryName + " is not a NodeFactory");
        NodeFactory<?> factory = (NodeFactory<?>)factoryClass.getDeclaredConstructor().newInstance();

        URL description = factoryClass.getResource(factoryClass.getSimpleName() + ".xml");
        assertNotNull(description, factoryName + ": " + factoryClass.getSimpleName() + ".xml next to the factory");
        try (InputStream in = description.openStream()) {
            schema.newValidator().validate(new StreamSource(in, description.toString()));
        }
        Element root = parse(description).getDocumentElement();
        assertEquals(NODE_NS, root.getNamespaceURI(), factoryName + ": description namespace");
        assertEquals(text(root, "name"), factory.getNodeName());

        NodeModel model = factory.createNodeModel();
        assertPorts(factoryName, root, "inPort", StandInHarness.getInPortTypes(model).length);
        assertPorts(factoryName, root, "outPort", StandInHarness.getOutPortTypes(model).length);

        checkIcon(factoryName, factoryClass, root.getAttribute("icon"));
    }

    private static void assertPorts(final String factory, final Element root, final String tag, final int expected) {
        NodeList ports = root.getElementsByTagNameNS(NODE_NS, tag);
        assertEquals(expected, ports.getLength(), factory + ": described " + tag + "s vs the model's ports");
        Set<Integer> indices = new HashSet<>();
        for (int i = 0; i < ports.getLength(); i++) {
            indices.add(Integer.parseInt(((Element)ports.item(i)).getAttribute("index")));
        }
        for (int i = 0; i < expected; i++) {
            assertTrue(indices.contains(i), factory + ": no " + tag + " with index " + i);
        }
    }

    private static void checkIcon(final String factory, final Class<?> factoryClass, final String icon)
        throws Exception {
        assertFalse(icon.isEmpty(), factory + ": no icon attribute");
        String pkg = factoryClass.getPackageName().replace('.', '/') + "/";
        // the icon is relative to the factory's package ("./x.png", "../icons/x.png"); absolute = bundle root
        String path = icon.startsWith("/") ? icon.substring(1)
            : URI.create("pkg:/" + pkg).resolve(icon).getPath().substring(1);
        URL url = factoryClass.getClassLoader().getResource(path);
        assertNotNull(url, factory + ": icon " + icon + " (" + path + ") not found");
        byte[] png;
        try (InputStream in = url.openStream()) {
            png = in.readAllBytes();
        }
        byte[] signature = {(byte)0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        for (int i = 0; i < signature.length; i++) {
            assertEquals(signature[i], png[i], factory + ": icon is not a PNG");
        }
        ByteBuffer header = ByteBuffer.wrap(png, 16, 8);
        assertEquals(16, header.getInt(), factory + ": icon width");
        assertEquals(16, header.getInt(), factory + ": icon height");
        BufferedImage image;
        try (InputStream in = url.openStream()) {
            image = ImageIO.read(in);
        }
        assertNotNull(image, factory + ": icon does not decode");
        assertEquals(16, image.getWidth());
    }

    private static String text(final Element root, final String tag) {
        return root.getElementsByTagNameNS(NODE_NS, tag).item(0).getTextContent().trim().replaceAll("\\s+", " ");
    }
}
