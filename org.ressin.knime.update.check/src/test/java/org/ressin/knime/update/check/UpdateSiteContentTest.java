package org.ressin.knime.update.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What KNIME users install: our feature and bundle only, requiring KNIME's own org.knime.core 5.x. */
class UpdateSiteContentTest {

    private static Path site;
    private static Document content;

    @BeforeAll
    static void readSite() throws Exception {
        site = Path.of(System.getProperty("ressin.site"));
        Path contentJar = site.resolve("repository/content.jar");
        assertTrue(Files.isRegularFile(contentJar), "no update site built at " + contentJar);
        try (InputStream in = Files.newInputStream(contentJar); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null && !e.getName().equals("content.xml")) {
                // skip to content.xml
            }
            content = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(zip);
        }
    }

    @Test
    void zipIsProduced() throws IOException {
        try (var files = Files.list(site)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().matches("org\\.ressin\\.knime\\.update-.*\\.zip")),
                    "update site zip missing in " + site);
        }
    }

    @Test
    void shipsNoKnimeBundle() throws IOException {
        List<String> units = unitIds();
        assertTrue(units.contains("org.ressin.knime.nodes"), "our bundle is missing: " + units);
        assertTrue(units.contains("org.ressin.knime.feature.feature.group"), "our feature is missing: " + units);
        assertFalse(units.stream().anyMatch(u -> u.startsWith("org.knime")), "a KNIME unit is shipped: " + units);
        try (var plugins = Files.list(site.resolve("repository/plugins"))) {
            assertEquals(List.of(), plugins.map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith("org.ressin.")).toList());
        }
    }

    @Test
    void requiresKnimeCoreFiveFromTheHost() {
        List<String> ranges = new ArrayList<>();
        NodeList required = content.getElementsByTagName("required");
        for (int i = 0; i < required.getLength(); i++) {
            Element r = (Element) required.item(i);
            if ("org.knime.core".equals(r.getAttribute("name"))) {
                ranges.add(r.getAttribute("range"));
            }
        }
        assertFalse(ranges.isEmpty(), "nothing requires org.knime.core");
        assertTrue(ranges.stream().allMatch(r -> r.equals("[5.1.0,6.0.0)")), "unexpected ranges " + ranges);
    }

    @Test
    void zipHoldsTheSameRepository() throws IOException {
        try (var files = Files.list(site)) {
            Path zip = files.filter(p -> p.toString().endsWith(".zip")).findFirst().orElseThrow();
            try (ZipFile z = new ZipFile(zip.toFile())) {
                assertTrue(z.getEntry("content.jar") != null && z.getEntry("artifacts.jar") != null,
                        "zip is not a p2 repository: " + zip);
            }
        }
    }

    private static List<String> unitIds() {
        List<String> ids = new ArrayList<>();
        NodeList units = content.getElementsByTagName("unit");
        for (int i = 0; i < units.getLength(); i++) {
            ids.add(((Element) units.item(i)).getAttribute("id"));
        }
        return ids;
    }
}
