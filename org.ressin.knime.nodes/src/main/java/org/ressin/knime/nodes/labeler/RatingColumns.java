package org.ressin.knime.nodes.labeler;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.LongValue;
import org.knime.core.data.StringValue;
import org.knime.core.node.InvalidSettingsException;
import org.ressin.core.labels.Rating;

/**
 * Where the subject, song, valence and arousal of a rating table are, and how one row becomes a core
 * {@link Rating}. IDs may be String or integer columns (PMEmo's IDs are numbers); ratings are numbers.
 */
final class RatingColumns {

    /** Value types accepted for the subject and song ID columns. */
    static final Class<? extends DataValue>[] ID_TYPES = idTypes();

    private final int subject;
    private final int music;
    private final int valence;
    private final int arousal;

    private RatingColumns(final int subject, final int music, final int valence, final int arousal) {
        this.subject = subject;
        this.music = music;
        this.valence = valence;
        this.arousal = arousal;
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends DataValue>[] idTypes() {
        return new Class[]{StringValue.class, LongValue.class};
    }

    /**
     * Finds the configured columns in {@code spec}.
     *
     * @throws InvalidSettingsException naming the setting and column if one is missing or of the wrong type
     */
    static RatingColumns find(final DataTableSpec spec, final PersonalThresholdLabelerSettings s)
        throws InvalidSettingsException {
        return new RatingColumns(index(spec, "Subject column", s.subjectColumn(), true),
            index(spec, "Song column", s.musicColumn(), true), index(spec, "Valence column", s.valenceColumn(), false),
            index(spec, "Arousal column", s.arousalColumn(), false));
    }

    private static int index(final DataTableSpec spec, final String setting, final String column, final boolean id)
        throws InvalidSettingsException {
        if (column == null || column.isEmpty()) {
            throw new InvalidSettingsException("No column selected for \"" + setting + "\"");
        }
        int i = spec.findColumnIndex(column);
        if (i < 0) {
            throw new InvalidSettingsException("Column \"" + column + "\" (setting \"" + setting
                + "\") is not in the input table");
        }
        DataColumnSpec c = spec.getColumnSpec(i);
        boolean ok = id ? c.getType().isCompatible(StringValue.class) || c.getType().isCompatible(LongValue.class)
            : c.getType().isCompatible(DoubleValue.class);
        if (!ok) {
            throw new InvalidSettingsException("Column \"" + column + "\" (setting \"" + setting + "\") must be "
                + (id ? "a String or integer column" : "a numeric column") + ", is " + c.getType().getName());
        }
        return i;
    }

    int subjectIndex() {
        return subject;
    }

    /** The ID text of an ID cell (never called with a missing cell). */
    static String id(final DataCell cell) {
        return cell instanceof StringValue s ? s.getStringValue() : cell.toString();
    }

    /**
     * The row as a rating, or null if a cell is missing or a rating is not a finite number (such rows are
     * counted and skipped by the node).
     */
    Rating rating(final DataRow row) {
        DataCell s = row.getCell(subject);
        DataCell m = row.getCell(music);
        DataCell v = row.getCell(valence);
        DataCell a = row.getCell(arousal);
        if (s.isMissing() || m.isMissing() || v.isMissing() || a.isMissing()) {
            return null;
        }
        double vv = ((DoubleValue)v).getDoubleValue();
        double av = ((DoubleValue)a).getDoubleValue();
        if (!Double.isFinite(vv) || !Double.isFinite(av)) {
            return null;
        }
        return new Rating(id(s), id(m), vv, av);
    }
}
