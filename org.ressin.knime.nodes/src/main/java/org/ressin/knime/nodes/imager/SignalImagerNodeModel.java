package org.ressin.knime.nodes.imager;

import java.util.List;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.ColumnRearranger;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.ressin.knime.nodes.common.SettingsNodeModel;
import org.ressin.core.image.Channel;

/**
 * Signal Imager: appends each recording's signal image (method §3, made by the core's SignalImager) to the
 * recordings table, computed in parallel over the rows.
 */
public final class SignalImagerNodeModel extends SettingsNodeModel<SignalImagerSettings> {

    SignalImagerNodeModel() {
        super(1, 1, new SignalImagerSettings());
    }

    @Override
    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        return new DataTableSpec[]{rearranger(inSpecs[0], new ImagingReport()).createSpec()};
    }

    @Override
    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        ImagingReport report = new ImagingReport();
        // only the appended columns are stored; KNIME references the input's columns
        BufferedDataTable out =
            exec.createColumnRearrangeTable(inData[0], rearranger(inData[0].getDataTableSpec(), report), exec);
        setWarningMessage(report.warning());
        return new BufferedDataTable[]{out};
    }

    private ColumnRearranger rearranger(final DataTableSpec spec, final ImagingReport report)
        throws InvalidSettingsException {
        settings.check();
        List<Channel> channels = settings.channels();
        SignalColumns columns = SignalColumns.find(spec, settings, channels);
        ColumnRearranger r = new ColumnRearranger(spec);
        r.append(new SignalImageCellFactory(spec, columns, settings.toCore(settings.fixedRate()),
            settings.appendPng(), settings.failOnTooShort(), report));
        return r;
    }

}
