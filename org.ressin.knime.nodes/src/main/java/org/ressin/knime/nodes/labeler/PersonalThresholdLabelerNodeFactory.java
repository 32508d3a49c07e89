package org.ressin.knime.nodes.labeler;

import org.knime.core.node.NodeDialogPane;
import org.ressin.knime.nodes.common.DialogOnlyNodeFactory;

/** Factory of the Personal Threshold Labeler node (description in PersonalThresholdLabelerNodeFactory.xml). */
public final class PersonalThresholdLabelerNodeFactory extends DialogOnlyNodeFactory<PersonalThresholdLabelerNodeModel> {

    @Override
    public PersonalThresholdLabelerNodeModel createNodeModel() {
        return new PersonalThresholdLabelerNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new PersonalThresholdLabelerNodeDialog();
    }
}
