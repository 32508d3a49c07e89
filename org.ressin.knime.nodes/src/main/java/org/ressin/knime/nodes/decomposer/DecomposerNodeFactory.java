package org.ressin.knime.nodes.decomposer;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Factory of the cvxEDA Decomposer node; the description is DecomposerNodeFactory.xml. */
public final class DecomposerNodeFactory extends NodeFactory<DecomposerNodeModel> {

    @Override
    public DecomposerNodeModel createNodeModel() {
        return new DecomposerNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<DecomposerNodeModel> createNodeView(int viewIndex, DecomposerNodeModel nodeModel) {
        return null;
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new DecomposerNodeDialog();
    }
}
