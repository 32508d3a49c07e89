package org.ressin.knime.nodes.predictor;

import java.util.Arrays;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.container.AbstractCellFactory;
import org.knime.core.data.container.ColumnRearranger;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.ressin.knime.nodes.common.SettingsNodeModel;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.ressin.knime.nodes.model.Nd4jSetup;
import org.ressin.knime.nodes.model.ResSinModelPortObject;
import org.ressin.knime.nodes.model.ResSinModelPortObjectSpec;

/**
 * Res-SIN Predictor: classifies each row's signal image (and music features) with the core model and appends the
 * predicted class, both class probabilities and optionally the pooled EDA features.
 */
public final class ResSinPredictorNodeModel extends SettingsNodeModel<ResSinPredictorSettings> {

    static final int MODEL = 0;
    static final int TABLE = 1;

    ResSinPredictorNodeModel() {
        super(new PortType[]{ResSinModelPortObject.TYPE, BufferedDataTable.TYPE},
            new PortType[]{BufferedDataTable.TYPE}, new ResSinPredictorSettings());
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        ResSinModelPortObjectSpec model = (ResSinModelPortObjectSpec)inSpecs[MODEL];
        DataTableSpec table = (DataTableSpec)inSpecs[TABLE];
        PredictorColumns columns = PredictorColumns.find(table, model, settings);
        setWarningMessage(columns.remark);
        return new PortObjectSpec[]{rearranger(table, model, null).createSpec()};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        Nd4jSetup.ensure();
        ResSinModelPortObject model = (ResSinModelPortObject)inObjects[MODEL];
        BufferedDataTable table = (BufferedDataTable)inObjects[TABLE];
        PredictorColumns columns = PredictorColumns.find(table.getDataTableSpec(), model.getSpec(), settings);
        Predictions predictions;
        try {
            predictions = Predictions.compute(table, columns, model.model(), settings.appendEdaFeatures(),
                exec.createSubProgress(0.9));
        } catch (OutOfMemoryError e) {
            throw new IllegalStateException("Out of memory while classifying (" + e.getMessage() + ")", e);
        }
        BufferedDataTable out = exec.createColumnRearrangeTable(table,
            rearranger(table.getDataTableSpec(), model.getSpec(), predictions), exec.createSubProgress(0.1));
        String warning = predictions.warning();
        if (columns.remark != null) {
            warning = warning == null ? columns.remark : warning + "\n" + columns.remark;
        }
        setWarningMessage(warning);
        return new PortObject[]{out};
    }

    private ColumnRearranger rearranger(final DataTableSpec in, final ResSinModelPortObjectSpec model,
        final Predictions predictions) {
        ColumnRearranger r = new ColumnRearranger(in);
        r.append(new AbstractCellFactory(PredictorColumns.appended(in, model, settings.appendEdaFeatures())) {
            @Override
            public DataCell[] getCells(final DataRow row) {
                DataCell[] cells = predictions.cells(row.getKey());
                if (cells == null) {
                    cells = new DataCell[getColumnSpecs().length];
                    Arrays.fill(cells, DataType.getMissingCell());
                }
                return cells;
            }
        });
        return r;
    }

}
