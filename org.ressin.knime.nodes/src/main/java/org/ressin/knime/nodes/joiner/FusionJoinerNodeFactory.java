package org.ressin.knime.nodes.joiner;

import org.knime.core.node.NodeDialogPane;
import org.ressin.knime.nodes.common.DialogOnlyNodeFactory;

/** Factory of the Fusion Joiner node (description in FusionJoinerNodeFactory.xml). */
public final class FusionJoinerNodeFactory extends DialogOnlyNodeFactory<FusionJoinerNodeModel> {

    @Override
    public FusionJoinerNodeModel createNodeModel() {
        return new FusionJoinerNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new FusionJoinerNodeDialog();
    }
}
