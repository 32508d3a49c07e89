package org.ressin.knime.nodes.learner;

import org.knime.core.node.NodeDialogPane;
import org.ressin.knime.nodes.common.DialogOnlyNodeFactory;

/** Factory of the Res-SIN Learner node (description in ResSinLearnerNodeFactory.xml). */
public final class ResSinLearnerNodeFactory extends DialogOnlyNodeFactory<ResSinLearnerNodeModel> {

    @Override
    public ResSinLearnerNodeModel createNodeModel() {
        return new ResSinLearnerNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new ResSinLearnerNodeDialog();
    }
}
