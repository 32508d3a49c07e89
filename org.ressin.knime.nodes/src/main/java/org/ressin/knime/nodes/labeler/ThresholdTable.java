package org.ressin.knime.nodes.labeler;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.ressin.core.labels.FallbackReason;
import org.ressin.core.labels.PersonalThreshold;
import org.ressin.core.labels.TargetThreshold;

/**
 * The second output: one row per subject with its thresholds, number of ratings, the rule per target (personal,
 * global or excluded) and why it has no personal threshold.
 */
final class ThresholdTable {

    static final String SUBJECT = "subjectId";
    static final String VALENCE_THRESHOLD = "valence_threshold";
    static final String AROUSAL_THRESHOLD = "arousal_threshold";
    static final String RATINGS = "ratings";
    static final String VALENCE_RULE = "valence_rule";
    static final String AROUSAL_RULE = "arousal_rule";
    static final String FALLBACK_REASON = "fallback_reason";

    private ThresholdTable() {
    }

    /** The spec; the subject column keeps the input's type, so IDs join back without conversion. */
    static DataTableSpec spec(final DataTableSpec in, final RatingColumns columns) {
        DataType subjectType = in.getColumnSpec(columns.subjectIndex()).getType();
        return new DataTableSpec(new DataColumnSpecCreator(SUBJECT, subjectType).createSpec(),
            new DataColumnSpecCreator(VALENCE_THRESHOLD, DoubleCell.TYPE).createSpec(),
            new DataColumnSpecCreator(AROUSAL_THRESHOLD, DoubleCell.TYPE).createSpec(),
            new DataColumnSpecCreator(RATINGS, IntCell.TYPE).createSpec(),
            new DataColumnSpecCreator(VALENCE_RULE, StringCell.TYPE).createSpec(),
            new DataColumnSpecCreator(AROUSAL_RULE, StringCell.TYPE).createSpec(),
            new DataColumnSpecCreator(FALLBACK_REASON, StringCell.TYPE).createSpec());
    }

    /**
     * @param subjectCells the first input cell of each subject, by subject ID
     */
    static BufferedDataTable create(final DataTableSpec spec, final Map<String, PersonalThreshold> thresholds,
        final Map<String, DataCell> subjectCells, final ExecutionContext exec) throws CanceledExecutionException {
        BufferedDataContainer out = exec.createDataContainer(spec);
        long i = 0;
        for (PersonalThreshold t : thresholds.values()) {
            exec.checkCanceled();
            out.addRowToTable(new DefaultRow(RowKey.createRowKey(i++), subjectCells.get(t.subjectId()),
                LabelCellFactory.threshold(t.valence()), LabelCellFactory.threshold(t.arousal()),
                new IntCell(t.ratingCount()), new StringCell(t.valence().rule().lowerName()),
                new StringCell(t.arousal().rule().lowerName()), reason(t)));
        }
        out.close();
        return out.getTable();
    }

    /**
     * Missing when both targets are personal; the reason code ("too-few-ratings", "single-value") when only one
     * target has a reason or both share it; else "valence=...;arousal=...".
     */
    static DataCell reason(final PersonalThreshold t) {
        Set<FallbackReason> reasons = new LinkedHashSet<>();
        t.valence().reason().ifPresent(reasons::add);
        t.arousal().reason().ifPresent(reasons::add);
        if (reasons.isEmpty()) {
            return DataType.getMissingCell();
        }
        if (reasons.size() == 1) {
            return new StringCell(reasons.iterator().next().code());
        }
        return new StringCell("valence=" + code(t.valence()) + ";arousal=" + code(t.arousal()));
    }

    private static String code(final TargetThreshold t) {
        return t.reason().map(FallbackReason::code).orElse("none");
    }
}
