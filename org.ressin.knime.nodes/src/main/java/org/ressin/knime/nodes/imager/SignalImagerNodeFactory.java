package org.ressin.knime.nodes.imager;

import org.knime.core.node.NodeDialogPane;
import org.ressin.knime.nodes.common.DialogOnlyNodeFactory;

/** Factory of the Signal Imager node (description in SignalImagerNodeFactory.xml). */
public final class SignalImagerNodeFactory extends DialogOnlyNodeFactory<SignalImagerNodeModel> {

    @Override
    public SignalImagerNodeModel createNodeModel() {
        return new SignalImagerNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new SignalImagerNodeDialog();
    }
}
