package org.ressin.knime.nodes.reader;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Factory of the EDA Reader node (description in EdaReaderNodeFactory.xml). */
public final class EdaReaderNodeFactory extends NodeFactory<EdaReaderNodeModel> {

    @Override
    public EdaReaderNodeModel createNodeModel() {
        return new EdaReaderNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<EdaReaderNodeModel> createNodeView(final int viewIndex, final EdaReaderNodeModel nodeModel) {
        return null;
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new EdaReaderNodeDialog();
    }
}
