package org.ressin.knime.nodes.decomposer;

import org.knime.core.node.NodeDialogPane;
import org.ressin.knime.nodes.common.DialogOnlyNodeFactory;

/** Factory of the cvxEDA Decomposer node; the description is DecomposerNodeFactory.xml. */
public final class DecomposerNodeFactory extends DialogOnlyNodeFactory<DecomposerNodeModel> {

    @Override
    public DecomposerNodeModel createNodeModel() {
        return new DecomposerNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new DecomposerNodeDialog();
    }
}
