package org.ressin.knime.nodes.imager;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.container.AbstractCellFactory;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.data.image.png.PNGImageCellFactory;
import org.knime.core.node.ExecutionMonitor;
import org.ressin.core.image.Channel;
import org.ressin.core.image.ChannelNames;
import org.ressin.core.image.CompactSignalImage;
import org.ressin.core.image.DoubleSignalImage;
import org.ressin.core.image.ImageSettings;
import org.ressin.core.image.NormalisedGrid;
import org.ressin.core.image.SignalImagePng;
import org.ressin.core.image.SignalImager;
import org.ressin.core.image.TooShortRecordingException;

/**
 * Makes one recording's signal image per row (in parallel; the core's imager is thread-safe) and appends it as
 * {@code signal_image} (the compact image, {@link CompactSignalImage#toBase64()}), {@code signal_image_channels}
 * and {@code signal_image_size} (so a learner can check what it reads) and, optionally, {@code signal_image_png}
 * (an 8-bit preview for the table view).
 */
final class SignalImageCellFactory extends AbstractCellFactory {

    static final String IMAGE = SignalImageColumn.NAME;
    static final String CHANNELS = "signal_image_channels";
    static final String SIZE = "signal_image_size";
    static final String PNG = "signal_image_png";

    private final SignalColumns columns;
    private final ImageSettings base;
    private final String channelNames;
    private final boolean png;
    private final boolean failOnTooShort;
    private final ImagingReport report;
    /** One imager per sampling rate met (the rate is part of the core's settings). */
    private final Map<Integer, SignalImager> imagers = new ConcurrentHashMap<>();

    /**
     * @param base the core settings at the fixed rate; rows with another rate get a copy with theirs
     */
    SignalImageCellFactory(final DataTableSpec in, final SignalColumns columns, final ImageSettings base,
        final boolean png, final boolean failOnTooShort, final ImagingReport report) {
        super(columnSpecs(in, png, base));
        setParallelProcessing(true);
        this.columns = columns;
        this.base = base;
        this.channelNames = ChannelNames.join(base.channels());
        this.png = png;
        this.failOnTooShort = failOnTooShort;
        this.report = report;
    }

    /**
     * The appended columns; names made unique against {@code in}. The image column carries S and the channels as
     * properties ({@link SignalImageColumn}) for the Res-SIN nodes' configure-time checks.
     */
    static DataColumnSpec[] columnSpecs(final DataTableSpec in, final boolean png, final ImageSettings base) {
        List<DataColumnSpec> specs = new ArrayList<>();
        DataColumnSpecCreator image =
            new DataColumnSpecCreator(DataTableSpec.getUniqueColumnName(in, IMAGE), StringCell.TYPE);
        image.setProperties(SignalImageColumn.properties(base.size(), base.channels()));
        specs.add(image.createSpec());
        specs.add(spec(in, CHANNELS, StringCell.TYPE));
        specs.add(spec(in, SIZE, IntCell.TYPE));
        if (png) {
            specs.add(spec(in, PNG, PNGImageCellFactory.TYPE));
        }
        return specs.toArray(DataColumnSpec[]::new);
    }

    private static DataColumnSpec spec(final DataTableSpec in, final String name, final DataType type) {
        return new DataColumnSpecCreator(DataTableSpec.getUniqueColumnName(in, name), type).createSpec();
    }

    @Override
    public DataCell[] getCells(final DataRow row) {
        RowKey key = row.getKey();
        if (columns.missingColumn(row) != null) {
            report.missing(key);
            return missingCells();
        }
        int fs = columns.samplesPerSecond(row, base.samplesPerSecond());
        double[] origin = columns.signal(row, Channel.ORIGIN);
        double[] phasic = columns.signal(row, Channel.PHASIC);
        double[] tonic = columns.signal(row, Channel.TONIC);
        NormalisedGrid grid;
        try {
            grid = imager(fs).grid("in row \"" + key + "\"", origin, phasic, tonic, fs);
        } catch (TooShortRecordingException e) {
            if (failOnTooShort) {
                throw new IllegalArgumentException(e.getMessage() + ". Set \"Too-short recordings\" to \""
                    + SignalImagerSettings.SKIP + "\" to keep such rows without an image.", e);
            }
            report.tooShort(key);
            return missingCells();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + " (columns: " + columns.describe() + ")", e);
        }
        report.constant(grid.constantChannels());
        int size = base.size();
        DataCell[] cells = new DataCell[png ? 4 : 3];
        cells[0] = new StringCell(CompactSignalImage.of(grid, size).toBase64());
        cells[1] = new StringCell(channelNames);
        cells[2] = new IntCell(size);
        if (png) {
            cells[3] = PNGImageCellFactory.create(SignalImagePng.encode(new DoubleSignalImage(grid, size)));
        }
        return cells;
    }

    private SignalImager imager(final int samplesPerSecond) {
        return imagers.computeIfAbsent(samplesPerSecond,
            fs -> new SignalImager(base.withSamplesPerSecond(fs)));
    }

    private DataCell[] missingCells() {
        DataCell[] cells = new DataCell[png ? 4 : 3];
        Arrays.fill(cells, DataType.getMissingCell());
        return cells;
    }

    @Override
    public void setProgress(final long curRowNr, final long rowCount, final RowKey lastKey,
        final ExecutionMonitor exec) {
        exec.setProgress(curRowNr / (double)rowCount,
            () -> "Imaged recording " + curRowNr + " of " + rowCount + " (row \"" + lastKey + "\")");
    }
}
