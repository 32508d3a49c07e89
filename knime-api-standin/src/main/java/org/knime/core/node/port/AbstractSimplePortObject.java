package org.knime.core.node.port;

import java.io.IOException;
import java.util.zip.ZipEntry;

import javax.swing.JComponent;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContent;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.PortObject.PortObjectSerializer;

/**
 * Base class of port objects whose content is a {@link ModelContent} (saved as {@code content.xml}). Subclasses
 * need a public no-arg constructor.
 */
public abstract class AbstractSimplePortObject implements PortObject {

    /** Framework constructor (used by the serializer before {@link #load}). */
    public AbstractSimplePortObject() {
    }

    /**
     * @param model receives the content
     * @param exec for progress and cancellation
     * @throws CanceledExecutionException if canceled
     */
    protected abstract void save(final ModelContentWO model, final ExecutionMonitor exec)
        throws CanceledExecutionException;

    /**
     * @param model the content written by {@link #save}
     * @param spec the spec saved with this object
     * @param exec for progress and cancellation
     * @throws InvalidSettingsException if the content is invalid
     * @throws CanceledExecutionException if canceled
     */
    protected abstract void load(final ModelContentRO model, final PortObjectSpec spec, final ExecutionMonitor exec)
        throws InvalidSettingsException, CanceledExecutionException;

    /**
     * Serializer writing {@code content.xml} with the class name and the saved model content. An empty subclass is
     * enough.
     *
     * @param <T> the port object class
     */
    public abstract static class AbstractSimplePortObjectSerializer<T extends AbstractSimplePortObject>
        extends PortObjectSerializer<T> {

        @SuppressWarnings("unchecked")
        @Override
        public T loadPortObject(final PortObjectZipInputStream in, final PortObjectSpec spec,
            final ExecutionMonitor exec) throws IOException, CanceledExecutionException {
            ZipEntry entry = in.getNextEntry();
            if (entry == null || !"content.xml".equals(entry.getName())) {
                throw new IOException("Expected zip entry content.xml, got "
                    + (entry == null ? "end of stream" : entry.getName()));
            }
            ModelContentRO model = ModelContent.loadFromXML(PortTypeRegistry.nonClosing(in));
            String className;
            try {
                className = model.getString("class_name");
            } catch (InvalidSettingsException e) {
                throw new IOException("Unable to load settings", e);
            }
            AbstractSimplePortObject result =
                PortTypeRegistry.instantiate(className, getObjectClass(), AbstractSimplePortObject.class);
            try {
                result.load(model.getModelContent("model"), spec, exec);
            } catch (InvalidSettingsException e) {
                throw new IOException("Unable to load model content into \"" + result.getClass().getSimpleName()
                    + "\": " + e.getMessage(), e);
            }
            return (T)result;
        }

        @Override
        public void savePortObject(final T portObject, final PortObjectZipOutputStream out,
            final ExecutionMonitor exec) throws IOException, CanceledExecutionException {
            ModelContent model = new ModelContent("model.xml");
            model.addInt("version", 1);
            model.addString("class_name", portObject.getClass().getName());
            portObject.save(model.addModelContent("model"), exec);
            out.putNextEntry(new ZipEntry("content.xml"));
            model.saveToXML(PortTypeRegistry.nonClosing(out));
        }
    }

    /** @return no views in the stand-in */
    @Override
    public JComponent[] getViews() {
        return new JComponent[0];
    }

    /** Equal if the saved model contents are equal. */
    @Override
    public boolean equals(final Object oport) {
        if (oport == this) {
            return true;
        }
        if (oport == null || oport.getClass() != getClass()) {
            return false;
        }
        return content(this).equals(content((AbstractSimplePortObject)oport));
    }

    @Override
    public int hashCode() {
        return content(this).hashCode();
    }

    private static ModelContent content(final AbstractSimplePortObject o) {
        ModelContent c = new ModelContent("ignored");
        try {
            o.save(c, new ExecutionMonitor());
        } catch (CanceledExecutionException e) {
            // a fresh monitor is never canceled
        }
        return c;
    }
}
