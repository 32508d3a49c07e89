package org.knime.core.node.defaultnodesettings;

import javax.swing.JCheckBox;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** A check box for a {@link SettingsModelBoolean}. */
public final class DialogComponentBoolean extends DialogComponent {

    private final JCheckBox m_checkbox;

    /**
     * @param booleanModel the model
     * @param label the check box text
     */
    public DialogComponentBoolean(final SettingsModelBoolean booleanModel, final String label) {
        super(booleanModel);
        m_checkbox = new JCheckBox(label);
        m_checkbox.addItemListener(e -> booleanModel.setBooleanValue(m_checkbox.isSelected()));
        getComponentPanel().add(m_checkbox);
        updateComponent();
    }

    @Override
    protected void updateComponent() {
        boolean value = ((SettingsModelBoolean)getModel()).getBooleanValue();
        if (m_checkbox.isSelected() != value) {
            m_checkbox.setSelected(value);
        }
        setEnabledComponents(getModel().isEnabled());
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        ((SettingsModelBoolean)getModel()).setBooleanValue(m_checkbox.isSelected());
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) throws NotConfigurableException {
        // always configurable
    }

    @Override
    protected void setEnabledComponents(final boolean enabled) {
        m_checkbox.setEnabled(enabled);
    }

    /** @return whether the box is checked */
    public boolean isSelected() {
        return m_checkbox.isSelected();
    }

    @Override
    public void setToolTipText(final String text) {
        m_checkbox.setToolTipText(text);
    }
}
