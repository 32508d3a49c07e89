package org.knime.core.node.port;

import java.io.InputStream;
import java.util.zip.ZipInputStream;

/** Zip stream a port object spec is read from; created by the framework only. */
public class PortObjectSpecZipInputStream extends ZipInputStream {

    PortObjectSpecZipInputStream(final InputStream inStream) {
        super(inStream);
    }
}
