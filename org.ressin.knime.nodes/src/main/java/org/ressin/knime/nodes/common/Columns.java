package org.ressin.knime.nodes.common;

import java.util.Arrays;
import java.util.Map;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DataValue;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.LongValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.StringValue;
import org.knime.core.data.collection.ListDataValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.util.ColumnFilter;

/**
 * Column look-ups shared by the Res-SIN nodes: a configured column must exist and have the right type, and the
 * message names the dialog setting and the column. Also the text of ID cells and the numbers of list cells.
 */
public final class Columns {

    /** Value types accepted for subject and song ID columns (PMEmo's IDs are numbers, other tables use text). */
    public static final Class<? extends DataValue>[] ID_TYPES = idTypes();

    /** Columns offered for feature vectors: lists whose elements are numbers. */
    public static final ColumnFilter LIST_OF_DOUBLE = new ColumnFilter() {
        @Override
        public boolean includeColumn(final DataColumnSpec colSpec) {
            return isListOfDouble(colSpec.getType());
        }

        @Override
        public String allFilteredMsg() {
            return "The input has no List of Double column (such as music_features).";
        }
    };

    private Columns() {
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends DataValue>[] idTypes() {
        return new Class[]{StringValue.class, LongValue.class};
    }

    /** Whether {@code type} is a list of numbers. */
    public static boolean isListOfDouble(final DataType type) {
        return type.isCollectionType() && type.isCompatible(ListDataValue.class)
            && type.getCollectionElementType() != null
            && type.getCollectionElementType().isCompatible(DoubleValue.class);
    }

    /** "none" selections of optional columns: null, empty or KNIME's "&lt;none&gt;". */
    public static boolean isNone(final String column) {
        return column == null || column.isEmpty() || column.equals("<none>");
    }

    /** What a column must hold, for checks and messages. */
    public enum Kind {
        /** Subject or song IDs: String or integer. */
        ID("a String or integer column"),
        /** Text, e.g. a Base64 signal image. */
        STRING("a String column"),
        /** Numbers. */
        NUMBER("a numeric column"),
        /** Lists of numbers. */
        LIST_OF_DOUBLE("a List of Double column");

        private final String description;

        Kind(final String description) {
            this.description = description;
        }

        public boolean accepts(final DataType type) {
            return switch (this) {
                case ID -> type.isCompatible(StringValue.class) || type.isCompatible(LongValue.class);
                case STRING -> type.isCompatible(StringValue.class);
                case NUMBER -> type.isCompatible(DoubleValue.class);
                case LIST_OF_DOUBLE -> isListOfDouble(type);
            };
        }
    }

    /**
     * The index of the column a setting names.
     *
     * @param setting the dialog label of the setting, for the message
     * @param where which input, for the message (e.g. "the recordings table")
     * @throws InvalidSettingsException naming setting and column if none is selected, it is absent or of another type
     */
    public static int find(final DataTableSpec spec, final String setting, final String column, final Kind kind,
        final String where) throws InvalidSettingsException {
        if (isNone(column)) {
            throw new InvalidSettingsException("No column selected for \"" + setting + "\"");
        }
        int i = spec.findColumnIndex(column);
        if (i < 0) {
            throw new InvalidSettingsException(
                "Column \"" + column + "\" (setting \"" + setting + "\") is not in " + where);
        }
        DataType type = spec.getColumnSpec(i).getType();
        if (!kind.accepts(type)) {
            throw new InvalidSettingsException("Column \"" + column + "\" (setting \"" + setting + "\") must be "
                + kind.description + ", is " + type.getName());
        }
        return i;
    }

    /** The ID text of an ID cell, or null for a missing cell (String cells as they are, numbers in decimal). */
    public static String id(final DataCell cell) {
        if (cell.isMissing()) {
            return null;
        }
        return cell instanceof StringValue s ? s.getStringValue() : cell.toString();
    }

    /**
     * The numbers of a list cell.
     *
     * @throws IllegalArgumentException naming the row, column and element if an element is missing or not finite
     */
    public static double[] doubles(final ListDataValue list, final RowKey row, final String column) {
        double[] values = new double[list.size()];
        for (int i = 0; i < values.length; i++) {
            DataCell c = list.get(i);
            if (c.isMissing() || !(c instanceof DoubleValue d) || !Double.isFinite(d.getDoubleValue())) {
                throw new IllegalArgumentException("Row \"" + row + "\", column \"" + column + "\": element " + i
                    + " is " + (c.isMissing() ? "missing" : "not a finite number (" + c + ")"));
            }
            values[i] = d.getDoubleValue();
        }
        return values;
    }

    /**
     * A 0/1 class label from a numeric cell (not missing).
     *
     * @throws IllegalArgumentException naming the row and column for any other value
     */
    public static int binaryLabel(final DataCell cell, final RowKey row, final String column) {
        double v = ((DoubleValue)cell).getDoubleValue();
        if (v != 0 && v != 1) {
            throw new IllegalArgumentException("Row \"" + row + "\", column \"" + column + "\": label " + cell
                + " is neither 0 (low) nor 1 (high)");
        }
        return (int)v;
    }

    /**
     * The earlier array of {@code song} if it equals {@code v}, else {@code v} (remembered if it is the song's
     * first): the recordings of one song then share one array (PMEmo: 6,373 doubles per song, not per recording).
     */
    public static double[] sharedPerSong(final Map<String, double[]> bySong, final String song,
        final double[] v) {
        double[] before = bySong.putIfAbsent(song, v);
        return before != null && Arrays.equals(before, v) ? before : v;
    }
}
