package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.workflow.FlowVariable;

/** A string setting (may be null), stored as {@code xstring}. */
public class SettingsModelString extends SettingsModel implements SettingsModelFlowVariableCompatible {

    private final String m_configName;

    private String m_value;

    /**
     * @param configName the settings key, not empty
     * @param defaultValue the initial value
     */
    public SettingsModelString(final String configName, final String defaultValue) {
        if (configName == null || configName.isEmpty()) {
            throw new IllegalArgumentException("The configName must be a non-empty string");
        }
        m_configName = configName;
        m_value = defaultValue;
    }

    @SuppressWarnings("unchecked")
    @Override
    protected SettingsModelString createClone() {
        return new SettingsModelString(m_configName, m_value);
    }

    @Override
    protected String getModelTypeID() {
        return "SMID_string";
    }

    @Override
    protected String getConfigName() {
        return m_configName;
    }

    @Override
    protected void loadSettingsForDialog(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        try {
            setStringValue(settings.getString(m_configName, m_value));
        } catch (IllegalArgumentException e) { // NOSONAR keep the current value
        }
    }

    @Override
    protected void saveSettingsForDialog(final NodeSettingsWO settings) throws InvalidSettingsException {
        settings.addString(m_configName, getStringValue());
    }

    /** @param newValue the new value (listeners are notified if it differs) */
    public void setStringValue(final String newValue) {
        boolean same = newValue == null ? m_value == null : newValue.equals(m_value);
        m_value = newValue;
        if (!same) {
            notifyChangeListeners();
        }
    }

    /** @return the value */
    public String getStringValue() {
        return m_value;
    }

    /** @return the value with Java escapes (\n, \t, \\uXXXX, ...) resolved */
    public String getJavaUnescapedStringValue() {
        String s = getStringValue();
        return s == null ? null : s.translateEscapes();
    }

    @Override
    protected void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        settings.getString(m_configName);
    }

    @Override
    protected void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        try {
            setStringValue(settings.getString(m_configName));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage());
        }
    }

    @Override
    protected void saveSettingsForModel(final NodeSettingsWO settings) {
        settings.addString(m_configName, getStringValue());
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
        return FlowVariable.Type.STRING;
    }
}
