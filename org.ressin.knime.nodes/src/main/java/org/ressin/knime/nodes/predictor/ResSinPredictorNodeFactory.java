package org.ressin.knime.nodes.predictor;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Factory of the Res-SIN Predictor node (description in ResSinPredictorNodeFactory.xml). */
public final class ResSinPredictorNodeFactory extends NodeFactory<ResSinPredictorNodeModel> {

    @Override
    public ResSinPredictorNodeModel createNodeModel() {
        return new ResSinPredictorNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<ResSinPredictorNodeModel> createNodeView(final int viewIndex,
        final ResSinPredictorNodeModel nodeModel) {
        return null;
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new ResSinPredictorNodeDialog();
    }
}
