package org.ressin.knime.nodes.common;

import java.io.File;
import java.io.IOException;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortType;

/**
 * Base of the Res-SIN node models: the settings live in one {@link NodeSettingsGroup}, and nothing is kept between
 * executions (results are the output tables and ports, which KNIME saves itself), so there are no internals to save.
 * A subclass that keeps state overrides {@link #reset()} and the internals methods.
 *
 * @param <S> the node's settings
 */
public abstract class SettingsNodeModel<S extends NodeSettingsGroup> extends NodeModel {

    /** The node's current settings. */
    protected final S settings;

    protected SettingsNodeModel(final int nrInDataPorts, final int nrOutDataPorts, final S settings) {
        super(nrInDataPorts, nrOutDataPorts);
        this.settings = settings;
    }

    protected SettingsNodeModel(final PortType[] inPortTypes, final PortType[] outPortTypes, final S settings) {
        super(inPortTypes, outPortTypes);
        this.settings = settings;
    }

    @Override
    protected final void saveSettingsTo(final NodeSettingsWO s) {
        settings.saveSettingsTo(s);
    }

    @Override
    protected final void validateSettings(final NodeSettingsRO s) throws InvalidSettingsException {
        settings.validateSettings(s);
    }

    @Override
    protected final void loadValidatedSettingsFrom(final NodeSettingsRO s) throws InvalidSettingsException {
        settings.loadValidatedSettingsFrom(s);
    }

    @Override
    protected void reset() {
        // nothing kept between executions
    }

    @Override
    protected void loadInternals(final File nodeInternDir, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException {
        // no internals
    }

    @Override
    protected void saveInternals(final File nodeInternDir, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException {
        // no internals
    }
}
