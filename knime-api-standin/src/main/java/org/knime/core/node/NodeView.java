package org.knime.core.node;

import java.awt.Component;

import javax.swing.JLabel;
import javax.swing.JMenuBar;

/**
 * A Swing view of a node model.
 * <p>
 * Stand-in notes: no window is ever shown; opening only records the state and calls {@link #onOpen()}.
 *
 * @param <T> the model class
 */
public abstract class NodeView<T extends NodeModel> extends AbstractNodeView<T> {

    private Component m_component = new JLabel("<No Data>");

    private boolean m_showNoData; // recorded only: the stand-in never renders

    private boolean m_isOpen;

    private String m_titleSuffix;

    private String m_title;

    private JMenuBar m_menuBar;

    /** @param nodeModel the model shown */
    protected NodeView(final T nodeModel) {
        super(nodeModel);
        nodeModel.registerView(this);
    }

    /** @return the model */
    protected T getNodeModel() {
        return getViewableModel();
    }

    /** @param showIt whether a "no data" label replaces the component (recorded only) */
    protected final void setShowNODATALabel(final boolean showIt) {
        m_showNoData = showIt;
    }

    /** Called when the view is closed. */
    protected abstract void onClose();

    /** Called when the view is opened. */
    protected abstract void onOpen();

    /** @return the menu bar (created on first use) */
    public final JMenuBar getJMenuBar() {
        if (m_menuBar == null) {
            m_menuBar = new JMenuBar();
        }
        return m_menuBar;
    }

    @Override
    protected void callOpenView(final String title) {
        m_title = title;
        m_isOpen = true;
        onOpen();
    }

    @Override
    public final void callCloseView() {
        if (m_isOpen) {
            m_isOpen = false;
            getNodeModel().unregisterView(this);
            onClose();
        }
    }

    /** @return whether the view is open */
    protected final boolean isOpen() {
        return m_isOpen;
    }

    /** @param suffix appended to the title */
    protected final void setViewTitleSuffix(final String suffix) {
        m_titleSuffix = suffix;
    }

    /** @return the title including suffix */
    public final String getViewTitle() {
        String t = m_title == null ? getClass().getSimpleName() : m_title;
        return m_titleSuffix == null ? t : t + " " + m_titleSuffix;
    }

    /** @return the view's component */
    protected final Component getComponent() {
        return m_component;
    }

    /** @param comp the view's component */
    protected final void setComponent(final Component comp) {
        m_component = comp;
    }
}
