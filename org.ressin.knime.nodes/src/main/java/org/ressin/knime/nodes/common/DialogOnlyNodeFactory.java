package org.ressin.knime.nodes.common;

import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeView;

/**
 * Base of every Res-SIN node factory: a settings dialog and no Swing view (KNIME retires Swing views; results are
 * tables and the model port's summary). Subclasses create the model and the dialog; the node description is the
 * {@code <SubclassSimpleName>.xml} next to the subclass.
 *
 * @param <T> the node model
 */
public abstract class DialogOnlyNodeFactory<T extends NodeModel> extends NodeFactory<T> {

    @Override
    protected final int getNrNodeViews() {
        return 0;
    }

    @Override
    public final NodeView<T> createNodeView(final int viewIndex, final T nodeModel) {
        return null;
    }

    @Override
    protected final boolean hasDialog() {
        return true;
    }
}
