package org.knime.core.node.port;

import java.io.IOException;

import javax.swing.JComponent;

/**
 * The spec of a port object, known at configure time. Implementations provide a public static nested
 * serializer class (registered in plugin.xml in KNIME; found by reflection in the stand-in).
 */
public interface PortObjectSpec {

    /**
     * Saves and loads specs of type {@code T}.
     *
     * @param <T> the spec class
     */
    abstract static class PortObjectSpecSerializer<T extends PortObjectSpec> {

        /**
         * @param portObjectSpec the spec to save
         * @param out where to write zip entries
         * @throws IOException on write errors
         */
        public abstract void savePortObjectSpec(final T portObjectSpec, final PortObjectSpecZipOutputStream out)
            throws IOException;

        /**
         * @param in where to read zip entries from
         * @return the spec
         * @throws IOException on read errors
         */
        public abstract T loadPortObjectSpec(final PortObjectSpecZipInputStream in) throws IOException;

        /** @return the spec class named by the type argument, or PortObjectSpec if unresolvable */
        @SuppressWarnings("unchecked")
        Class<T> getSpecClass() {
            Class<?> c = PortTypeRegistry.typeArgument(getClass(), PortObjectSpec.class);
            return (Class<T>)(c == null ? PortObjectSpec.class : c);
        }
    }

    /** @return views of this spec (the stand-in's specs return none) */
    public JComponent[] getViews();
}
