package org.ressin.knime.nodes.joiner;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Factory of the Fusion Joiner node (description in FusionJoinerNodeFactory.xml). */
public final class FusionJoinerNodeFactory extends NodeFactory<FusionJoinerNodeModel> {

    @Override
    public FusionJoinerNodeModel createNodeModel() {
        return new FusionJoinerNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<FusionJoinerNodeModel> createNodeView(final int viewIndex, final FusionJoinerNodeModel nodeModel) {
        return null;
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new FusionJoinerNodeDialog();
    }
}
