package org.ressin.knime.nodes.labeler;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Factory of the Personal Threshold Labeler node (description in PersonalThresholdLabelerNodeFactory.xml). */
public final class PersonalThresholdLabelerNodeFactory extends NodeFactory<PersonalThresholdLabelerNodeModel> {

    @Override
    public PersonalThresholdLabelerNodeModel createNodeModel() {
        return new PersonalThresholdLabelerNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<PersonalThresholdLabelerNodeModel> createNodeView(final int viewIndex,
        final PersonalThresholdLabelerNodeModel nodeModel) {
        return null;
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new PersonalThresholdLabelerNodeDialog();
    }
}
