package org.ressin.knime.nodes.predictor;

import org.knime.core.node.NodeDialogPane;
import org.ressin.knime.nodes.common.DialogOnlyNodeFactory;

/** Factory of the Res-SIN Predictor node (description in ResSinPredictorNodeFactory.xml). */
public final class ResSinPredictorNodeFactory extends DialogOnlyNodeFactory<ResSinPredictorNodeModel> {

    @Override
    public ResSinPredictorNodeModel createNodeModel() {
        return new ResSinPredictorNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new ResSinPredictorNodeDialog();
    }
}
