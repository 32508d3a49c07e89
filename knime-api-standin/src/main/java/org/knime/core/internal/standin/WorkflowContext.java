package org.knime.core.internal.standin;

import java.nio.file.Path;

/**
 * Stand-in only, not exported: the workflow directory that {@code knime://knime.workflow/} URLs resolve against.
 * In KNIME it comes from the NodeContext of the executing node; here tests set it through
 * {@code StandInHarness.setWorkflowDirectory(Path)}.
 */
public final class WorkflowContext {

    private static volatile Path workflowDirectory;

    private WorkflowContext() {
    }

    /** @return the workflow directory, or null when none is set */
    public static Path getWorkflowDirectory() {
        return workflowDirectory;
    }

    /** @param dir the workflow directory, or null to clear it */
    public static void setWorkflowDirectory(final Path dir) {
        workflowDirectory = dir == null ? null : dir.toAbsolutePath().normalize();
    }
}
