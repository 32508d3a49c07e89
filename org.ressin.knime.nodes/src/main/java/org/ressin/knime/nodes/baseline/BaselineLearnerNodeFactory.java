package org.ressin.knime.nodes.baseline;

import org.knime.core.node.NodeDialogPane;
import org.ressin.knime.nodes.common.DialogOnlyNodeFactory;

/** Factory of the Emotion Baseline Learner node (description in BaselineLearnerNodeFactory.xml). */
public final class BaselineLearnerNodeFactory extends DialogOnlyNodeFactory<BaselineLearnerNodeModel> {

    @Override
    public BaselineLearnerNodeModel createNodeModel() {
        return new BaselineLearnerNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new BaselineLearnerNodeDialog();
    }
}
