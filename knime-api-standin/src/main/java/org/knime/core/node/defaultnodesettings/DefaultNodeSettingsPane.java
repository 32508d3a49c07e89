package org.knime.core.node.defaultnodesettings;

import java.awt.Component;
import java.util.ArrayList;
import java.util.List;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JPanel;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * A dialog made of {@link DialogComponent}s, laid out in tabs and titled groups; settings are loaded into and saved
 * from all components in the order they were added.
 */
public class DefaultNodeSettingsPane extends NodeDialogPane {

    private static final String DEFAULT_TAB = "Options";

    private final List<DialogComponent> m_components = new ArrayList<>();

    private String m_defaultTabTitle = DEFAULT_TAB;

    private JPanel m_currentTab;

    private JPanel m_currentGroup;

    private boolean m_horizontal;

    /** Creates a dialog with an empty "Options" tab. */
    public DefaultNodeSettingsPane() {
        m_currentTab = newPanel(false);
        addTab(DEFAULT_TAB, m_currentTab);
    }

    private static JPanel newPanel(final boolean horizontal) {
        JPanel p = new JPanel();
        p.setLayout(new BoxLayout(p, horizontal ? BoxLayout.X_AXIS : BoxLayout.Y_AXIS));
        return p;
    }

    /** @param tabTitle the new title of the default tab */
    public void setDefaultTabTitle(final String tabTitle) {
        renameTab(m_defaultTabTitle, tabTitle);
        m_defaultTabTitle = tabTitle;
    }

    /**
     * @param tabTitle the title of a new tab that receives the following components
     * @param index its position
     */
    public void createNewTabAt(final String tabTitle, final int index) {
        closeCurrentGroup();
        m_currentTab = newPanel(false);
        addTabAt(index, tabTitle, m_currentTab);
    }

    /** @param tabTitle the title of a new tab that receives the following components */
    public void createNewTab(final String tabTitle) {
        closeCurrentGroup();
        m_currentTab = newPanel(false);
        addTab(tabTitle, m_currentTab);
    }

    /** @param tabTitle the tab to bring to front */
    public void selectTab(final String tabTitle) {
        setSelected(tabTitle);
    }

    /** @param title the border title of a new group that receives the following components */
    public void createNewGroup(final String title) {
        closeCurrentGroup();
        m_currentGroup = newPanel(m_horizontal);
        m_currentGroup.setBorder(BorderFactory.createTitledBorder(title));
        m_currentTab.add(m_currentGroup);
    }

    /** Ends the current group. */
    public void closeCurrentGroup() {
        m_currentGroup = null;
    }

    /** @param diaC a component added to the current group or tab */
    public void addDialogComponent(final DialogComponent diaC) {
        m_components.add(diaC);
        Component c = diaC.getComponentPanel();
        (m_currentGroup != null ? m_currentGroup : m_currentTab).add(c);
        m_currentTab.add(Box.createVerticalGlue());
    }

    /** @param horizontal whether components of new groups are placed side by side */
    public void setHorizontalPlacement(final boolean horizontal) {
        m_horizontal = horizontal;
    }

    @Override
    public final void loadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        for (DialogComponent c : m_components) {
            c.loadSettingsFrom(settings, specs);
        }
        loadAdditionalSettingsFrom(settings, specs);
    }

    @Override
    public final void saveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
        for (DialogComponent c : m_components) {
            c.saveSettingsTo(settings);
        }
        saveAdditionalSettingsTo(settings);
    }

    /**
     * Hook for settings not handled by components; by default calls the table variant if all specs are tables.
     *
     * @param settings the settings
     * @param specs the input specs
     * @throws NotConfigurableException if the dialog cannot be opened
     */
    public void loadAdditionalSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        DataTableSpec[] tables = new DataTableSpec[specs.length];
        for (int i = 0; i < specs.length; i++) {
            if (specs[i] == null) {
                tables[i] = new DataTableSpec();
            } else if (specs[i] instanceof DataTableSpec t) {
                tables[i] = t;
            } else {
                return;
            }
        }
        loadAdditionalSettingsFrom(settings, tables);
    }

    /**
     * Hook for settings not handled by components.
     *
     * @param settings the settings
     * @param specs the input table specs
     * @throws NotConfigurableException if the dialog cannot be opened
     */
    public void loadAdditionalSettingsFrom(final NodeSettingsRO settings, final DataTableSpec[] specs)
        throws NotConfigurableException {
        // nothing by default
    }

    /**
     * Hook for settings not handled by components.
     *
     * @param settings receives additional settings
     * @throws InvalidSettingsException if they are invalid
     */
    public void saveAdditionalSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
        // nothing by default
    }
}
