package org.ressin.knime.nodes.joiner;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;

/**
 * What did not match in the join: counted per kind for the warning and the flow variables, and listed row by row
 * for the second output table. Safe to fill from several threads.
 */
final class JoinReport {

    /** The kinds of unmatched rows, with their text in the second output. */
    enum Problem {
        RECORDING_WITHOUT_LABELS("recording without labels", "ressin_recordings_without_labels"),
        RECORDING_WITHOUT_FEATURES("recording without music features", "ressin_recordings_without_features"),
        LABELS_WITHOUT_RECORDING("labels without recording", "ressin_labels_without_recording"),
        FEATURES_WITHOUT_RECORDING("music features without recording", "ressin_features_without_recording");

        final String text;
        final String flowVariable;

        Problem(final String text, final String flowVariable) {
            this.text = text;
            this.flowVariable = flowVariable;
        }
    }

    /** Flow variable with the number of recordings left out of the joined table. */
    static final String REMOVED_VARIABLE = "ressin_recordings_removed";

    private record Entry(Problem problem, String subject, String music, RowKey row) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<Problem, Long> counts = new EnumMap<>(Problem.class);
    private long recordings;
    private long removed;
    private long withoutImage;

    synchronized void add(final Problem problem, final String subject, final String music, final RowKey row) {
        entries.add(new Entry(problem, subject, music, row));
        counts.merge(problem, 1L, Long::sum);
    }

    synchronized void recording(final boolean hasImage) {
        recordings++;
        if (!hasImage) {
            withoutImage++;
        }
    }

    synchronized void removed() {
        removed++;
    }

    synchronized long count(final Problem problem) {
        return counts.getOrDefault(problem, 0L);
    }

    synchronized long removedCount() {
        return removed;
    }

    /** The warning, or null when every recording found its labels (and features) and every label its recording. */
    synchronized String warning(final boolean remove) {
        List<String> parts = new ArrayList<>();
        String fate = remove ? "removed" : "kept with missing cells";
        long noLabels = count(Problem.RECORDING_WITHOUT_LABELS);
        long noFeatures = count(Problem.RECORDING_WITHOUT_FEATURES);
        if (noLabels > 0) {
            parts.add(noLabels + " of " + recordings + " recordings have no labels (" + fate + ")");
        }
        if (noFeatures > 0) {
            parts.add(noFeatures + " of " + recordings + " recordings have no music features (" + fate + ")");
        }
        long orphanLabels = count(Problem.LABELS_WITHOUT_RECORDING);
        if (orphanLabels > 0) {
            parts.add(orphanLabels + " label rows have no recording");
        }
        if (parts.isEmpty() && withoutImage == 0) {
            return null;
        }
        if (withoutImage > 0) {
            parts.add(withoutImage + " recordings have no signal image (missing cell; the learner skips them)");
        }
        String text = String.join("; ", parts) + ".";
        if (remove && removed > 0) {
            text += " " + removed + " recordings were removed in all.";
        }
        if (!entries.isEmpty()) {
            text += " The second output lists the unmatched rows.";
        }
        return text;
    }

    /** The spec of the second output. */
    static DataTableSpec spec() {
        return new DataTableSpec(new String[]{"problem", "subjectId", "musicId", "row"},
            new DataType[]{StringCell.TYPE, StringCell.TYPE, StringCell.TYPE, StringCell.TYPE});
    }

    /** The second output: one row per unmatched row, recordings first, in input order. */
    synchronized BufferedDataTable table(final ExecutionContext exec) throws CanceledExecutionException {
        BufferedDataContainer out = exec.createDataContainer(spec());
        long i = 0;
        for (Entry e : entries) {
            exec.checkCanceled();
            out.addRowToTable(new DefaultRow(RowKey.createRowKey(i++), new StringCell(e.problem().text),
                cell(e.subject()), cell(e.music()), new StringCell(e.row().getString())));
        }
        out.close();
        return out.getTable();
    }

    private static DataCell cell(final String id) {
        return id == null ? DataType.getMissingCell() : new StringCell(id);
    }
}
