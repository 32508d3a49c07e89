package org.ressin.knime.nodes.tests.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.StandInHarness;
import org.knime.core.node.port.PortObject;
import org.osgi.framework.FrameworkUtil;
import org.ressin.knime.nodes.reader.EdaReaderNodeFactory;
import org.ressin.knime.nodes.reader.EdaReaderSettings;
import org.ressin.knime.nodes.tests.TestData;

class WorkflowWriterTest {

    @TempDir
    Path tmp;

    @Test
    void writesAWorkflowThatReadsBackAndRuns() throws Exception {
        TestData.pmemo(tmp.resolve("workflows/data"));
        WorkflowWriter w = new WorkflowWriter("Test Flow").annotation("line one\nline two & <three>", 10, 10, 300, 60)
            .description("A & B < C");
        WorkflowWriter.Node reader = w.addNode(new EdaReaderNodeFactory(), 100, 200)
            .set(EdaReaderSettings.CFG_FOLDER, "knime://knime.workflow/../data/pmemo")
            .set(EdaReaderSettings.CFG_DISCARD_SECONDS, 0.0);
        assertEquals(1, reader.id());
        Path dir = w.writeTo(tmp.resolve("workflows"));

        assertTrue(Files.isRegularFile(tmp.resolve("workflows/Test Flow.knwf")));
        WorkflowFile wf = WorkflowFile.read(dir);
        assertEquals("5.1.0", wf.workflow().getString("version"));
        NodeSettingsRO annotation = wf.workflow().getNodeSettings("annotations").getNodeSettings("annotation_0");
        assertEquals("line one\nline two & <three>", annotation.getString("text"));
        WorkflowFile.Node node = wf.nodes().get(1);
        assertEquals("EDA Reader (#1)/settings.xml", node.settingsFile());
        assertEquals(EdaReaderNodeFactory.class.getName(), node.factory());
        assertEquals("org.ressin.knime.nodes", node.settings().getString("node-bundle-symbolic-name"));
        NodeSettings model = node.settings().getNodeSettings("model");
        assertEquals(0.0, model.getDouble(EdaReaderSettings.CFG_DISCARD_SECONDS));
        assertTrue(Files.readString(dir.resolve("workflow-metadata.xml")).contains("A &amp; B &lt; C"));

        Map<Integer, PortObject[]> out = WorkflowRunner.run(wf, FrameworkUtil.getBundle(TestData.class));
        assertEquals(TestData.settings().recordings(), ((BufferedDataTable)out.get(1)[0]).size());
        assertEquals(null, StandInHarness.getWorkflowDirectory(), "the runner restores the workflow directory");
    }

    @Test
    void connectionsAreWrittenOneBased() throws Exception {
        WorkflowWriter w = new WorkflowWriter("w");
        WorkflowWriter.Node a = w.addNode(new EdaReaderNodeFactory(), 0, 0);
        WorkflowWriter.Node b = w.addNode(new EdaReaderNodeFactory(), 0, 0);
        // the reader has no inputs: connecting into it is refused, naming the port
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> w.connect(a, 0, b, 0));
        assertTrue(e.getMessage().contains("no input port 0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> w.connect(a, 3, b, 0));
        assertTrue(e.getMessage().contains("no output port 3"), e.getMessage());
        w.writeFolder(tmp.resolve("w"));
        assertEquals(List.of(), WorkflowFile.read(tmp.resolve("w")).connections());
        assertEquals(List.of(1, 2), WorkflowRunner.topologicalOrder(WorkflowFile.read(tmp.resolve("w"))));
    }

    @Test
    void unknownOrInvalidSettingsAreRefused() {
        WorkflowWriter w = new WorkflowWriter("w");
        WorkflowWriter.Node reader = w.addNode(new EdaReaderNodeFactory(), 0, 0);
        IllegalArgumentException e =
            assertThrows(IllegalArgumentException.class, () -> reader.set("no_such_key", "x"));
        assertTrue(e.getMessage().contains("no setting \"no_such_key\""), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
            () -> reader.set(EdaReaderSettings.CFG_DISCARD_SECONDS, -5.0));
        assertTrue(e.getMessage().contains(EdaReaderSettings.CFG_DISCARD_SECONDS), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new WorkflowWriter("../escape"));
    }

    @Test
    void writingTwiceGivesTheSameBytes() throws Exception {
        ShippedWorkflows.all().get(0).writeFolder(tmp.resolve("a"));
        ShippedWorkflows.all().get(0).writeFolder(tmp.resolve("b"));
        Map<String, byte[]> a = WriteShippedWorkflowsTest.files(tmp.resolve("a"));
        Map<String, byte[]> b = WriteShippedWorkflowsTest.files(tmp.resolve("b"));
        assertEquals(a.keySet(), b.keySet());
        a.forEach((f, bytes) -> assertTrue(java.util.Arrays.equals(bytes, b.get(f)), f));
    }
}
