package org.ressin.knime.nodes.joiner;


import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.ColumnRearranger;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.ressin.knime.nodes.common.SettingsNodeModel;
import org.ressin.knime.nodes.joiner.JoinCellFactory.Joined;
import org.ressin.knime.nodes.joiner.JoinReport.Problem;

/**
 * Fusion Joiner: one row per recording with its signal image, its labels (by subject and song) and its song's music
 * feature vector (port 0); every row that found no partner is counted, warned about and listed (port 1).
 */
public final class FusionJoinerNodeModel extends SettingsNodeModel<FusionJoinerSettings> {

    static final int RECORDINGS = 0;
    static final int FEATURES = 1;
    static final int LABELS = 2;

    FusionJoinerNodeModel() {
        super(3, 2, new FusionJoinerSettings());
    }

    @Override
    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        settings.check();
        JoinColumns columns = JoinColumns.find(inSpecs[RECORDINGS], inSpecs[FEATURES], inSpecs[LABELS], settings);
        JoinCellFactory factory = new JoinCellFactory(inSpecs[RECORDINGS], inSpecs[LABELS], columns, null, null);
        return new DataTableSpec[]{rearranger(inSpecs[RECORDINGS], factory).createSpec(), JoinReport.spec()};
    }

    @Override
    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        DataTableSpec recordings = inData[RECORDINGS].getDataTableSpec();
        DataTableSpec labels = inData[LABELS].getDataTableSpec();
        JoinColumns columns =
            JoinColumns.find(recordings, inData[FEATURES].getDataTableSpec(), labels, settings);
        Lookups lookups = Lookups.read(inData[FEATURES], inData[LABELS], columns, exec.createSubProgress(0.1));
        JoinReport report = new JoinReport();
        JoinCellFactory factory = new JoinCellFactory(recordings, labels, columns, lookups, report);
        ColumnRearranger rearranger = rearranger(recordings, factory);
        ExecutionContext joinExec = exec.createSubExecutionContext(0.85);
        BufferedDataTable joined = settings.removeUnmatched()
            ? joinAndRemove(inData[RECORDINGS], rearranger.createSpec(), factory, report, joinExec)
            // only the appended columns are stored; KNIME references the recordings' columns
            : exec.createColumnRearrangeTable(inData[RECORDINGS], rearranger, joinExec);
        lookups.reportUnused(report);
        BufferedDataTable unmatched = report.table(exec.createSubExecutionContext(0.05));
        setWarningMessage(report.warning(settings.removeUnmatched()));
        for (Problem p : Problem.values()) {
            pushFlowVariableInt(p.flowVariable, (int)report.count(p));
        }
        pushFlowVariableInt(JoinReport.REMOVED_VARIABLE, (int)report.removedCount());
        return new BufferedDataTable[]{joined, unmatched};
    }

    private static ColumnRearranger rearranger(final DataTableSpec recordings, final JoinCellFactory factory) {
        ColumnRearranger r = new ColumnRearranger(recordings);
        r.append(factory);
        return r;
    }

    /** Copies the recordings that found labels (and features, if any) with their appended cells. */
    private static BufferedDataTable joinAndRemove(final BufferedDataTable in, final DataTableSpec spec,
        final JoinCellFactory factory, final JoinReport report, final ExecutionContext exec) throws Exception {
        BufferedDataContainer out = exec.createDataContainer(spec);
        long total = Math.max(1, in.size());
        long i = 0;
        for (DataRow row : in) {
            exec.checkCanceled();
            Joined j = factory.join(row);
            if (j.complete()) {
                DataCell[] cells = new DataCell[row.getNumCells() + j.cells().length];
                for (int c = 0; c < row.getNumCells(); c++) {
                    cells[c] = row.getCell(c);
                }
                System.arraycopy(j.cells(), 0, cells, row.getNumCells(), j.cells().length);
                out.addRowToTable(new DefaultRow(row.getKey(), cells));
            } else {
                report.removed();
            }
            final long n = ++i;
            exec.setProgress(n / (double)total, () -> "Joined recording " + n + " of " + total);
        }
        out.close();
        return out.getTable();
    }

}
