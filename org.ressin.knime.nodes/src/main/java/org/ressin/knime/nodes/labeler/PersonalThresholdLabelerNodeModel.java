package org.ressin.knime.nodes.labeler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.data.container.ColumnRearranger;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.ressin.knime.nodes.common.SettingsNodeModel;
import org.ressin.core.labels.LabelingResult;
import org.ressin.core.labels.PersonalLabeler;
import org.ressin.core.labels.PersonalThreshold;
import org.ressin.core.labels.Rating;

/**
 * Personal Threshold Labeler: reads the ratings, lets the core's {@link PersonalLabeler} find each subject's
 * thresholds, appends labels to the ratings (port 0) and lists the thresholds per subject (port 1).
 */
public final class PersonalThresholdLabelerNodeModel extends SettingsNodeModel<PersonalThresholdLabelerSettings> {

    PersonalThresholdLabelerNodeModel() {
        super(1, 2, new PersonalThresholdLabelerSettings());
    }

    @Override
    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        settings.toCore();
        RatingColumns columns = RatingColumns.find(inSpecs[0], settings);
        return new DataTableSpec[]{rearranger(inSpecs[0], columns, Map.of()).createSpec(),
            ThresholdTable.spec(inSpecs[0], columns)};
    }

    @Override
    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        BufferedDataTable in = inData[0];
        DataTableSpec spec = in.getDataTableSpec();
        RatingColumns columns = RatingColumns.find(spec, settings);

        exec.setMessage("Reading ratings");
        Ratings ratings = readRatings(in, columns, exec.createSubProgress(0.3));
        exec.setMessage("Finding personal thresholds");
        LabelingResult result = new PersonalLabeler(settings.toCore()).label(ratings.list);
        exec.checkCanceled();

        BufferedDataTable labelled = exec.createColumnRearrangeTable(in,
            rearranger(spec, columns, result.thresholds()), exec.createSubProgress(0.6));
        BufferedDataTable thresholds = ThresholdTable.create(ThresholdTable.spec(spec, columns), result.thresholds(),
            ratings.subjectCells, exec.createSubExecutionContext(0.1));
        setWarningMessage(warning(result, ratings));
        return new BufferedDataTable[]{labelled, thresholds};
    }

    private static ColumnRearranger rearranger(final DataTableSpec spec, final RatingColumns columns,
        final Map<String, PersonalThreshold> thresholds) {
        ColumnRearranger r = new ColumnRearranger(spec);
        r.append(new LabelCellFactory(spec, columns, thresholds));
        return r;
    }

    /** The usable ratings in input order, the first input cell of each subject, and what was skipped. */
    private static final class Ratings {
        final List<Rating> list = new ArrayList<>();
        final Map<String, DataCell> subjectCells = new LinkedHashMap<>();
        long skipped;
        RowKey firstSkipped;
    }

    private static Ratings readRatings(final BufferedDataTable in, final RatingColumns columns,
        final ExecutionMonitor exec) throws CanceledExecutionException {
        Ratings r = new Ratings();
        long done = 0;
        long total = Math.max(1, in.size());
        for (DataRow row : in) {
            exec.checkCanceled();
            Rating rating = columns.rating(row);
            if (rating == null) {
                r.skipped++;
                r.firstSkipped = r.firstSkipped == null ? row.getKey() : r.firstSkipped;
            } else {
                r.list.add(rating);
                r.subjectCells.putIfAbsent(rating.subjectId(), row.getCell(columns.subjectIndex()));
            }
            done++;
            exec.setProgress(done / (double)total);
        }
        return r;
    }

    /** The core's warnings (fallbacks by target and reason, undefined global threshold, repeats) and skips. */
    private static String warning(final LabelingResult result, final Ratings ratings) {
        List<String> parts = new ArrayList<>(result.warnings());
        if (ratings.skipped > 0) {
            parts.add(ratings.skipped + " row(s) with a missing subject, song, valence or arousal, or a rating that"
                + " is not a finite number, were left out and have no labels (first: row \"" + ratings.firstSkipped
                + "\")");
        }
        if (ratings.list.isEmpty()) {
            parts.add("the input has no usable ratings");
        }
        return parts.isEmpty() ? null : String.join("\n", parts);
    }

}
