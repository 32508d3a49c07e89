package org.ressin.knime.nodes.labeler;

import java.util.Map;
import java.util.OptionalInt;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.container.AbstractCellFactory;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.node.ExecutionMonitor;
import org.ressin.core.labels.PersonalThreshold;
import org.ressin.core.labels.Rating;
import org.ressin.core.labels.TargetThreshold;

/**
 * Appends valence_label, arousal_label (Int, 1 = high) and valence_threshold, arousal_threshold (Double) to each
 * rating row, from the subjects' thresholds the core computed. Cells are missing for a target the subject is
 * excluded from and for rows that were skipped (missing or non-finite values).
 */
final class LabelCellFactory extends AbstractCellFactory {

    static final String VALENCE_LABEL = "valence_label";
    static final String AROUSAL_LABEL = "arousal_label";
    static final String VALENCE_THRESHOLD = "valence_threshold";
    static final String AROUSAL_THRESHOLD = "arousal_threshold";

    private final RatingColumns columns;
    private final Map<String, PersonalThreshold> thresholds;

    LabelCellFactory(final DataTableSpec in, final RatingColumns columns,
        final Map<String, PersonalThreshold> thresholds) {
        super(columnSpecs(in));
        this.columns = columns;
        this.thresholds = thresholds;
    }

    /** The appended columns; names made unique against {@code in}. */
    static DataColumnSpec[] columnSpecs(final DataTableSpec in) {
        return new DataColumnSpec[]{spec(in, VALENCE_LABEL, IntCell.TYPE), spec(in, AROUSAL_LABEL, IntCell.TYPE),
            spec(in, VALENCE_THRESHOLD, DoubleCell.TYPE), spec(in, AROUSAL_THRESHOLD, DoubleCell.TYPE)};
    }

    private static DataColumnSpec spec(final DataTableSpec in, final String name, final DataType type) {
        return new DataColumnSpecCreator(DataTableSpec.getUniqueColumnName(in, name), type).createSpec();
    }

    @Override
    public DataCell[] getCells(final DataRow row) {
        Rating r = columns.rating(row);
        PersonalThreshold t = r == null ? null : thresholds.get(r.subjectId());
        if (t == null) {
            DataCell m = DataType.getMissingCell();
            return new DataCell[]{m, m, m, m};
        }
        return new DataCell[]{label(t.valence(), r.valence()), label(t.arousal(), r.arousal()),
            threshold(t.valence()), threshold(t.arousal())};
    }

    private static DataCell label(final TargetThreshold threshold, final double rating) {
        OptionalInt label = threshold.label(rating);
        return label.isPresent() ? new IntCell(label.getAsInt()) : DataType.getMissingCell();
    }

    static DataCell threshold(final TargetThreshold threshold) {
        return Double.isNaN(threshold.value()) ? DataType.getMissingCell() : new DoubleCell(threshold.value());
    }

    @Override
    public void setProgress(final long curRowNr, final long rowCount, final RowKey lastKey,
        final ExecutionMonitor exec) {
        exec.setProgress(curRowNr / (double)rowCount, () -> "Labelled row " + curRowNr + " of " + rowCount);
    }
}
