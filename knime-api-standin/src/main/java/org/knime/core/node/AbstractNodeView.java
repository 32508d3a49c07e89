package org.knime.core.node;

/**
 * Base class of node views.
 *
 * @param <T> the model class
 */
public abstract class AbstractNodeView<T extends AbstractNodeView.ViewableModel> {

    /** Marker interface of models that can be shown in views. */
    public static interface ViewableModel {
    }

    private final T m_viewableModel;

    /** @param viewableModel the model shown */
    protected AbstractNodeView(final T viewableModel) {
        if (viewableModel == null) {
            throw new NullPointerException("Model must not be null");
        }
        m_viewableModel = viewableModel;
    }

    /** @return the model */
    protected final T getViewableModel() {
        return m_viewableModel;
    }

    /** Called when the model changed. */
    protected abstract void modelChanged();

    void callModelChanged() {
        modelChanged();
    }

    /** @param arg passed from {@code NodeModel.notifyViews}; no-op by default */
    protected void updateModel(final Object arg) {
        // no-op by default
    }

    /** @param title the title of the view to open */
    protected abstract void callOpenView(final String title);

    /** Closes the view. */
    protected abstract void callCloseView();
}
