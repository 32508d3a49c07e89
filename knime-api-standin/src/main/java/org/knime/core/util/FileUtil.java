package org.knime.core.util;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLDecoder;
import java.net.URLStreamHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;

import org.knime.core.internal.standin.WorkflowContext;

/**
 * File and URL utilities (subset: URL conversion and resolution to local paths).
 * <p>
 * Stand-in notes: {@code knime://knime.workflow/<relative path>} resolves against the workflow directory set with
 * {@code StandInHarness.setWorkflowDirectory(Path)} (in KNIME: the workflow of the executing node); {@code file:}
 * URLs resolve to their path; every other URL (other {@code knime://} hosts such as mount points, http, ...)
 * resolves to {@code null}. There is no URL connection support for {@code knime:} URLs.
 */
public final class FileUtil {

    private static final String KNIME_PROTOCOL = "knime";

    private static final String WORKFLOW_HOST = "knime.workflow";

    /** The JVM has no handler for knime: URLs (KNIME registers one); this one only lets such URLs exist. */
    private static final URLStreamHandler KNIME_HANDLER = new URLStreamHandler() {
        @Override
        protected URLConnection openConnection(final URL u) throws IOException {
            throw new IOException("The KNIME API stand-in cannot open connections to " + u);
        }
    };

    private FileUtil() {
    }

    /**
     * Tries to convert the given path into a URL. Either the path is already a valid URL or it denotes a local file
     * and is then converted into a file URL.
     *
     * @param path any path
     * @return a URL
     * @throws MalformedURLException if the path is neither a URL nor a proper filesystem path
     * @throws InvalidPathException if the parameter looks like a file system path but is invalid
     */
    public static URL toURL(final String path) throws MalformedURLException, InvalidPathException {
        if (path.isEmpty()) {
            throw new InvalidPathException("", "Empty path");
        }
        String spec = path.replace(" ", "%20"); // replacement of spaces is a fallback only
        if (spec.regionMatches(true, 0, KNIME_PROTOCOL + ":", 0, KNIME_PROTOCOL.length() + 1)) {
            return new URL(null, spec, KNIME_HANDLER);
        }
        try {
            return new URL(spec);
        } catch (MalformedURLException ex) {
            return Paths.get(path).toAbsolutePath().toUri().toURL();
        }
    }

    /**
     * Tries to resolve the given URL into a local path. The method can handle all URLs that are backed by local files
     * especially the 'knime' protocol. If the URL does not denote a local path, <code>null</code> is returned.
     *
     * @param url any URL
     * @return the path or <code>null</code>
     * @throws IOException if an I/O error occurs while resolving the URL
     * @throws URISyntaxException if the passed URL does not conform with RFC2396 for URIs
     */
    public static Path resolveToPath(final URL url) throws IOException, URISyntaxException {
        String protocol = url.getProtocol().toLowerCase(Locale.ROOT);
        if ("file".equals(protocol)) {
            return Paths.get(url.toURI());
        }
        if (KNIME_PROTOCOL.equals(protocol) && WORKFLOW_HOST.equalsIgnoreCase(url.getHost())) {
            Path workflow = WorkflowContext.getWorkflowDirectory();
            if (workflow == null) {
                throw new IOException("No workflow context available to resolve " + url
                    + " (stand-in: call StandInHarness.setWorkflowDirectory first)");
            }
            String relative = URLDecoder.decode(url.getPath(), StandardCharsets.UTF_8).replaceFirst("^/+", "");
            return workflow.resolve(relative).normalize();
        }
        return null;
    }
}
