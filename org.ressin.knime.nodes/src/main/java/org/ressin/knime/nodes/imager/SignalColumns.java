package org.ressin.knime.nodes.imager;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.collection.ListDataValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.util.ColumnFilter;
import org.ressin.core.image.Channel;
import org.ressin.core.image.ImageSettings;

/**
 * Where the signals (List of Double columns) and the sampling rate of a recordings table are, and how a row's
 * cells become the arrays and rate the core's imager takes.
 */
final class SignalColumns {

    /** Columns offered for signals: lists whose elements are numbers. */
    static final ColumnFilter LIST_OF_DOUBLE = new ColumnFilter() {
        @Override
        public boolean includeColumn(final DataColumnSpec colSpec) {
            return isListOfDouble(colSpec.getType());
        }

        @Override
        public String allFilteredMsg() {
            return "The input has no List of Double column (signals such as eda, phasic, tonic).";
        }
    };

    private final Map<Channel, Integer> signals;
    private final Map<Channel, String> names;
    private final int rate;
    private final String rateName;

    private SignalColumns(final Map<Channel, Integer> signals, final Map<Channel, String> names, final int rate,
        final String rateName) {
        this.signals = signals;
        this.names = names;
        this.rate = rate;
        this.rateName = rateName;
    }

    static boolean isListOfDouble(final DataType type) {
        return type.isCollectionType() && type.isCompatible(ListDataValue.class)
            && type.getCollectionElementType() != null
            && type.getCollectionElementType().isCompatible(DoubleValue.class);
    }

    /**
     * Finds the columns of the selected channels and the rate column (if one is set).
     *
     * @throws InvalidSettingsException naming the setting and column if one is missing or of the wrong type
     */
    static SignalColumns find(final DataTableSpec spec, final SignalImagerSettings settings,
        final List<Channel> channels) throws InvalidSettingsException {
        Map<Channel, Integer> signals = new EnumMap<>(Channel.class);
        Map<Channel, String> names = new EnumMap<>(Channel.class);
        for (Channel c : channels) {
            String name = settings.column(c);
            int i = index(spec, SignalImagerSettings.columnSetting(c), name);
            DataType type = spec.getColumnSpec(i).getType();
            if (!isListOfDouble(type)) {
                throw new InvalidSettingsException("Column \"" + name + "\" (setting \""
                    + SignalImagerSettings.columnSetting(c) + "\") must be a List of Double column, is "
                    + type.getName());
            }
            signals.put(c, i);
            names.put(c, name);
        }
        String rateName = settings.rateColumn();
        int rate = -1;
        if (rateName != null) {
            rate = index(spec, "Sampling rate column", rateName);
            DataType type = spec.getColumnSpec(rate).getType();
            if (!type.isCompatible(DoubleValue.class)) {
                throw new InvalidSettingsException("Column \"" + rateName + "\" (setting \"Sampling rate column\")"
                    + " must be numeric, is " + type.getName());
            }
        }
        return new SignalColumns(signals, names, rate, rateName);
    }

    private static int index(final DataTableSpec spec, final String setting, final String column)
        throws InvalidSettingsException {
        if (column == null || column.isEmpty()) {
            throw new InvalidSettingsException("No column selected for \"" + setting + "\"");
        }
        int i = spec.findColumnIndex(column);
        if (i < 0) {
            throw new InvalidSettingsException("Column \"" + column + "\" (setting \"" + setting
                + "\") is not in the input table");
        }
        return i;
    }

    /** Which column feeds which channel, for messages: origin = "eda", .... */
    String describe() {
        return names.entrySet().stream().map(e -> e.getKey().lowerName() + " = \"" + e.getValue() + "\"")
            .collect(Collectors.joining(", "));
    }

    /** The first selected column whose cell is missing in {@code row}, or null if none is. */
    String missingColumn(final DataRow row) {
        for (Map.Entry<Channel, Integer> e : signals.entrySet()) {
            if (row.getCell(e.getValue()).isMissing()) {
                return names.get(e.getKey());
            }
        }
        return rate >= 0 && row.getCell(rate).isMissing() ? rateName : null;
    }

    /**
     * The signal of {@code channel} in {@code row}, or null if the channel is not selected. The cell must not be
     * missing ({@link #missingColumn}).
     *
     * @throws IllegalArgumentException naming row, column and position if an element is missing
     */
    double[] signal(final DataRow row, final Channel channel) {
        Integer i = signals.get(channel);
        if (i == null) {
            return null;
        }
        ListDataValue list = (ListDataValue)row.getCell(i);
        double[] values = new double[list.size()];
        int k = 0;
        for (DataCell cell : list) {
            if (cell.isMissing()) {
                throw new IllegalArgumentException("Row \"" + row.getKey() + "\", column \"" + names.get(channel)
                    + "\": element " + k + " of the list is missing");
            }
            values[k++] = ((DoubleValue)cell).getDoubleValue();
        }
        return values;
    }

    /**
     * The row's whole samples per second, from the rate column, or {@code fixedRate} when no column is set.
     *
     * @throws IllegalArgumentException naming row and column if the rate is not a positive whole number
     */
    int samplesPerSecond(final DataRow row, final int fixedRate) {
        if (rate < 0) {
            return fixedRate;
        }
        double hz = ((DoubleValue)row.getCell(rate)).getDoubleValue();
        try {
            return ImageSettings.wholeSamplesPerSecond(hz);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Row \"" + row.getKey() + "\", column \"" + rateName + "\": "
                + e.getMessage(), e);
        }
    }
}
