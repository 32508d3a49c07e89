package org.knime.core.node.port;

import java.io.IOException;
import java.util.zip.ZipEntry;

import javax.swing.JComponent;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContent;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.PortObjectSpec.PortObjectSpecSerializer;

/**
 * Base class of specs whose content is a {@link ModelContent} (saved as {@code content.xml}). Subclasses need a
 * public no-arg constructor.
 */
public abstract class AbstractSimplePortObjectSpec implements PortObjectSpec {

    /** Framework constructor (used by the serializer before {@link #load}). */
    public AbstractSimplePortObjectSpec() {
    }

    /** @param model receives the content */
    protected abstract void save(final ModelContentWO model);

    /**
     * @param model the content written by {@link #save}
     * @throws InvalidSettingsException if the content is invalid
     */
    protected abstract void load(final ModelContentRO model) throws InvalidSettingsException;

    /**
     * Serializer writing {@code content.xml} with the class name and the saved content. An empty subclass is enough.
     *
     * @param <T> the spec class
     */
    public abstract static class AbstractSimplePortObjectSpecSerializer<T extends AbstractSimplePortObjectSpec>
        extends PortObjectSpecSerializer<T> {

        @SuppressWarnings("unchecked")
        @Override
        public T loadPortObjectSpec(final PortObjectSpecZipInputStream in) throws IOException {
            ZipEntry entry = in.getNextEntry();
            if (entry == null || !"content.xml".equals(entry.getName())) {
                throw new IOException("Expected zip entry content.xml, got "
                    + (entry == null ? "end of stream" : entry.getName()));
            }
            ModelContentRO model = ModelContent.loadFromXML(PortTypeRegistry.nonClosing(in));
            return (T)readSpec(model, getSpecClass());
        }

        @Override
        public void savePortObjectSpec(final T portObject, final PortObjectSpecZipOutputStream out)
            throws IOException {
            ModelContent model = new ModelContent("model.xml");
            savePortObjectSpecToModelSettings(portObject, model);
            out.putNextEntry(new ZipEntry("content.xml"));
            model.saveToXML(PortTypeRegistry.nonClosing(out));
        }

        /**
         * @param <T> the spec class
         * @param model content written by {@link #savePortObjectSpecToModelSettings}
         * @return the spec
         * @throws IOException if the content is invalid
         * @throws ClassNotFoundException declared as in KNIME; the stand-in reports a missing class as IOException
         * @throws InstantiationException declared as in KNIME; not thrown by the stand-in
         * @throws IllegalAccessException declared as in KNIME; not thrown by the stand-in
         */
        @SuppressWarnings("unchecked")
        public static <T extends AbstractSimplePortObjectSpec> T loadPortObjectSpecFromModelSettings(
            final ModelContentRO model)
            throws IOException, ClassNotFoundException, InstantiationException, IllegalAccessException {
            return (T)readSpec(model, null);
        }

        /**
         * @param <T> the spec class
         * @param spec the spec
         * @param model receives version, class name and the spec's content
         */
        public static <T extends AbstractSimplePortObjectSpec> void savePortObjectSpecToModelSettings(final T spec,
            final ModelContentWO model) {
            model.addInt("version", 1);
            model.addString("class_name", spec.getClass().getName());
            spec.save(model.addModelContent("model"));
        }

        private static AbstractSimplePortObjectSpec readSpec(final ModelContentRO model, final Class<?> hint)
            throws IOException {
            String className;
            try {
                className = model.getString("class_name");
            } catch (InvalidSettingsException e) {
                throw new IOException("Unable to load settings", e);
            }
            AbstractSimplePortObjectSpec result =
                PortTypeRegistry.instantiate(className, hint, AbstractSimplePortObjectSpec.class);
            try {
                result.load(model.getModelContent("model"));
            } catch (InvalidSettingsException e) {
                throw new IOException("Unable to load model content into \"" + result.getClass().getSimpleName()
                    + "\": " + e.getMessage(), e);
            }
            return result;
        }
    }

    /** @return no views in the stand-in */
    @Override
    public JComponent[] getViews() {
        return new JComponent[0];
    }

    /** Equal if the saved contents are equal. */
    @Override
    public boolean equals(final Object ospec) {
        if (ospec == this) {
            return true;
        }
        if (ospec == null || ospec.getClass() != getClass()) {
            return false;
        }
        return content(this).equals(content((AbstractSimplePortObjectSpec)ospec));
    }

    @Override
    public int hashCode() {
        return content(this).hashCode();
    }

    private static ModelContent content(final AbstractSimplePortObjectSpec s) {
        ModelContent c = new ModelContent("ignored");
        s.save(c);
        return c;
    }
}
