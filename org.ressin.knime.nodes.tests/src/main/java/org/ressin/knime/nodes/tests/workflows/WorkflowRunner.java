package org.ressin.knime.nodes.tests.workflows;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.StandInHarness;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.osgi.framework.Bundle;

/**
 * Executes a workflow folder with the stand-in harness, as KNIME would: nodes in topological order, each loaded
 * with its settings.xml {@code model} config, configured with its inputs' specs and executed with its inputs'
 * objects, outputs wired to inputs by the connections. {@code knime://knime.workflow/} URLs resolve against the
 * workflow folder. Only for workflows made of nodes of this bundle.
 */
public final class WorkflowRunner {

    private WorkflowRunner() {
    }

    /**
     * @param bundle the bundle that loads the node factories
     * @return every node's outputs by node id, in execution order
     * @throws Exception whatever a node throws, wrapped with the node's id and name
     */
    public static Map<Integer, PortObject[]> run(final WorkflowFile workflow, final Bundle bundle) throws Exception {
        Map<Integer, List<WorkflowFile.Connection>> incoming = new HashMap<>();
        workflow.connections().stream().filter(c -> c.destPort() > 0)
            .forEach(c -> incoming.computeIfAbsent(c.destId(), k -> new ArrayList<>()).add(c));
        Map<Integer, PortObject[]> outputs = new LinkedHashMap<>();
        Path previous = StandInHarness.getWorkflowDirectory();
        StandInHarness.setWorkflowDirectory(workflow.dir());
        try {
            for (int id : topologicalOrder(workflow)) {
                WorkflowFile.Node node = workflow.nodes().get(id);
                NodeModel model = model(node, bundle);
                int nIn = StandInHarness.getInPortTypes(model).length;
                PortObject[] in = new PortObject[nIn];
                for (WorkflowFile.Connection c : incoming.getOrDefault(id, List.of())) {
                    in[c.destPort() - 1] = outputs.get(c.sourceId())[c.sourcePort() - 1];
                }
                PortObjectSpec[] specs = new PortObjectSpec[nIn];
                for (int p = 0; p < nIn; p++) {
                    if (in[p] == null && StandInHarness.getInPortTypes(model)[p].isOptional()) {
                        continue;
                    }
                    if (in[p] == null) {
                        throw new IllegalStateException("Node #" + id + " (" + node.settings().getString("name")
                            + "): input port " + p + " is not connected");
                    }
                    specs[p] = in[p].getSpec();
                }
                try {
                    StandInHarness.configure(model, specs);
                    outputs.put(id, StandInHarness.execute(model, in));
                } catch (Exception e) {
                    throw new IllegalStateException("Node #" + id + " (" + node.settings().getString("name")
                        + ") failed: " + e.getMessage(), e);
                }
            }
        } finally {
            StandInHarness.setWorkflowDirectory(previous);
        }
        return outputs;
    }

    /** A model of the node's factory with the node's model settings loaded (validated first). */
    public static NodeModel model(final WorkflowFile.Node node, final Bundle bundle) throws Exception {
        NodeFactory<?> factory = (NodeFactory<?>)bundle.loadClass(node.factory()).getDeclaredConstructor()
            .newInstance();
        NodeModel model = factory.createNodeModel();
        try {
            StandInHarness.loadSettingsFrom(model, node.settings().getNodeSettings("model"));
        } catch (InvalidSettingsException e) {
            throw new InvalidSettingsException("Node #" + node.id() + " (" + node.settingsFile()
                + "): the model rejects its stored settings: " + e.getMessage(), e);
        }
        return model;
    }

    /** Node ids so that every node comes after the nodes it takes data from; fails on cycles. */
    public static List<Integer> topologicalOrder(final WorkflowFile workflow) {
        Map<Integer, Integer> missingInputs = new LinkedHashMap<>();
        workflow.nodes().keySet().forEach(id -> missingInputs.put(id, 0));
        Map<Integer, List<Integer>> successors = new HashMap<>();
        for (WorkflowFile.Connection c : workflow.connections()) {
            missingInputs.merge(c.destId(), 1, Integer::sum);
            successors.computeIfAbsent(c.sourceId(), k -> new ArrayList<>()).add(c.destId());
        }
        Deque<Integer> ready = new ArrayDeque<>();
        missingInputs.forEach((id, n) -> {
            if (n == 0) {
                ready.add(id);
            }
        });
        List<Integer> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            int id = ready.poll();
            order.add(id);
            for (int next : successors.getOrDefault(id, List.of())) {
                if (missingInputs.merge(next, -1, Integer::sum) == 0) {
                    ready.add(next);
                }
            }
        }
        if (order.size() != workflow.nodes().size()) {
            throw new IllegalStateException("The connections of " + workflow.dir() + " form a cycle");
        }
        return order;
    }
}
