package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.workflow.FlowVariable;

/** A double setting, stored as {@code xdouble}. Subclasses restrict values via {@link #validateValue(double)}. */
public class SettingsModelDouble extends SettingsModelNumber implements SettingsModelFlowVariableCompatible {

    private final String m_configName;

    private double m_value;

    /**
     * @param configName the settings key, not empty
     * @param defaultValue the initial value
     */
    public SettingsModelDouble(final String configName, final double defaultValue) {
        if (configName == null || configName.isEmpty()) {
            throw new IllegalArgumentException("The configName must be a non-empty string");
        }
        m_configName = configName;
        m_value = defaultValue;
    }

    @SuppressWarnings("unchecked")
    @Override
    protected SettingsModelDouble createClone() {
        return new SettingsModelDouble(m_configName, m_value);
    }

    @Override
    protected String getModelTypeID() {
        return "SMID_double";
    }

    @Override
    protected String getConfigName() {
        return m_configName;
    }

    /** @param newValue the new value (listeners are notified if it differs) */
    public void setDoubleValue(final double newValue) {
        boolean changed = Double.compare(m_value, newValue) != 0;
        m_value = newValue;
        if (changed) {
            notifyChangeListeners();
        }
    }

    /** @return the value */
    public double getDoubleValue() {
        return m_value;
    }

    @Override
    void setNumberValueStr(final String newValueStr) {
        double parsed;
        try {
            parsed = Double.parseDouble(newValueStr.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid double number format ('" + newValueStr + "')");
        }
        setDoubleValue(parsed);
    }

    @Override
    String getNumberValueStr() {
        return Double.toString(getDoubleValue());
    }

    @Override
    protected void loadSettingsForDialog(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        try {
            setDoubleValue(settings.getDouble(m_configName, m_value));
        } catch (IllegalArgumentException e) { // NOSONAR keep the current value
        } finally {
            // the component may show an invalid value: always refresh it
            notifyChangeListeners();
        }
    }

    @Override
    protected void saveSettingsForDialog(final NodeSettingsWO settings) throws InvalidSettingsException {
        saveSettingsForModel(settings);
    }

    @Override
    protected void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        validateValue(settings.getDouble(m_configName));
    }

    /**
     * Hook for subclasses restricting the value.
     *
     * @param value a value read from settings
     * @throws InvalidSettingsException if it is not allowed
     */
    protected void validateValue(final double value) throws InvalidSettingsException {
        // any value is fine
    }

    @Override
    protected void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        try {
            setDoubleValue(settings.getDouble(m_configName));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage());
        }
    }

    @Override
    protected void saveSettingsForModel(final NodeSettingsWO settings) {
        settings.addDouble(m_configName, m_value);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " ('" + m_configName + "')";
    }

    @Override
    public String getKey() {
        return m_configName;
    }

    @SuppressWarnings("deprecation")
    @Override
    public FlowVariable.Type getFlowVariableType() {
        return FlowVariable.Type.DOUBLE;
    }
}
