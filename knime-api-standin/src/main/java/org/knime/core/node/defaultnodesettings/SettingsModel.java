package org.knime.core.node.defaultnodesettings;

import java.util.concurrent.CopyOnWriteArrayList;

import javax.swing.event.ChangeEvent;
import javax.swing.event.ChangeListener;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.config.Config;
import org.knime.core.node.port.PortObjectSpec;

/**
 * A setting shared by a node model and its dialog component. Persisted as the value(s) under the config name plus
 * a sub-config {@code <configName>_Internals} holding {@code SettingsModelID} and {@code EnabledStatus}, which is
 * optional on load.
 */
public abstract class SettingsModel {

    /** Suffix of the sub-config holding model ID and enabled status. */
    public static final String CFGKEY_INTERNAL = "_Internals";

    private static final String CFGKEY_MODELID = "SettingsModelID";

    private static final String CFGKEY_ENABLESTAT = "EnabledStatus";

    private final CopyOnWriteArrayList<ChangeListener> m_listeners = new CopyOnWriteArrayList<>();

    private boolean m_enabled = true;

    /** Creates an enabled model. */
    public SettingsModel() {
    }

    /**
     * @param <T> the model class
     * @param settings settings holding a value for this model
     * @return a copy of this model holding the value from the settings
     * @throws InvalidSettingsException if the value is missing or invalid
     */
    public final <T extends SettingsModel> T createCloneWithValidatedValue(final NodeSettingsRO settings)
        throws InvalidSettingsException {
        T clone = createClone();
        SettingsModel c = clone;
        c.m_enabled = m_enabled;
        c.readInternals(settings);
        clone.loadSettingsForModel(settings);
        return clone;
    }

    /**
     * @param <T> the model class
     * @return a copy of this model with the same value and config name
     */
    protected abstract <T extends SettingsModel> T createClone();

    /** @return the model type ID written to {@code SettingsModelID}, e.g. {@code SMID_string} */
    protected abstract String getModelTypeID();

    /** @return the key the value is stored under */
    protected abstract String getConfigName();

    /**
     * Loads the value for the dialog; must tolerate missing values (keep the current one).
     *
     * @param settings the settings
     * @param specs the input specs
     * @throws NotConfigurableException if the dialog cannot be opened
     */
    protected abstract void loadSettingsForDialog(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException;

    /**
     * @param settings receives the value from the dialog
     * @throws InvalidSettingsException if the value is invalid
     */
    protected abstract void saveSettingsForDialog(final NodeSettingsWO settings) throws InvalidSettingsException;

    /** Dialog load: enabled status if present, then the value (errors in the internals are ignored). */
    final void dlgLoadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        try {
            readInternals(settings);
        } catch (InvalidSettingsException e) { // NOSONAR dialogs load whatever they can
        }
        loadSettingsForDialog(settings, specs);
    }

    /** Dialog save: internals, then the value; invalid values of disabled models are dropped silently. */
    final void dlgSaveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
        writeInternals(settings);
        try {
            saveSettingsForDialog(settings);
        } catch (InvalidSettingsException e) {
            if (m_enabled) {
                throw e;
            }
        }
    }

    /** @param l notified on value or enabled-status changes */
    public void addChangeListener(final ChangeListener l) {
        m_listeners.addIfAbsent(l);
    }

    /** @param l notified first on changes */
    protected void prependChangeListener(final ChangeListener l) {
        if (!m_listeners.contains(l)) {
            m_listeners.add(0, l);
        }
    }

    /** @param l the listener to remove */
    public void removeChangeListener(final ChangeListener l) {
        m_listeners.remove(l);
    }

    /** Notifies all listeners. */
    protected void notifyChangeListeners() {
        ChangeEvent e = new ChangeEvent(this);
        for (ChangeListener l : m_listeners) {
            l.stateChanged(e);
        }
    }

    /** @param enabled the new enabled status */
    public void setEnabled(final boolean enabled) {
        boolean changed = m_enabled != enabled;
        m_enabled = enabled;
        if (changed) {
            notifyChangeListeners();
        }
    }

    /** @return whether enabled */
    public boolean isEnabled() {
        return m_enabled;
    }

    /**
     * Checks the value in the settings without changing this model; disabled (per settings) values are not checked.
     *
     * @param settings the settings
     * @throws InvalidSettingsException if the value is missing or invalid
     */
    public final void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        boolean before = m_enabled;
        boolean enabledInSettings;
        try {
            readInternals(settings);
            enabledInSettings = m_enabled;
        } finally {
            m_enabled = before;
        }
        if (enabledInSettings) {
            validateSettingsForModel(settings);
        }
    }

    /**
     * @param settings the settings
     * @throws InvalidSettingsException if the value is missing or invalid
     */
    protected abstract void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException;

    /**
     * Loads enabled status and value; errors are ignored if the model is disabled.
     *
     * @param settings the settings
     * @throws InvalidSettingsException if the value is missing or invalid
     */
    public final void loadSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        readInternals(settings);
        try {
            loadSettingsForModel(settings);
        } catch (InvalidSettingsException e) {
            if (m_enabled) {
                throw e;
            }
        }
    }

    /**
     * @param settings the settings
     * @throws InvalidSettingsException if the value is missing or invalid
     */
    protected abstract void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException;

    /** @param settings receives internals and value */
    public final void saveSettingsTo(final NodeSettingsWO settings) {
        writeInternals(settings);
        saveSettingsForModel(settings);
    }

    /** @param settings receives the value */
    protected abstract void saveSettingsForModel(final NodeSettingsWO settings);

    /** Reads the enabled status from {@code <configName>_Internals}; a missing sub-config is accepted. */
    private void readInternals(final NodeSettingsRO settings) throws InvalidSettingsException {
        Config internals;
        try {
            internals = settings.getConfig(getConfigName() + CFGKEY_INTERNAL);
        } catch (InvalidSettingsException e) {
            return; // written by an old version: keep the current status
        }
        String id = internals.getString(CFGKEY_MODELID);
        m_enabled = internals.getBoolean(CFGKEY_ENABLESTAT);
        assert getModelTypeID().equals(id) : "Settings for " + this + " were written by model type " + id
            + ", not " + getModelTypeID();
    }

    private void writeInternals(final NodeSettingsWO settings) {
        Config internals = settings.addConfig(getConfigName() + CFGKEY_INTERNAL);
        internals.addString(CFGKEY_MODELID, getModelTypeID());
        internals.addBoolean(CFGKEY_ENABLESTAT, m_enabled);
    }

    @Override
    public abstract String toString();
}
