package org.knime.core.node.port;

import java.io.IOException;

import javax.swing.JComponent;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;

/**
 * The object passed along a connection at execution time. Implementations provide a public static nested
 * serializer class (registered in plugin.xml in KNIME; found by reflection in the stand-in).
 */
public interface PortObject {

    /** The generic port type accepting any port object. */
    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(PortObject.class);

    /** The optional generic port type. */
    public static final PortType TYPE_OPTIONAL = PortTypeRegistry.getInstance().getPortType(PortObject.class, true);

    /**
     * Saves and loads port objects of type {@code T}.
     *
     * @param <T> the port object class
     */
    abstract static class PortObjectSerializer<T extends PortObject> {

        /**
         * @param portObject the object to save (its spec is saved separately)
         * @param out where to write zip entries
         * @param exec for progress and cancellation
         * @throws IOException on write errors
         * @throws CanceledExecutionException if canceled
         */
        public abstract void savePortObject(final T portObject, final PortObjectZipOutputStream out,
            final ExecutionMonitor exec) throws IOException, CanceledExecutionException;

        /**
         * @param in where to read zip entries from
         * @param spec the spec saved along with the object
         * @param exec for progress and cancellation
         * @return the object
         * @throws IOException on read errors
         * @throws CanceledExecutionException if canceled
         */
        public abstract T loadPortObject(final PortObjectZipInputStream in, final PortObjectSpec spec,
            final ExecutionMonitor exec) throws IOException, CanceledExecutionException;

        /** @return the port object class named by the type argument, or PortObject if unresolvable */
        @SuppressWarnings("unchecked")
        Class<T> getObjectClass() {
            Class<?> c = PortTypeRegistry.typeArgument(getClass(), PortObject.class);
            return (Class<T>)(c == null ? PortObject.class : c);
        }
    }

    /** @return a short summary shown in the port tooltip */
    String getSummary();

    /** @return the spec of this object */
    PortObjectSpec getSpec();

    /** @return views of this object */
    public JComponent[] getViews();
}
