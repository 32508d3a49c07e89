package org.knime.core.node.port;

import java.io.IOException;
import java.util.zip.ZipEntry;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContent;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.port.PortObject.PortObjectSerializer;

/**
 * Base class of port objects with free-form (binary) zip content. Subclasses need a public no-arg constructor.
 */
public abstract class AbstractPortObject implements PortObject {

    /** Framework constructor (used by the serializer before {@link #load}). */
    public AbstractPortObject() {
    }

    /**
     * Writes the content as zip entries.
     *
     * @param out where to write
     * @param exec for progress and cancellation
     * @throws IOException on write errors
     * @throws CanceledExecutionException if canceled
     */
    protected abstract void save(final PortObjectZipOutputStream out, ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    /**
     * Reads the content written by {@link #save}.
     *
     * @param in where to read
     * @param spec the spec saved with this object
     * @param exec for progress and cancellation
     * @throws IOException on read errors
     * @throws CanceledExecutionException if canceled
     */
    protected abstract void load(final PortObjectZipInputStream in, final PortObjectSpec spec,
        final ExecutionMonitor exec) throws IOException, CanceledExecutionException;

    /**
     * Serializer writing a {@code meta.xml} entry (class name) followed by the object's own entries. An empty
     * subclass is enough.
     *
     * @param <T> the port object class
     */
    public abstract static class AbstractPortObjectSerializer<T extends AbstractPortObject>
        extends PortObjectSerializer<T> {

        @SuppressWarnings("unchecked")
        @Override
        public T loadPortObject(final PortObjectZipInputStream in, final PortObjectSpec spec,
            final ExecutionMonitor exec) throws IOException, CanceledExecutionException {
            ZipEntry entry = in.getNextEntry();
            if (entry == null || !"meta.xml".equals(entry.getName())) {
                throw new IOException("Expected meta.xml file in stream, got "
                    + (entry == null ? "end of stream" : entry.getName()));
            }
            ModelContentRO meta = ModelContent.loadFromXML(PortTypeRegistry.nonClosing(in));
            String className;
            try {
                className = meta.getString("class_name");
            } catch (InvalidSettingsException e) {
                throw new IOException("Unable to load settings", e);
            }
            AbstractPortObject result =
                PortTypeRegistry.instantiate(className, getObjectClass(), AbstractPortObject.class);
            result.load(in, spec, exec);
            return (T)result;
        }

        @Override
        public void savePortObject(final T portObject, final PortObjectZipOutputStream out,
            final ExecutionMonitor exec) throws IOException, CanceledExecutionException {
            out.putNextEntry(new ZipEntry("meta.xml"));
            ModelContent meta = new ModelContent("meta.xml");
            meta.addInt("version", 1);
            meta.addString("class_name", portObject.getClass().getName());
            meta.saveToXML(PortTypeRegistry.nonClosing(out));
            portObject.save(out, exec);
        }
    }
}
