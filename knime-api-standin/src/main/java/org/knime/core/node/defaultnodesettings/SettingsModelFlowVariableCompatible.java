package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.workflow.FlowVariable;

/** A settings model whose value can be overwritten by a flow variable. */
public interface SettingsModelFlowVariableCompatible {

    /** @return the settings key */
    public String getKey();

    /** @return the variable type (KNIME's deprecated FlowVariable.Type) */
    @SuppressWarnings("deprecation")
    public FlowVariable.Type getFlowVariableType();
}
