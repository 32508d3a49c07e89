package org.ressin.core.baseline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ressin.core.cvxeda.Decomposition;
import org.ressin.core.eda.Recording;
import org.ressin.core.labels.Rating;
import org.ressin.core.labels.RatingSelection;
import org.ressin.core.labels.PmemoRatings;
import org.ressin.core.pipeline.PreparationListener;
import org.ressin.core.pipeline.RecordingDecomposer;
import org.ressin.core.pipeline.RecordingDecomposer.LeftOut;
import org.ressin.core.pipeline.SongWalk;
import org.ressin.core.pmemo.PmemoDataset;

/**
 * The rows of the regression pre-experiment and what was left out. Built song by song: only the fixed-length
 * vectors are kept, never the samples.
 *
 * @param rows          one per usable recording, song by song in column order
 * @param recordings    recordings in the folder
 * @param unrated       left out: no rating (see {@link PmemoRatings})
 * @param tooShort      left out: fewer samples after the discard than the vector length (or than cvxEDA needs)
 * @param missingValues left out: a gap longer than the gap filler fills
 * @param failed        left out: the decomposition failed
 * @param warnings      the rating selection's warnings and one line per kind of left-out recording, with examples
 */
public record RegressionData(List<RegressionRow> rows, int recordings, int unrated, int tooShort, int missingValues,
        int failed, List<String> warnings) {

    public RegressionData {
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
    }

    /**
     * Reads {@code dataset} song by song: for each rated recording, discard the start, fill short gaps, decompose
     * with cvxEDA and featurise raw, tonic and phasic. The rating of a recording is the subject's own where
     * present, else the song mean ({@link PmemoRatings}, as for the labels); a pair rated twice uses its first
     * rating.
     *
     * @throws IllegalArgumentException naming the recording when a setting does not suit it (e.g. a cutoff at or
     *                                  above half its sampling rate)
     */
    public static RegressionData build(PmemoDataset dataset, RegressionDataSettings settings,
            PreparationListener listener) throws IOException {
        RatingSelection selection = PmemoRatings.select(dataset);
        Map<String, Rating> ratingOf = new HashMap<>();
        for (Rating r : selection.ratings()) {
            ratingOf.putIfAbsent(key(r.musicId(), r.subjectId()), r);
        }
        SignalFeaturiser featuriser = settings.featuriser();
        RecordingDecomposer decomposer = new RecordingDecomposer(settings.skipSeconds(), settings.cvxeda(), 0,
                featuriser.points());
        List<RegressionRow> rows = new ArrayList<>();
        Map<String, List<String>> examples = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        SongWalk.run(dataset, settings.threads(), listener, r -> {
            Rating rating = ratingOf.get(key(r.musicId(), r.subjectId()));
            // unrated recordings are not decomposed at all
            return rating == null ? Outcome.leftOut(UNRATED, r.id())
                    : featurise(decomposer.apply(r), rating, featuriser);
        }, o -> {
            if (o.row != null) {
                rows.add(o.row);
            } else {
                counts.merge(o.problem, 1, Integer::sum);
                List<String> ex = examples.computeIfAbsent(o.problem, k -> new ArrayList<>());
                if (ex.size() < 3) ex.add(o.detail);
            }
        });
        int total = dataset.index().recordingCount();
        List<String> warnings = new ArrayList<>(selection.warnings());
        for (String p : List.of(UNRATED, TOO_SHORT, MISSING_VALUES, FAILED)) {
            if (counts.containsKey(p)) {
                warnings.add(counts.get(p) + " recording(s) left out (" + p + "), e.g. "
                        + String.join("; ", examples.get(p)));
            }
        }
        return new RegressionData(rows, total, counts.getOrDefault(UNRATED, 0), counts.getOrDefault(TOO_SHORT, 0),
                counts.getOrDefault(MISSING_VALUES, 0), counts.getOrDefault(FAILED, 0), warnings);
    }

    private static final String UNRATED = "no rating", TOO_SHORT = LeftOut.TOO_SHORT.text(),
            MISSING_VALUES = LeftOut.MISSING_VALUES.text(), FAILED = LeftOut.FAILED.text();

    private static Outcome featurise(RecordingDecomposer.Result result, Rating rating, SignalFeaturiser f) {
        if (result instanceof RecordingDecomposer.Skipped skipped) {
            return Outcome.leftOut(skipped.reason().text(), skipped.detail());
        }
        RecordingDecomposer.Decomposed decomposed = (RecordingDecomposer.Decomposed) result;
        Recording r = decomposed.retained();
        Decomposition d = decomposed.decomposition();
        double fs = r.samplingRate();
        try {
            return new Outcome(new RegressionRow(r.subjectId(), r.musicId(), rating.valence(), rating.arousal(),
                    f.vector(r.samples(), fs), f.vector(d.tonic(), fs), f.vector(d.phasic(), fs)), null, null);
        } catch (IllegalArgumentException e) { // a setting that does not suit the recording, e.g. the cutoff
            throw new IllegalArgumentException("recording " + r.id() + ": " + e.getMessage(), e);
        }
    }

    private static String key(String musicId, String subjectId) {
        return musicId + '\u0000' + subjectId;
    }

    private record Outcome(RegressionRow row, String problem, String detail) {
        static Outcome leftOut(String problem, String detail) {
            return new Outcome(null, problem, detail);
        }
    }
}
