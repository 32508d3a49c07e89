package org.knime.core.node.defaultnodesettings;

import java.awt.Color;

import javax.swing.JPanel;
import javax.swing.JTextField;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * A Swing component editing one {@link SettingsModel}; added to a {@link DefaultNodeSettingsPane}.
 * <p>
 * Stand-in notes: components are plain Swing and construct headlessly; the component refreshes itself when the
 * model changes and copies its state into the model when settings are saved.
 */
public abstract class DialogComponent {

    /** Default foreground of text fields. */
    protected static final Color DEFAULT_FG = new JTextField().getForeground();

    /** Default background of text fields. */
    protected static final Color DEFAULT_BG = new JTextField().getBackground();

    private final SettingsModel m_model;

    private final JPanel m_panel = new JPanel();

    private PortObjectSpec[] m_lastSpecs;

    /** @param model the model edited by this component */
    public DialogComponent(final SettingsModel model) {
        if (model == null) {
            throw new NullPointerException("SettingsModel can't be null.");
        }
        m_model = model;
        model.prependChangeListener(e -> {
            updateComponent();
            setEnabledComponents(model.isEnabled());
        });
    }

    /** @return the panel holding the component's widgets */
    public JPanel getComponentPanel() {
        return m_panel;
    }

    /** @return the model */
    public final SettingsModel getModel() {
        return m_model;
    }

    /**
     * @param portID an input port index
     * @return the spec at that port from the last load, or null
     */
    protected final PortObjectSpec getLastTableSpec(final int portID) {
        return m_lastSpecs == null ? null : m_lastSpecs[portID];
    }

    /** @return the specs from the last load, or null */
    protected final PortObjectSpec[] getLastTableSpecs() {
        return m_lastSpecs;
    }

    /**
     * @param settings the settings
     * @param specs the input specs
     * @throws NotConfigurableException if the component cannot be used with these specs
     */
    public final void loadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        m_lastSpecs = specs;
        checkConfigurabilityBeforeLoad(specs);
        m_model.dlgLoadSettingsFrom(settings, specs);
        updateComponent();
        setEnabledComponents(m_model.isEnabled());
    }

    /** Shows the model's current value. */
    protected abstract void updateComponent();

    /**
     * @param settings receives the model's settings
     * @throws InvalidSettingsException if the entered value is invalid
     */
    public final void saveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
        validateSettingsBeforeSave();
        m_model.dlgSaveSettingsTo(settings);
    }

    /**
     * Copies the entered value into the model.
     *
     * @throws InvalidSettingsException if the entered value is invalid
     */
    protected abstract void validateSettingsBeforeSave() throws InvalidSettingsException;

    /**
     * @param specs the input specs
     * @throws NotConfigurableException if the component cannot be used with them
     */
    protected abstract void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs)
        throws NotConfigurableException;

    /**
     * @param enabled the new enabled status of the model
     * @deprecated enable the model instead
     */
    @Deprecated
    public final void setEnabled(final boolean enabled) {
        m_model.setEnabled(enabled);
    }

    /** @param enabled whether the widgets are enabled */
    protected abstract void setEnabledComponents(final boolean enabled);

    /** @param text the tooltip of the widgets */
    public abstract void setToolTipText(final String text);
}
