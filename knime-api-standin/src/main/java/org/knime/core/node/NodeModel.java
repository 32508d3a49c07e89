package org.knime.core.node;

import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CopyOnWriteArrayList;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.AbstractNodeView.ViewableModel;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.workflow.FlowVariable;

/**
 * The model of a node: settings, configure and execute.
 * <p>
 * Stand-in notes: flow variables live in a per-model map (incoming ones are set by {@code StandInHarness}); views
 * are notified directly; there are no hilite handlers, credentials, loops or streaming.
 */
public abstract class NodeModel implements ViewableModel {

    private final PortType[] m_inPortTypes;

    private final PortType[] m_outPortTypes;

    private volatile String m_warningMessage;

    private final NodeLogger m_logger = NodeLogger.getLogger(getClass());

    /** Incoming and pushed flow variables by name (pushed ones replace incoming ones). */
    private final Map<String, FlowVariable> m_flowVariables = new LinkedHashMap<>();

    private final List<AbstractNodeView<?>> m_views = new CopyOnWriteArrayList<>();

    /**
     * Creates a model whose ports are all data tables.
     *
     * @param nrInDataPorts number of input tables
     * @param nrOutDataPorts number of output tables
     */
    protected NodeModel(final int nrInDataPorts, final int nrOutDataPorts) {
        this(tablePorts(nrInDataPorts), tablePorts(nrOutDataPorts));
    }

    /**
     * @param inPortTypes the input port types
     * @param outPortTypes the output port types
     */
    protected NodeModel(final PortType[] inPortTypes, final PortType[] outPortTypes) {
        m_inPortTypes = checkPorts(inPortTypes, "input");
        m_outPortTypes = checkPorts(outPortTypes, "output");
    }

    private static PortType[] tablePorts(final int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Number of ports must not be negative: " + n);
        }
        PortType[] types = new PortType[n];
        Arrays.fill(types, BufferedDataTable.TYPE);
        return types;
    }

    private static PortType[] checkPorts(final PortType[] types, final String what) {
        if (types == null) {
            throw new NullPointerException("Array of " + what + " port types must not be null");
        }
        for (int i = 0; i < types.length; i++) {
            if (types[i] == null) {
                throw new NullPointerException("The " + what + " port type at index " + i + " is null");
            }
        }
        return types.clone();
    }

    /**
     * @param nodeInternDir the node's internal directory
     * @param exec for progress and cancellation
     * @throws IOException on read errors
     * @throws CanceledExecutionException if canceled
     */
    protected abstract void loadInternals(final File nodeInternDir, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    /**
     * @param nodeInternDir the node's internal directory
     * @param exec for progress and cancellation
     * @throws IOException on write errors
     * @throws CanceledExecutionException if canceled
     */
    protected abstract void saveInternals(final File nodeInternDir, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    /** @return the number of input ports */
    protected final int getNrInPorts() {
        return m_inPortTypes.length;
    }

    /** @return the number of output ports */
    protected final int getNrOutPorts() {
        return m_outPortTypes.length;
    }

    /**
     * @param index an input port index
     * @return its type
     */
    protected final PortType getInPortType(final int index) {
        return m_inPortTypes[index];
    }

    /**
     * @param index an output port index
     * @return its type
     */
    protected final PortType getOutPortType(final int index) {
        return m_outPortTypes[index];
    }

    /** @param settings receives the current settings */
    protected abstract void saveSettingsTo(final NodeSettingsWO settings);

    /**
     * @param settings settings to check without applying them
     * @throws InvalidSettingsException if they are incomplete or invalid
     */
    protected abstract void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException;

    /**
     * @param settings validated settings to apply
     * @throws InvalidSettingsException if they cannot be applied
     */
    protected abstract void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException;

    /**
     * Port-object variant; by default casts to tables and calls {@link #execute(BufferedDataTable[], ExecutionContext)}.
     *
     * @param inObjects the input objects
     * @param exec for progress, cancellation and table creation
     * @return the output objects
     * @throws Exception if execution fails
     */
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        BufferedDataTable[] tables = new BufferedDataTable[inObjects.length];
        for (int i = 0; i < inObjects.length; i++) {
            if (inObjects[i] != null && !(inObjects[i] instanceof BufferedDataTable)) {
                throw new IOException("Input port " + i + " does not hold a data table. "
                    + "Likely reason: wrong version of NodeModel.execute() overwritten!");
            }
            tables[i] = (BufferedDataTable)inObjects[i];
        }
        return execute(tables, exec);
    }

    /**
     * Table variant; must be overridden if the port-object variant is not.
     *
     * @param inData the input tables
     * @param exec for progress, cancellation and table creation
     * @return the output tables
     * @throws Exception if execution fails
     */
    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        throw new IOException("NodeModel.execute() implementation missing!");
    }

    /** Resets the model (drops results of a previous execution). */
    protected abstract void reset();

    /** Called when the node is removed. */
    protected void onDispose() {
        // no-op by default
    }

    /** Notifies the views that the model changed. */
    protected final void stateChanged() {
        for (AbstractNodeView<?> v : m_views) {
            v.callModelChanged();
        }
    }

    /** @param arg passed to the views' updateModel */
    protected final void notifyViews(final Object arg) {
        for (AbstractNodeView<?> v : m_views) {
            v.updateModel(arg);
        }
    }

    void registerView(final AbstractNodeView<?> view) {
        m_views.add(view);
    }

    void unregisterView(final AbstractNodeView<?> view) {
        m_views.remove(view);
    }

    /**
     * Port-object variant; by default casts to table specs and calls {@link #configure(DataTableSpec[])}.
     *
     * @param inSpecs the input specs (entries may be null if unknown)
     * @return the output specs (entries may be null if unknown)
     * @throws InvalidSettingsException if the node cannot be configured
     */
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        DataTableSpec[] specs = new DataTableSpec[inSpecs.length];
        for (int i = 0; i < inSpecs.length; i++) {
            if (inSpecs[i] != null && !(inSpecs[i] instanceof DataTableSpec)) {
                throw new InvalidSettingsException("Input Port " + i + " does not hold data table specs. "
                    + "Likely reason: wrong version of NodeModel.configure() overwritten!");
            }
            specs[i] = (DataTableSpec)inSpecs[i];
        }
        return configure(specs);
    }

    /**
     * Table variant; must be overridden if the port-object variant is not.
     *
     * @param inSpecs the input specs
     * @return the output specs
     * @throws InvalidSettingsException if the node cannot be configured
     */
    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        throw new InvalidSettingsException("NodeModel.configure() implementation missing!");
    }

    /** @param warningMessage the warning shown on the node, or null/blank to clear it */
    protected final void setWarningMessage(final String warningMessage) {
        m_warningMessage = warningMessage == null || warningMessage.isBlank() ? null : warningMessage;
    }

    /** @return the current warning, or null */
    protected final String getWarningMessage() {
        return m_warningMessage;
    }

    /** @return the logger of this node */
    protected final NodeLogger getLogger() {
        return m_logger;
    }

    void putFlowVariable(final FlowVariable v) {
        synchronized (m_flowVariables) {
            m_flowVariables.put(v.getName(), v);
        }
    }

    Map<String, FlowVariable> flowVariables() {
        synchronized (m_flowVariables) {
            return new LinkedHashMap<>(m_flowVariables);
        }
    }

    @SuppressWarnings("deprecation")
    private FlowVariable peek(final String name, final FlowVariable.Type type) {
        synchronized (m_flowVariables) {
            FlowVariable v = m_flowVariables.get(name);
            if (v == null || v.getType() != type) {
                throw new NoSuchElementException("No flow variable \"" + name + "\" of type " + type);
            }
            return v;
        }
    }

    /**
     * @param name variable name
     * @return its value
     * @throws NoSuchElementException if there is no string variable of that name
     */
    @SuppressWarnings("deprecation")
    public final String peekFlowVariableString(final String name) {
        return peek(name, FlowVariable.Type.STRING).getStringValue();
    }

    /**
     * @param name variable name
     * @return its value
     * @throws NoSuchElementException if there is no double variable of that name
     */
    @SuppressWarnings("deprecation")
    public final double peekFlowVariableDouble(final String name) {
        return peek(name, FlowVariable.Type.DOUBLE).getDoubleValue();
    }

    /**
     * @param name variable name
     * @return its value
     * @throws NoSuchElementException if there is no int variable of that name
     */
    @SuppressWarnings("deprecation")
    public final int peekFlowVariableInt(final String name) {
        return peek(name, FlowVariable.Type.INTEGER).getIntValue();
    }

    /**
     * @param name variable name
     * @param value its value
     */
    protected final void pushFlowVariableString(final String name, final String value) {
        putFlowVariable(new FlowVariable(name, value));
    }

    /**
     * @param name variable name
     * @param value its value
     */
    protected final void pushFlowVariableDouble(final String name, final double value) {
        putFlowVariable(new FlowVariable(name, value));
    }

    /**
     * @param name variable name
     * @param value its value
     */
    protected final void pushFlowVariableInt(final String name, final int value) {
        putFlowVariable(new FlowVariable(name, value));
    }
}
