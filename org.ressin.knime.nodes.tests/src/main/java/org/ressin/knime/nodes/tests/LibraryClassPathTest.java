package org.ressin.knime.nodes.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.ressin.core.eda.Recording;

/** The jars the build copies into lib/ and the bundle's Bundle-ClassPath must not drift apart. */
class LibraryClassPathTest {

    @Test
    void everyEmbeddedJarIsOnTheBundleClassPath() {
        Bundle bundle = FrameworkUtil.getBundle(Recording.class);
        assertNotNull(bundle, "the core library must be loaded from inside the nodes bundle");
        assertEquals("org.ressin.knime.nodes", bundle.getSymbolicName());

        TreeSet<String> declared = new TreeSet<>();
        Arrays.stream(bundle.getHeaders().get("Bundle-ClassPath").split(","))
                .map(String::trim).filter(e -> e.startsWith("lib/")).forEach(declared::add);

        TreeSet<String> embedded = new TreeSet<>();
        Enumeration<URL> jars = bundle.findEntries("lib", "*.jar", false);
        List<URL> found = jars == null ? new ArrayList<>() : Collections.list(jars);
        found.forEach(u -> embedded.add("lib/" + u.getPath().substring(u.getPath().lastIndexOf('/') + 1)));

        assertEquals(embedded, declared, "lib/ (filled by org.ressin.knime.nodes.libs) vs MANIFEST Bundle-ClassPath");
    }
}
