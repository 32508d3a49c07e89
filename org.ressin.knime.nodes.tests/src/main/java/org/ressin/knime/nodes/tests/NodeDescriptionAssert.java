package org.ressin.knime.nodes.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.knime.core.node.NodeFactory;

/** Checks a node's description XML against KNIME's v4.1 schema and its icon's size. */
public final class NodeDescriptionAssert {

    private NodeDescriptionAssert() {
    }

    /**
     * @param factory the node's factory; its description is {@code <SimpleName>.xml} next to the class
     * @param icon the icon file name next to the class
     */
    public static void assertValidDescriptionAndIcon(final NodeFactory<?> factory, final String icon)
        throws Exception {
        Class<?> c = factory.getClass();
        URL xml = c.getResource(c.getSimpleName() + ".xml");
        assertNotNull(xml, "node description of " + c.getName());
        Path xsd = Path.of(System.getProperty("ressin.shared"), "knime", "xsd", "Node_v4.1.xsd");
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        try (InputStream in = xml.openStream()) {
            sf.newSchema(xsd.toFile()).newValidator().validate(new StreamSource(in, xml.toString()));
        }
        URL png = c.getResource(icon);
        assertNotNull(png, "icon " + icon + " of " + c.getName());
        BufferedImage image = ImageIO.read(png);
        assertEquals(16, image.getWidth());
        assertEquals(16, image.getHeight());
        // the description names the same file ("./name.png", as KNIME's templates write it)
        assertEquals("./" + icon, factory.getXMLDescription().getAttribute("icon"));
    }
}
