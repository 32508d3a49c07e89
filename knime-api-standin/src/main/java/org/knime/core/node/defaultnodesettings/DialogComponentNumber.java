package org.knime.core.node.defaultnodesettings;

import java.text.ParseException;

import javax.swing.JLabel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** A label and a spinner for an integer or double model; bounded models limit the spinner. */
public class DialogComponentNumber extends DialogComponent {

    private final JLabel m_label;

    private final JSpinner m_spinner;

    /**
     * @param numberModel an integer or double model
     * @param label the label text
     * @param stepSize the spinner step
     */
    public DialogComponentNumber(final SettingsModelNumber numberModel, final String label, final Number stepSize) {
        this(numberModel, label, stepSize, 10);
    }

    /**
     * @param numberModel an integer or double model
     * @param label the label text
     * @param stepSize the spinner step
     * @param compWidth the editor width in columns
     */
    public DialogComponentNumber(final SettingsModelNumber numberModel, final String label, final Number stepSize,
        final int compWidth) {
        super(numberModel);
        m_label = new JLabel(label);
        m_spinner = new JSpinner(spinnerModel(numberModel, stepSize));
        ((JSpinner.DefaultEditor)m_spinner.getEditor()).getTextField().setColumns(compWidth);
        getComponentPanel().add(m_label);
        getComponentPanel().add(m_spinner);
        updateComponent();
    }

    private static SpinnerNumberModel spinnerModel(final SettingsModelNumber model, final Number step) {
        if (model instanceof SettingsModelIntegerBounded b) {
            return new SpinnerNumberModel(b.getIntValue(), b.getLowerBound(), b.getUpperBound(), step.intValue());
        }
        if (model instanceof SettingsModelInteger i) {
            return new SpinnerNumberModel(i.getIntValue(), Integer.MIN_VALUE, Integer.MAX_VALUE, step.intValue());
        }
        if (model instanceof SettingsModelDoubleBounded b) {
            return new SpinnerNumberModel(b.getDoubleValue(), b.getLowerBound(), b.getUpperBound(),
                step.doubleValue());
        }
        if (model instanceof SettingsModelDouble d) {
            return new SpinnerNumberModel(d.getDoubleValue(), -Double.MAX_VALUE, Double.MAX_VALUE, step.doubleValue());
        }
        throw new IllegalArgumentException("Unsupported number model: " + model);
    }

    @Override
    protected void updateComponent() {
        SettingsModelNumber model = (SettingsModelNumber)getModel();
        Object value = model instanceof SettingsModelInteger i ? (Object)i.getIntValue()
            : (Object)((SettingsModelDouble)model).getDoubleValue();
        if (!value.equals(m_spinner.getValue())) {
            m_spinner.setValue(value);
        }
        setEnabledComponents(model.isEnabled());
    }

    @Override
    protected void validateSettingsBeforeSave() throws InvalidSettingsException {
        try {
            m_spinner.commitEdit();
        } catch (ParseException e) {
            throw new InvalidSettingsException("Please enter a valid number for \"" + m_label.getText().trim() + "\".");
        }
        try {
            ((SettingsModelNumber)getModel()).setNumberValueStr(m_spinner.getValue().toString());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    @Override
    protected void checkConfigurabilityBeforeLoad(final PortObjectSpec[] specs) throws NotConfigurableException {
        // always configurable
    }

    @Override
    protected void setEnabledComponents(final boolean enabled) {
        m_spinner.setEnabled(enabled);
    }

    @Override
    public void setToolTipText(final String text) {
        m_label.setToolTipText(text);
        m_spinner.setToolTipText(text);
    }
}
