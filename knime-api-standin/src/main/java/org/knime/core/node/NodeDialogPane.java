package org.knime.core.node;

import java.awt.BorderLayout;
import java.awt.Component;

import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.port.PortObjectSpec;

/**
 * A Swing settings dialog: a panel with tabs.
 * <p>
 * Stand-in notes: constructs headlessly (no window); there is no flow-variables or job-manager tab.
 */
public abstract class NodeDialogPane {

    private final NodeLogger m_logger = NodeLogger.getLogger(getClass());

    private final JPanel m_panel = new JPanel(new BorderLayout());

    private final JTabbedPane m_tabs = new JTabbedPane();

    /** Creates an empty dialog. */
    protected NodeDialogPane() {
        m_panel.add(m_tabs, BorderLayout.CENTER);
    }

    /** @return the logger */
    protected final NodeLogger getLogger() {
        return m_logger;
    }

    /** @return the panel holding the tabs */
    public final JPanel getPanel() {
        return m_panel;
    }

    /**
     * Loads settings into the dialog; by default casts the specs to table specs and calls the table variant.
     *
     * @param settings the settings
     * @param specs the input specs (entries may be null)
     * @throws NotConfigurableException if the dialog cannot be opened with these specs
     */
    protected void loadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        DataTableSpec[] tableSpecs = new DataTableSpec[specs.length];
        for (int i = 0; i < specs.length; i++) {
            if (specs[i] != null && !(specs[i] instanceof DataTableSpec)) {
                throw new NotConfigurableException("Input Port " + i + " does not hold data table specs. "
                    + "Likely reason: wrong version of loadSettingsFrom() overwritten!");
            }
            tableSpecs[i] = (DataTableSpec)specs[i];
        }
        loadSettingsFrom(settings, tableSpecs);
    }

    /**
     * Table variant; must be overridden if the port-object variant is not.
     *
     * @param settings the settings
     * @param specs the input table specs
     * @throws NotConfigurableException if the dialog cannot be opened with these specs
     */
    protected void loadSettingsFrom(final NodeSettingsRO settings, final DataTableSpec[] specs)
        throws NotConfigurableException {
        throw new NotConfigurableException("NodeDialogPane.loadSettingsFrom() implementation missing!");
    }

    /**
     * @param settings receives the dialog's settings
     * @throws InvalidSettingsException if the entered values are invalid
     */
    protected abstract void saveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException;

    /**
     * @param settings receives the dialog's settings
     * @throws InvalidSettingsException if the entered values are invalid
     */
    public final void finishEditingAndSaveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
        saveSettingsTo(settings);
    }

    /** Called when the dialog opens. */
    public void onOpen() {
        // no-op by default
    }

    /** Called when the dialog closes. */
    public void onClose() {
        // no-op by default
    }

    /** Called when the dialog is canceled. */
    public void onCancel() {
        // no-op by default
    }

    /**
     * @param title the tab title
     * @param comp the tab content (wrapped in a scroll pane)
     */
    protected final void addTab(final String title, final Component comp) {
        addTab(title, comp, true);
    }

    /**
     * @param title the tab title
     * @param comp the tab content
     * @param wrapInScrollPane whether to wrap it in a scroll pane
     */
    protected final void addTab(final String title, final Component comp, final boolean wrapInScrollPane) {
        addTabAt(m_tabs.getTabCount(), title, comp, wrapInScrollPane);
    }

    /**
     * @param index the tab position
     * @param title the tab title
     * @param comp the tab content (wrapped in a scroll pane)
     * @return the index used
     */
    protected final int addTabAt(final int index, final String title, final Component comp) {
        return addTabAt(index, title, comp, true);
    }

    /**
     * @param index the tab position
     * @param title the tab title
     * @param comp the tab content
     * @param wrapInScrollPane whether to wrap it in a scroll pane
     * @return the index used
     */
    protected final int addTabAt(final int index, final String title, final Component comp,
        final boolean wrapInScrollPane) {
        if (title == null || comp == null) {
            throw new NullPointerException("Tab title and component must not be null");
        }
        if (m_tabs.indexOfTab(title) >= 0) {
            throw new IllegalArgumentException("A tab titled \"" + title + "\" already exists");
        }
        int i = Math.max(0, Math.min(index, m_tabs.getTabCount()));
        m_tabs.insertTab(title, null, wrapInScrollPane ? new JScrollPane(comp) : comp, null, i);
        return i;
    }

    /**
     * @param oldName the current title
     * @param newName the new title
     */
    protected final void renameTab(final String oldName, final String newName) {
        int i = m_tabs.indexOfTab(oldName);
        if (i >= 0) {
            m_tabs.setTitleAt(i, newName);
        }
    }

    /**
     * @param tabTitle a tab title
     * @return whether a tab was selected
     */
    protected final boolean setSelected(final String tabTitle) {
        int i = m_tabs.indexOfTab(tabTitle);
        if (i >= 0) {
            m_tabs.setSelectedIndex(i);
        }
        return i >= 0;
    }

    /**
     * @param title a tab title
     * @return the tab's content as added, or null
     */
    protected final Component getTab(final String title) {
        int i = m_tabs.indexOfTab(title);
        if (i < 0) {
            return null;
        }
        Component c = m_tabs.getComponentAt(i);
        return c instanceof JScrollPane sp ? sp.getViewport().getView() : c;
    }

    /** @param name the title of the tab to remove */
    protected final void removeTab(final String name) {
        int i = m_tabs.indexOfTab(name);
        if (i >= 0) {
            m_tabs.removeTabAt(i);
        }
    }
}
