package org.ressin.knime.nodes.common;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.util.FileUtil;

/**
 * Turns a path setting into a local path. The setting may be a plain path, a {@code file:} URL or a KNIME URL such
 * as {@code knime://knime.workflow/../data/pmemo-mini}, so that shipped workflows can point at data next to
 * themselves. KNIME resolves the URL (the workflow-relative form needs the executing node's workflow).
 */
public final class LocalPaths {

    private LocalPaths() {
    }

    /**
     * @param value       the setting's value
     * @param settingName the setting as the dialog names it, for messages
     * @return the local path (not checked for existence)
     * @throws InvalidSettingsException naming the setting when the value is empty, malformed or not local
     */
    public static Path resolve(final String value, final String settingName) throws InvalidSettingsException {
        if (value == null || value.isBlank()) {
            throw new InvalidSettingsException(
                "Setting \"" + settingName + "\" is empty: set it in the node's dialog.");
        }
        String v = value.trim();
        try {
            Path path = FileUtil.resolveToPath(FileUtil.toURL(v));
            if (path == null) {
                throw new InvalidSettingsException("Setting \"" + settingName + "\": \"" + v + "\" is not a local"
                    + " file or folder (give a path, a file: URL or a knime://knime.workflow/... URL).");
            }
            return path;
        } catch (MalformedURLException | InvalidPathException | URISyntaxException e) {
            throw new InvalidSettingsException("Setting \"" + settingName + "\": \"" + v
                + "\" is neither a valid path nor a valid URL (" + e.getMessage() + ").", e);
        } catch (IOException e) {
            throw new InvalidSettingsException("Setting \"" + settingName + "\": \"" + v + "\" cannot be resolved ("
                + e.getMessage() + ").", e);
        }
    }
}
