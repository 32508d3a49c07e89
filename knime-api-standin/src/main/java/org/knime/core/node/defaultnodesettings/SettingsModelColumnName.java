package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * A column selection that may also be the RowID. Stored as sub-config {@code <configName>} with {@code useRowID}
 * (xboolean) and {@code columnName} (xstring).
 */
public class SettingsModelColumnName extends SettingsModelString {

    private static final String CFG_COLUMN_NAME = "columnName";

    private static final String CFG_ROWID = "useRowID";

    private final String m_configName;

    private boolean m_useRowID;

    /**
     * @param configName the settings key, not empty
     * @param defaultValue the initially selected column
     */
    public SettingsModelColumnName(final String configName, final String defaultValue) {
        super(CFG_COLUMN_NAME, defaultValue);
        if (configName == null || configName.isEmpty()) {
            throw new IllegalArgumentException("The configName must be a non-empty string");
        }
        m_configName = configName;
    }

    private SettingsModelColumnName(final String configName, final String value, final boolean useRowID) {
        super(CFG_COLUMN_NAME, value);
        m_configName = configName;
        m_useRowID = useRowID;
    }

    @Override
    protected SettingsModelColumnName createClone() {
        return new SettingsModelColumnName(m_configName, getStringValue(), m_useRowID);
    }

    @Override
    protected String getConfigName() {
        return m_configName;
    }

    /**
     * @param columnName the selected column (ignored if useRowID)
     * @param useRowID whether the RowID is selected
     */
    public void setSelection(final String columnName, final boolean useRowID) {
        boolean rowIdChanged = m_useRowID != useRowID;
        m_useRowID = useRowID;
        String old = getStringValue();
        boolean nameChanged = columnName == null ? old != null : !columnName.equals(old);
        setStringValue(columnName);
        if (rowIdChanged && !nameChanged) {
            notifyChangeListeners();
        }
    }

    /** @return whether the RowID is selected */
    public boolean useRowID() {
        return m_useRowID;
    }

    /** @return the selected column name */
    public String getColumnName() {
        return getStringValue();
    }

    @Override
    protected void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        NodeSettingsRO sub = settings.getNodeSettings(m_configName);
        sub.getBoolean(CFG_ROWID);
        super.validateSettingsForModel(sub);
    }

    @Override
    protected void saveSettingsForDialog(final NodeSettingsWO settings) throws InvalidSettingsException {
        NodeSettingsWO sub = settings.addNodeSettings(m_configName);
        sub.addBoolean(CFG_ROWID, m_useRowID);
        super.saveSettingsForDialog(sub);
    }

    @Override
    protected void saveSettingsForModel(final NodeSettingsWO settings) {
        NodeSettingsWO sub = settings.addNodeSettings(m_configName);
        sub.addBoolean(CFG_ROWID, m_useRowID);
        super.saveSettingsForModel(sub);
    }

    @Override
    protected void loadSettingsForDialog(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        try {
            NodeSettingsRO sub = settings.getNodeSettings(m_configName);
            setSelection(sub.getString(CFG_COLUMN_NAME, getStringValue()), sub.getBoolean(CFG_ROWID));
        } catch (InvalidSettingsException e) { // NOSONAR keep the current selection
        }
    }

    @Override
    protected void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        NodeSettingsRO sub = settings.getNodeSettings(m_configName);
        boolean useRowId = sub.getBoolean(CFG_ROWID);
        String name = sub.getString(CFG_COLUMN_NAME);
        setSelection(name, useRowId);
    }
}
