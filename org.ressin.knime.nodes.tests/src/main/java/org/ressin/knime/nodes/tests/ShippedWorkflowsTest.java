package org.ressin.knime.nodes.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.StandInHarness;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortType;
import org.osgi.framework.Bundle;
import org.ressin.knime.nodes.tests.workflows.WorkflowFile;
import org.ressin.knime.nodes.tests.workflows.WorkflowRunner;

/**
 * Every workflow shipped in {@code workflows/} (a folder holding workflow.knime) matches the code: each node's
 * factory loads from this bundle and accepts the stored {@code model} settings, which are exactly what the model
 * writes back; names, bundle entries and connections are consistent; the {@code .knwf} export holds the same files.
 * Workflows made only of this bundle's nodes are executed with the stand-in harness, knime://knime.workflow/ URLs
 * resolved against the workflow folder. Ports in workflow.knime are 1-based data ports, 0 being the hidden
 * flow-variable port (workflow-format.md section 3).
 */
class ShippedWorkflowsTest {

    private static final String OUR_FACTORIES = "org.ressin.knime.nodes.";

    static Path workflowsDir() {
        return Path.of(System.getProperty("ressin.repo"), "workflows");
    }

    /** Workflow folders under workflows/ (not nested in another workflow). */
    static List<Path> workflowFolders() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(workflowsDir())) {
            walk.filter(p -> p.getFileName().toString().equals("workflow.knime")).map(Path::getParent).sorted()
                .forEach(dir -> {
                    if (out.stream().noneMatch(dir::startsWith)) {
                        out.add(dir);
                    }
                });
        }
        return out;
    }

    @Test
    void thereAreShippedWorkflowsAndEveryExportHasItsFolder() throws IOException {
        List<Path> folders = workflowFolders();
        assertFalse(folders.isEmpty(), "no workflow under " + workflowsDir());
        try (Stream<Path> files = Files.list(workflowsDir())) {
            for (Path knwf : files.filter(p -> p.toString().endsWith(".knwf")).toList()) {
                String name = knwf.getFileName().toString().replaceFirst("\\.knwf$", "");
                assertTrue(Files.isRegularFile(workflowsDir().resolve(name).resolve("workflow.knime")),
                    knwf + " has no workflow folder " + name);
            }
        }
    }

    @TestFactory
    Stream<DynamicContainer> everyShippedWorkflow() throws IOException {
        return workflowFolders().stream().map(dir -> DynamicContainer.dynamicContainer(
            workflowsDir().relativize(dir).toString(), Stream.of(
                DynamicTest.dynamicTest("nodes and connections match the code", () -> checkStructure(dir)),
                DynamicTest.dynamicTest(".knwf holds the folder", () -> checkKnwf(dir)),
                DynamicTest.dynamicTest("executes", () -> execute(dir)))));
    }

    private static void checkStructure(final Path dir) throws Exception {
        WorkflowFile wf = WorkflowFile.read(dir);
        String version = wf.workflow().getString("version");
        assertTrue(Set.of("4.1.0", "5.1.0").contains(version), dir + ": workflow format version " + version);
        assertFalse(wf.nodes().isEmpty(), dir + " has no nodes");
        Bundle bundle = NodeDescriptionTest.bundle();

        Map<Integer, int[]> ports = new TreeMap<>(); // id -> {in, out}
        Map<Integer, PortType[]> inTypes = new TreeMap<>();
        for (WorkflowFile.Node node : wf.nodes().values()) {
            String where = dir.getFileName() + "/" + node.settingsFile();
            NodeSettings s = node.settings();
            assertEquals("NativeNode", node.type(), where);
            assertEquals("settings.xml", s.getString("node_file"), where);
            assertFalse(s.getBoolean("hasContent"), where + ": shipped workflows are not executed");
            assertTrue(Set.of("IDLE", "CONFIGURED").contains(s.getString("state")), where + ": state");
            assertEquals(s.getString("node-name"), s.getString("name"), where);
            assertNotNull(s.getNodeSettings("internal_node_subsettings").getString("memory_policy"), where);
            s.getNodeSettings("filestores");

            String factoryName = node.factory();
            if (!factoryName.startsWith(OUR_FACTORIES)) {
                continue; // a KNIME node: not loadable here
            }
            NodeFactory<?> factory = (NodeFactory<?>)bundle.loadClass(factoryName).getDeclaredConstructor()
                .newInstance();
            assertEquals(factory.getNodeName(), s.getString("node-name"), where);
            assertEquals(bundle.getSymbolicName(), s.getString("node-bundle-symbolic-name"), where);
            assertEquals(bundle.getHeaders().get("Bundle-Name"), s.getString("node-bundle-name"), where);
            assertEquals(bundle.getHeaders().get("Bundle-Vendor"), s.getString("node-bundle-vendor"), where);
            assertTrue(NodeDescriptionTest.registeredFactories().contains(factoryName),
                where + ": " + factoryName + " is not registered in plugin.xml");

            NodeModel model = WorkflowRunner.model(node, bundle);
            assertEquals(s.getNodeSettings("model"), StandInHarness.saveSettings(model),
                where + ": the model config must be exactly what the node model writes");
            int in = StandInHarness.getInPortTypes(model).length;
            int out = StandInHarness.getOutPortTypes(model).length;
            ports.put(node.id(), new int[]{in, out});
            inTypes.put(node.id(), StandInHarness.getInPortTypes(model));
            assertEquals(out, s.getNodeSettings("ports").keySet().size(), where + ": one ports entry per output");
        }

        Set<String> fedInputs = new HashSet<>();
        for (WorkflowFile.Connection c : wf.connections()) {
            String what = dir.getFileName() + ": connection " + c;
            assertTrue(wf.nodes().containsKey(c.sourceId()), what + ": no source node");
            assertTrue(wf.nodes().containsKey(c.destId()), what + ": no destination node");
            if (ports.containsKey(c.sourceId())) {
                assertTrue(c.sourcePort() >= 0 && c.sourcePort() <= ports.get(c.sourceId())[1],
                    what + ": source port out of range (1-based data ports, 0 = flow variables)");
            }
            if (ports.containsKey(c.destId())) {
                assertTrue(c.destPort() >= 0 && c.destPort() <= ports.get(c.destId())[0],
                    what + ": destination port out of range (1-based data ports, 0 = flow variables)");
            }
            if (c.destPort() > 0) {
                assertTrue(fedInputs.add(c.destId() + ":" + c.destPort()), what + ": input fed twice");
            }
        }
        for (Map.Entry<Integer, int[]> e : ports.entrySet()) {
            for (int p = 1; p <= e.getValue()[0]; p++) {
                assertTrue(inTypes.get(e.getKey())[p - 1].isOptional() || fedInputs.contains(e.getKey() + ":" + p),
                    dir.getFileName() + ": input " + p + " of node #" + e.getKey() + " is not connected");
            }
        }
        WorkflowRunner.topologicalOrder(wf);
    }

    private static void checkKnwf(final Path dir) throws IOException {
        String name = dir.getFileName().toString();
        Path knwf = dir.resolveSibling(name + ".knwf");
        assertTrue(Files.isRegularFile(knwf), "missing export " + knwf);
        Map<String, byte[]> zipped = new TreeMap<>();
        Set<String> tops = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(knwf))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                tops.add(e.getName().split("/", 2)[0]);
                if (!e.isDirectory()) {
                    zipped.put(e.getName().substring(name.length() + 1), zip.readAllBytes());
                }
            }
        }
        assertEquals(Set.of(name), tops, knwf + ": the single top-level entry is the workflow folder");
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                try (InputStream in = Files.newInputStream(f)) {
                    files.put(dir.relativize(f).toString().replace('\\', '/'), in.readAllBytes());
                }
            }
        }
        assertEquals(files.keySet(), zipped.keySet(), knwf + " vs " + dir);
        files.forEach((f, bytes) -> assertArrayEquals(bytes, zipped.get(f), knwf + ": " + f + " differs"));
    }

    private static void execute(final Path dir) throws Exception {
        WorkflowFile wf = WorkflowFile.read(dir);
        for (WorkflowFile.Node n : wf.nodes().values()) {
            if (!n.factory().startsWith(OUR_FACTORIES)) {
                return; // needs KNIME's own nodes: not executable with the stand-in
            }
        }
        Map<Integer, PortObject[]> outputs = WorkflowRunner.run(wf, NodeDescriptionTest.bundle());
        assertEquals(wf.nodes().keySet(), outputs.keySet());
    }
}
