package org.ressin.knime.nodes.learner;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Factory of the Res-SIN Learner node (description in ResSinLearnerNodeFactory.xml). */
public final class ResSinLearnerNodeFactory extends NodeFactory<ResSinLearnerNodeModel> {

    @Override
    public ResSinLearnerNodeModel createNodeModel() {
        return new ResSinLearnerNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<ResSinLearnerNodeModel> createNodeView(final int viewIndex,
        final ResSinLearnerNodeModel nodeModel) {
        return null;
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new ResSinLearnerNodeDialog();
    }
}
