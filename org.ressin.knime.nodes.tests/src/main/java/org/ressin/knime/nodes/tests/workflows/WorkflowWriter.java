package org.ressin.knime.nodes.tests.workflows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.StandInHarness;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Writes an un-executed KNIME workflow in the on-disk format KNIME AP 5.1+ loads (workflow.knime, one
 * {@code <name> (#<id>)/settings.xml} per node, workflow-metadata.xml) and its {@code .knwf} export. Each node's
 * {@code model} settings are exactly what its NodeModel's {@code saveSettingsTo} writes, after the wanted values
 * were validated and loaded into that model, so a shipped workflow cannot hold settings the code would reject.
 * Output is deterministic (no timestamps besides the fixed {@link #lastModified(String)}), so regenerating an
 * unchanged workflow changes no file.
 *
 * <pre>
 * WorkflowWriter w = new WorkflowWriter("02-Decompose");
 * WorkflowWriter.Node reader = w.addNode(new EdaReaderNodeFactory(), 100, 120)
 *     .set(EdaReaderSettings.CFG_FOLDER, "knime://knime.workflow/../data/pmemo-mini");
 * WorkflowWriter.Node cvx = w.addNode(new CvxEdaNodeFactory(), 300, 120);
 * w.connect(reader, 0, cvx, 0);          // 0-based data ports, as in the node description
 * w.annotation("What this workflow does ...", 40, 20, 600, 80);
 * w.writeTo(repo.resolve("workflows"));   // folder and .knwf
 * </pre>
 */
public final class WorkflowWriter {

    /** Workflow format version written to workflow.knime (the format AP 5.1 and newer write). */
    public static final String FORMAT_VERSION = "5.1.0";

    /** Timestamps inside a .knwf (fixed, so that exports are reproducible). */
    private static final LocalDateTime ZIP_TIME = LocalDateTime.of(2025, 1, 1, 0, 0);

    private static final int WHITE = 0xFFFFFF;

    /** KNIME's default annotation border colour (yellow). */
    private static final int ANNOTATION_BORDER = 0xFFD800;

    /** AnnotationData version of plain-text annotations as AP 5.1 writes them. */
    private static final int ANNOTATION_VERSION = 20151123;

    private final String m_name;

    private final List<Node> m_nodes = new ArrayList<>();

    private final List<int[]> m_connections = new ArrayList<>();

    private final List<Annotation> m_annotations = new ArrayList<>();

    private String m_description = "";

    private String m_lastModified = "2025-01-01T00:00:00.000+00:00";

    private record Annotation(String text, int x, int y, int width, int height) {
    }

    /** @param name the workflow (folder) name, e.g. {@code 01-Read-and-Decompose} */
    public WorkflowWriter(final String name) {
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9 ._-]*")) {
            throw new IllegalArgumentException("Workflow name must be a plain folder name: " + name);
        }
        m_name = name;
    }

    /** @return the workflow (folder) name */
    public String name() {
        return m_name;
    }

    /**
     * @param text plain-text description shown in KNIME's description panel (workflow-metadata.xml)
     * @return this
     */
    public WorkflowWriter description(final String text) {
        m_description = Objects.requireNonNull(text);
        return this;
    }

    /**
     * @param isoDateTime the "last modified" date of workflow-metadata.xml, e.g. 2025-01-01T00:00:00.000+00:00
     * @return this
     */
    public WorkflowWriter lastModified(final String isoDateTime) {
        m_lastModified = Objects.requireNonNull(isoDateTime);
        return this;
    }

    /**
     * Adds a workflow annotation (a text box on the canvas).
     *
     * @param text plain text; line breaks are kept
     * @return this
     */
    public WorkflowWriter annotation(final String text, final int x, final int y, final int width, final int height) {
        m_annotations.add(new Annotation(text, x, y, width, height));
        return this;
    }

    /**
     * Adds a node with its factory's default settings; the node's id is its position (1, 2, ...).
     *
     * @param x left of the node on the canvas
     * @param y top of the node on the canvas
     * @return the node, to set settings and connect
     */
    public Node addNode(final NodeFactory<? extends NodeModel> factory, final int x, final int y) {
        Node n = new Node(m_nodes.size() + 1, factory, x, y);
        m_nodes.add(n);
        return n;
    }

    /**
     * Connects a data output to a data input; ports are 0-based data ports as in the node descriptions (the
     * written file uses KNIME's 1-based indices, where 0 is the flow-variable port).
     *
     * @return this
     */
    public WorkflowWriter connect(final Node source, final int outPort, final Node dest, final int inPort) {
        if (outPort < 0 || outPort >= source.outPorts()) {
            throw new IllegalArgumentException(source.m_name + " has no output port " + outPort);
        }
        if (inPort < 0 || inPort >= dest.inPorts()) {
            throw new IllegalArgumentException(dest.m_name + " has no input port " + inPort);
        }
        for (int[] c : m_connections) {
            if (c[2] == dest.m_id && c[3] == inPort + 1) {
                throw new IllegalArgumentException("Input port " + inPort + " of " + dest.m_name + " is connected");
            }
        }
        m_connections.add(new int[]{source.m_id, outPort + 1, dest.m_id, inPort + 1});
        return this;
    }

    /** One node of the workflow. */
    public final class Node {

        private final int m_id;

        private final NodeFactory<? extends NodeModel> m_factory;

        private final NodeModel m_model;

        private final String m_name;

        private final int m_x;

        private final int m_y;

        private String m_label;

        private Node(final int id, final NodeFactory<? extends NodeModel> factory, final int x, final int y) {
            m_id = id;
            m_factory = factory;
            m_model = factory.createNodeModel();
            m_name = factory.getNodeName();
            m_x = x;
            m_y = y;
        }

        /** @return the node id in the workflow */
        public int id() {
            return m_id;
        }

        /**
         * Changes model settings: the edit gets the model's current settings; the result is validated and loaded
         * into the model (so invalid values fail here, with the model's own message).
         *
         * @return this
         */
        public Node settings(final SettingsEdit edit) {
            NodeSettings s = StandInHarness.saveSettings(m_model);
            try {
                edit.apply(s);
                StandInHarness.loadSettingsFrom(m_model, s);
            } catch (InvalidSettingsException e) {
                throw new IllegalArgumentException("Invalid settings for " + m_name + ": " + e.getMessage(), e);
            }
            return this;
        }

        /** Sets one existing string setting. @return this */
        public Node set(final String key, final String value) {
            return settings(s -> s.addString(existing(s, key), value));
        }

        /** Sets one existing double setting. @return this */
        public Node set(final String key, final double value) {
            return settings(s -> s.addDouble(existing(s, key), value));
        }

        /** Sets one existing int setting. @return this */
        public Node set(final String key, final int value) {
            return settings(s -> s.addInt(existing(s, key), value));
        }

        /** Sets one existing boolean setting. @return this */
        public Node set(final String key, final boolean value) {
            return settings(s -> s.addBoolean(existing(s, key), value));
        }

        /**
         * @param text the label shown under the node (KNIME shows "Node &lt;id&gt;" without one)
         * @return this
         */
        public Node label(final String text) {
            m_label = text;
            return this;
        }

        private String existing(final NodeSettings s, final String key) {
            if (!s.containsKey(key)) {
                throw new IllegalArgumentException(m_name + " has no setting \"" + key + "\"; it has " + s.keySet());
            }
            return key;
        }

        private int inPorts() {
            return StandInHarness.getInPortTypes(m_model).length;
        }

        private int outPorts() {
            return StandInHarness.getOutPortTypes(m_model).length;
        }

        /** KNIME's folder name: the node name with characters unsafe in file names replaced, and the id. */
        private String folder() {
            return m_name.replaceAll("[^A-Za-z0-9 _]", "_") + " (#" + m_id + ")";
        }
    }

    /** Edits a node's model settings. */
    @FunctionalInterface
    public interface SettingsEdit {
        /** @param settings the settings to change in place */
        void apply(NodeSettings settings) throws InvalidSettingsException;
    }

    // ------------------------------------------------------------------------------------------------ writing

    /**
     * Writes {@code <workflowsDir>/<name>/} (replacing what was there) and {@code <workflowsDir>/<name>.knwf}.
     *
     * @return the workflow folder
     */
    public Path writeTo(final Path workflowsDir) throws IOException {
        Path folder = workflowsDir.resolve(m_name);
        deleteRecursively(folder);
        writeFolder(folder);
        writeKnwf(folder, workflowsDir.resolve(m_name + ".knwf"));
        return folder;
    }

    /** Writes the workflow folder only (it must not exist or be empty). */
    public void writeFolder(final Path folder) throws IOException {
        Files.createDirectories(folder);
        for (Node n : m_nodes) {
            Path dir = Files.createDirectories(folder.resolve(n.folder()));
            save(nodeSettings(n), dir.resolve("settings.xml"));
        }
        save(workflowSettings(), folder.resolve("workflow.knime"));
        Files.writeString(folder.resolve("workflow-metadata.xml"), metadata(), StandardCharsets.UTF_8);
    }

    private NodeSettings workflowSettings() {
        NodeSettings wf = new NodeSettings("workflow.knime");
        wf.addString("version", FORMAT_VERSION);
        wf.addString("name", null);
        wf.addString("customDescription", null);
        wf.addString("state", "IDLE");
        wf.addNodeSettings("workflow_credentials");
        NodeSettingsWO annotations = wf.addNodeSettings("annotations");
        for (int i = 0; i < m_annotations.size(); i++) {
            Annotation a = m_annotations.get(i);
            NodeSettingsWO c = annotations.addNodeSettings("annotation_" + i);
            c.addString("text", a.text());
            c.addString("contentType", "text/plain");
            c.addInt("bgcolor", WHITE);
            c.addInt("x-coordinate", a.x());
            c.addInt("y-coordinate", a.y());
            c.addInt("width", a.width());
            c.addInt("height", a.height());
            c.addString("alignment", "LEFT");
            c.addInt("borderSize", 4);
            c.addInt("borderColor", ANNOTATION_BORDER);
            c.addInt("defFontSize", -1);
            c.addInt("annotation-version", ANNOTATION_VERSION);
            c.addNodeSettings("styles");
        }
        NodeSettingsWO nodes = wf.addNodeSettings("nodes");
        for (Node n : m_nodes) {
            NodeSettingsWO c = nodes.addNodeSettings("node_" + n.m_id);
            c.addInt("id", n.m_id);
            c.addString("node_settings_file", n.folder() + "/settings.xml");
            c.addBoolean("node_is_meta", false);
            c.addString("node_type", "NativeNode");
            c.addString("ui_classname", "org.knime.core.node.workflow.NodeUIInformation");
            c.addNodeSettings("ui_settings").addIntArray("extrainfo.node.bounds", n.m_x, n.m_y, 100, 80);
        }
        NodeSettingsWO connections = wf.addNodeSettings("connections");
        for (int i = 0; i < m_connections.size(); i++) {
            int[] k = m_connections.get(i);
            NodeSettingsWO c = connections.addNodeSettings("connection_" + i);
            c.addInt("sourceID", k[0]);
            c.addInt("destID", k[2]);
            c.addInt("sourcePort", k[1]);
            c.addInt("destPort", k[3]);
            c.addString("ui_classname", "org.knime.core.node.workflow.ConnectionUIInformation");
            c.addNodeSettings("ui_settings").addInt("extrainfo.conn.bendpoints_size", 0);
        }
        return wf;
    }

    private static NodeSettings nodeSettings(final Node n) {
        Bundle bundle = FrameworkUtil.getBundle(n.m_factory.getClass());
        NodeSettings s = new NodeSettings("settings.xml");
        s.addString("node_file", "settings.xml");
        s.addNodeSettings("flow_stack");
        s.addNodeSettings("internal_node_subsettings").addString("memory_policy", "CacheSmallInMemory");
        s.addNodeSettings(StandInHarness.saveSettings(n.m_model));
        if (n.m_label != null) {
            NodeSettingsWO a = s.addNodeSettings("nodeAnnotation");
            a.addString("text", n.m_label);
            a.addString("contentType", "text/plain");
            a.addInt("bgcolor", WHITE);
            a.addInt("x-coordinate", n.m_x - 20);
            a.addInt("y-coordinate", n.m_y + 62);
            a.addInt("width", 140);
            a.addInt("height", 30);
            a.addString("alignment", "CENTER");
            a.addInt("borderSize", 0);
            a.addInt("borderColor", WHITE);
            a.addInt("defFontSize", -1);
            a.addInt("annotation-version", ANNOTATION_VERSION);
            a.addNodeSettings("styles");
        }
        s.addString("customDescription", null);
        s.addString("state", "IDLE");
        s.addString("factory", n.m_factory.getClass().getName());
        s.addString("node-name", n.m_name);
        s.addString("node-bundle-name", bundle.getHeaders().get("Bundle-Name"));
        s.addString("node-bundle-symbolic-name", bundle.getSymbolicName());
        s.addString("node-bundle-vendor", bundle.getHeaders().get("Bundle-Vendor"));
        s.addNodeSettings("factory_settings");
        s.addString("name", n.m_name);
        s.addBoolean("hasContent", false);
        s.addBoolean("isInactive", false);
        NodeSettingsWO ports = s.addNodeSettings("ports");
        for (int p = 1; p <= n.outPorts(); p++) {
            NodeSettingsWO port = ports.addNodeSettings("port_" + p);
            port.addInt("index", p);
            port.addString("port_dir_location", null);
        }
        NodeSettingsWO filestores = s.addNodeSettings("filestores");
        filestores.addString("file_store_location", null);
        filestores.addString("file_store_id", null);
        return s;
    }

    private String metadata() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<workflow-metadata content-type=\"text/plain\""
            + " xmlns=\"http://www.knime.org/core/node/workflow/metadata/v1.0\">\n"
            + "    <last-modified>" + xml(m_lastModified) + "</last-modified>\n"
            + "    <description>" + xml(m_description) + "</description>\n"
            + "</workflow-metadata>\n";
    }

    private static String xml(final String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void save(final NodeSettings settings, final Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            settings.saveToXML(out);
        }
    }

    /** The .knwf export: a zip whose single top-level entry is the workflow folder, files in name order. */
    static void writeKnwf(final Path folder, final Path knwf) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted(Comparator.comparing(p -> folder.relativize(p)
                .toString().replace('\\', '/'))).toList();
        }
        String top = folder.getFileName().toString();
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(knwf))) {
            for (Path f : files) {
                ZipEntry e = new ZipEntry(top + "/" + folder.relativize(f).toString().replace('\\', '/'));
                e.setTimeLocal(ZIP_TIME);
                zip.putNextEntry(e);
                zip.write(Files.readAllBytes(f));
                zip.closeEntry();
            }
        }
    }

    private static void deleteRecursively(final Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
