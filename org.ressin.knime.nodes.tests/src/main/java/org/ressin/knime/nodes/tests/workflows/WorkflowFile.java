package org.ressin.knime.nodes.tests.workflows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;

/**
 * A workflow folder as KNIME reads it: workflow.knime (nodes and connections) and each node's settings.xml,
 * read with {@link NodeSettings#loadFromXML}. Ports are as written: 1-based for data ports, 0 is the hidden
 * flow-variable port (workflow format 2.2 and newer).
 */
public final class WorkflowFile {

    /** One node: its id, settings file and the parsed settings.xml. */
    public record Node(int id, String settingsFile, String type, NodeSettings settings) {
        /** @return the factory class name */
        public String factory() throws InvalidSettingsException {
            return settings.getString("factory");
        }
    }

    /** One connection, ports as written (data ports 1-based, 0 = flow variables). */
    public record Connection(int sourceId, int sourcePort, int destId, int destPort) {
    }

    private final Path m_dir;

    private final NodeSettings m_workflow;

    private final Map<Integer, Node> m_nodes = new LinkedHashMap<>();

    private final List<Connection> m_connections = new ArrayList<>();

    private WorkflowFile(final Path dir) throws IOException, InvalidSettingsException {
        m_dir = dir;
        m_workflow = load(dir.resolve("workflow.knime"));
        NodeSettingsRO nodes = m_workflow.getNodeSettings("nodes");
        for (String key : nodes.keySet()) {
            NodeSettingsRO n = nodes.getNodeSettings(key);
            int id = n.getInt("id");
            String file = n.getString("node_settings_file");
            Node node = new Node(id, file, n.getString("node_type"), load(dir.resolve(file)));
            if (m_nodes.put(id, node) != null) {
                throw new InvalidSettingsException("Node id " + id + " appears twice in " + dir);
            }
        }
        NodeSettingsRO connections = m_workflow.getNodeSettings("connections");
        for (String key : connections.keySet()) {
            NodeSettingsRO c = connections.getNodeSettings(key);
            m_connections.add(new Connection(c.getInt("sourceID"), c.getInt("sourcePort"), c.getInt("destID"),
                c.getInt("destPort")));
        }
    }

    /** Reads workflow.knime and every node's settings.xml of a workflow folder. */
    public static WorkflowFile read(final Path dir) throws IOException, InvalidSettingsException {
        return new WorkflowFile(dir);
    }

    /** @return the workflow folder */
    public Path dir() {
        return m_dir;
    }

    /** @return workflow.knime */
    public NodeSettings workflow() {
        return m_workflow;
    }

    /** @return the nodes by id, in file order */
    public Map<Integer, Node> nodes() {
        return m_nodes;
    }

    /** @return the connections in file order */
    public List<Connection> connections() {
        return m_connections;
    }

    private static NodeSettings load(final Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("Missing file " + file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return (NodeSettings)NodeSettings.loadFromXML(in);
        }
    }
}
