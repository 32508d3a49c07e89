package org.ressin.knime.nodes.decomposer;


import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.container.ColumnRearranger;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeLogger;
import org.ressin.knime.nodes.common.SettingsNodeModel;

/**
 * cvxEDA Decomposer: appends phasic, tonic, driver, residual, objective, status and iterations of each row's EDA
 * signal to the input table. The decomposition is the core's {@link org.ressin.core.cvxeda.CvxEda}.
 */
public final class DecomposerNodeModel extends SettingsNodeModel<DecomposerSettings> {

    private static final NodeLogger LOGGER = NodeLogger.getLogger(DecomposerNodeModel.class);

    DecomposerNodeModel() {
        super(1, 1, new DecomposerSettings());
    }

    @Override
    protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
        DecomposerSettings.Resolved config = settings.resolve();
        return new DataTableSpec[] {createRearranger(inSpecs[0], config, null).createSpec()};
    }

    @Override
    protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec) throws Exception {
        BufferedDataTable in = inData[0];
        DecomposerSettings.Resolved config = settings.resolve();
        ColumnRearrangerAndFactory job = createRearranger(in.getDataTableSpec(), config, exec);
        DecomposerCellFactory factory = job.factory();
        // rows are decomposed in parallel by the framework (see DecomposerCellFactory), written in input order
        BufferedDataTable out = exec.createColumnRearrangeTable(in, job.rearranger(), exec);
        String gaps = factory.gapSummary();
        if (gaps != null) {
            LOGGER.info(gaps);
        }
        String warning = factory.warning();
        if (warning != null) {
            setWarningMessage(warning);
        }
        return new BufferedDataTable[] {out};
    }

    /** The rearranger and its factory (which collects what the warning reports). */
    private record ColumnRearrangerAndFactory(ColumnRearranger rearranger, DecomposerCellFactory factory) {
        DataTableSpec createSpec() {
            return rearranger.createSpec();
        }
    }

    private ColumnRearrangerAndFactory createRearranger(DataTableSpec spec, DecomposerSettings.Resolved config,
                                                        ExecutionMonitor exec) throws InvalidSettingsException {
        int signalIndex = signalColumnIndex(spec, config.signalColumn());
        int rateIndex = config.rateColumn() == null ? -1 : rateColumnIndex(spec, config.rateColumn());
        for (DataColumnSpec output : DecomposerCellFactory.outputColumns()) {
            if (spec.containsName(output.getName())) {
                throw new InvalidSettingsException("The input already has a column \"" + output.getName()
                        + "\", which this node appends; rename or remove it first (e.g. with a Column Filter)");
            }
        }
        DecomposerCellFactory factory = new DecomposerCellFactory(config, signalIndex, rateIndex,
                exec == null ? new ExecutionMonitor() : exec);
        ColumnRearranger rearranger = new ColumnRearranger(spec);
        rearranger.append(factory);
        return new ColumnRearrangerAndFactory(rearranger, factory);
    }

    private static int signalColumnIndex(DataTableSpec spec, String name) throws InvalidSettingsException {
        int index = spec.findColumnIndex(name);
        if (index < 0) {
            throw new InvalidSettingsException("The signal column \"" + name + "\" (setting "
                    + DecomposerSettings.KEY_SIGNAL_COLUMN + ") is not in the input table; choose a column that "
                    + "holds each recording's samples as a list of numbers");
        }
        DataColumnSpec column = spec.getColumnSpec(index);
        if (!SignalCells.isSignalColumn(column)) {
            throw new InvalidSettingsException("The signal column \"" + name + "\" (setting "
                    + DecomposerSettings.KEY_SIGNAL_COLUMN + ") has type " + column.getType()
                    + "; it must be a list of numbers (e.g. List of Double)");
        }
        return index;
    }

    private static int rateColumnIndex(DataTableSpec spec, String name) throws InvalidSettingsException {
        int index = spec.findColumnIndex(name);
        if (index < 0) {
            throw new InvalidSettingsException("The sampling-rate column \"" + name + "\" (setting "
                    + DecomposerSettings.KEY_RATE_COLUMN + ") is not in the input table; choose a numeric column "
                    + "or switch off " + DecomposerSettings.KEY_USE_RATE_COLUMN + " and set a fixed rate");
        }
        DataColumnSpec column = spec.getColumnSpec(index);
        if (!column.getType().isCompatible(DoubleValue.class)) {
            throw new InvalidSettingsException("The sampling-rate column \"" + name + "\" (setting "
                    + DecomposerSettings.KEY_RATE_COLUMN + ") has type " + column.getType()
                    + "; it must be numeric (samples per second)");
        }
        return index;
    }

}
