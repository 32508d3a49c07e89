package org.ressin.knime.nodes.reader;

import org.knime.core.node.NodeDialogPane;
import org.ressin.knime.nodes.common.DialogOnlyNodeFactory;

/** Factory of the EDA Reader node (description in EdaReaderNodeFactory.xml). */
public final class EdaReaderNodeFactory extends DialogOnlyNodeFactory<EdaReaderNodeModel> {

    @Override
    public EdaReaderNodeModel createNodeModel() {
        return new EdaReaderNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new EdaReaderNodeDialog();
    }
}
