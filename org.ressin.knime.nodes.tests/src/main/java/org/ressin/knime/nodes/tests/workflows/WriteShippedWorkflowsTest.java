package org.ressin.knime.nodes.tests.workflows;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes the shipped workflows into the repository's workflows/ when run with {@code -Dressin.writeWorkflows=true}
 * (see workflows/README.md), and otherwise checks that the committed workflow folders are byte for byte what the
 * generator writes now, so a change of a node's settings cannot leave stale workflows behind.
 */
class WriteShippedWorkflowsTest {

    static final String REGENERATE = "regenerate with: ./mvnw -B verify -Dressin.writeWorkflows=true"
        + " (see workflows/README.md)";

    @TempDir
    Path tmp;

    private static Path workflowsDir() {
        return Path.of(System.getProperty("ressin.repo"), "workflows");
    }

    @Test
    void writeWhenAsked() throws IOException {
        if (!Boolean.getBoolean("ressin.writeWorkflows")) {
            return; // only on request: it changes the repository
        }
        for (WorkflowWriter w : ShippedWorkflows.all()) {
            w.writeTo(workflowsDir());
        }
    }

    @Test
    void committedWorkflowsAreWhatTheGeneratorWrites() throws IOException {
        if (Boolean.getBoolean("ressin.writeWorkflows")) {
            return; // being rewritten in this run
        }
        for (WorkflowWriter w : ShippedWorkflows.all()) {
            Path fresh = tmp.resolve(w.name());
            w.writeFolder(fresh);
            Path committed = workflowsDir().resolve(w.name());
            Map<String, byte[]> expected = files(fresh);
            Map<String, byte[]> actual = files(committed);
            assertEquals(expected.keySet(), actual.keySet(), committed + ": files differ; " + REGENERATE);
            expected.forEach((f, bytes) -> assertArrayEquals(bytes, actual.get(f),
                committed.resolve(f) + " is not what the generator writes; " + REGENERATE));
        }
    }

    static Map<String, byte[]> files(final Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        return out;
    }
}
