package org.knime.core.node.defaultnodesettings;

import javax.swing.JLabel;
import javax.swing.JTextField;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** A label and a text field for an integer or double model. */
public class DialogComponentNumberEdit extends DialogComponent {

    private final JLabel m_label;

    private final JTextField m_field;

    /**
     * @param numberModel an integer or double model
     * @param label the label text
     */
    public DialogComponentNumberEdit(final SettingsModelNumber numberModel, final String label) {
        this(numberModel, label, 10);
    }

    /**
     * @param numberModel an integer or double model
     * @param label the label text
     * @param compWidth the text field width in columns
     */
    public DialogComponentNumberEdit(final SettingsModelNumber numberModel, final String label,
        final int compWidth) {
        super(numberModel);
        m_label = new JLabel(label);
        m_field = new JTextField(compWidth);
        getComponentPanel().add(m_label);
        getComponentPanel().add(m_field);
        updateComponent();
    }

    @Override
    protected void updateComponent() {
        String text = ((SettingsModelNumber)getModel()).getNumberValueStr();
        if (!m_field.getText().equals(text)) {
            m_field.setText(text);
        }
        setEnabledComponents(getModel().isEnabled());
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        try {
            ((SettingsModelNumber)getModel()).setNumberValueStr(m_field.getText());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Invalid value for \"" + m_label.getText().trim() + "\": "
                + e.getMessage(), e);
        }
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) throws NotConfigurableException {
        // always configurable
    }

    @Override
    protected void setEnabledComponents(final boolean enabled) {
        m_field.setEnabled(enabled);
    }

    @Override
    public void setToolTipText(final String text) {
        m_label.setToolTipText(text);
        m_field.setToolTipText(text);
    }
}
