package org.ressin.knime.nodes.imager;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Factory of the Signal Imager node (description in SignalImagerNodeFactory.xml). */
public final class SignalImagerNodeFactory extends NodeFactory<SignalImagerNodeModel> {

    @Override
    public SignalImagerNodeModel createNodeModel() {
        return new SignalImagerNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<SignalImagerNodeModel> createNodeView(final int viewIndex, final SignalImagerNodeModel nodeModel) {
        return null;
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new SignalImagerNodeDialog();
    }
}
