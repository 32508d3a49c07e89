package org.ressin.core.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.ressin.core.eda.Recording;
import org.ressin.core.image.CompactSignalImage;
import org.ressin.core.image.SignalImager;
import org.ressin.core.image.TooShortRecordingException;
import org.ressin.core.labels.LabeledRating;
import org.ressin.core.labels.LabelingResult;
import org.ressin.core.labels.PersonalLabeler;
import org.ressin.core.labels.PmemoRatings;
import org.ressin.core.pipeline.RecordingDecomposer.LeftOut;
import org.ressin.core.pmemo.PmemoDataset;

/**
 * Turns a PMEmo folder into labelled compact signal images (method §1-3): personal labels from the ratings, then
 * song by song: discard the first seconds, decompose with cvxEDA, image. Songs are read one at a time and the
 * recordings of a song are processed in parallel, so memory holds one song's samples plus the compact images.
 */
public final class DatasetPreparer {

    private final PreparationSettings settings;

    public DatasetPreparer(PreparationSettings settings) {
        this.settings = settings;
    }

    public PreparedDataset prepare(PmemoDataset dataset, PreparationListener listener) throws IOException {
        LabelingResult labels = new PersonalLabeler(settings.labels()).label(PmemoRatings.select(dataset).ratings());
        Map<String, LabeledRating> labelByRecording = new HashMap<>();
        for (LabeledRating l : labels.labels()) {
            labelByRecording.put(key(l.rating().musicId(), l.rating().subjectId()), l);
        }
        // an image needs at least a second of signal
        RecordingDecomposer decomposer = new RecordingDecomposer(settings.skipSeconds(), settings.cvxeda(), 1.0, 0);
        SignalImager imager = new SignalImager(settings.images());
        Tally tally = new Tally();
        List<PreparedRecording> prepared = new ArrayList<>();
        SongWalk.run(dataset, settings.threads(), listener, r -> image(decomposer.apply(r), imager), o -> {
            tally.count(o);
            if (o.image != null) {
                LabeledRating l = labelByRecording.get(key(o.musicId, o.subjectId));
                prepared.add(new PreparedRecording(o.musicId, o.subjectId, o.image,
                        l == null ? OptionalInt.empty() : l.valenceLabel(),
                        l == null ? OptionalInt.empty() : l.arousalLabel()));
            }
        });
        return new PreparedDataset(prepared, dataset.musicFeatures(), labels, settings,
                tally.report(dataset.index().recordingCount()));
    }

    private static Outcome image(RecordingDecomposer.Result result, SignalImager imager) {
        if (result instanceof RecordingDecomposer.Skipped skipped) {
            return Outcome.problem(skipped.reason(), skipped.detail());
        }
        RecordingDecomposer.Decomposed d = (RecordingDecomposer.Decomposed) result;
        Recording r = d.retained();
        try {
            CompactSignalImage image = imager.image(r.id(), d.decomposition());
            return new Outcome(r.musicId(), r.subjectId(), image, null, null,
                    !d.decomposition().status().isAcceptable());
        } catch (TooShortRecordingException e) {
            return Outcome.problem(LeftOut.TOO_SHORT, r.id() + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return Outcome.problem(LeftOut.FAILED, r.id() + ": " + e.getMessage());
        }
    }

    private static String key(String musicId, String subjectId) {
        return musicId + '\u0000' + subjectId;
    }

    private record Outcome(String musicId, String subjectId, CompactSignalImage image, LeftOut problem,
            String detail, boolean notConverged) {

        static Outcome problem(LeftOut p, String detail) {
            return new Outcome(null, null, null, p, detail, false);
        }
    }

    /** Counts outcomes and keeps a few examples per problem for the warnings. */
    private static final class Tally {
        private final Map<LeftOut, List<String>> examples = new HashMap<>();
        private final Map<LeftOut, Integer> counts = new HashMap<>();
        private int imaged;
        private int notConverged;
        private int constantChannels;

        void count(Outcome o) {
            if (o.image != null) {
                imaged++;
                notConverged += o.notConverged ? 1 : 0;
                constantChannels += o.image.constantChannels().isEmpty() ? 0 : 1;
                return;
            }
            counts.merge(o.problem, 1, Integer::sum);
            List<String> ex = examples.computeIfAbsent(o.problem, k -> new ArrayList<>());
            if (ex.size() < 3) {
                ex.add(o.detail);
            }
        }

        PreparationReport report(int total) {
            List<String> warnings = new ArrayList<>();
            examples.forEach((p, ex) -> warnings.add(counts.get(p) + " recording(s) left out ("
                    + p.text() + "), e.g. " + String.join("; ", ex)));
            if (notConverged > 0) {
                warnings.add(notConverged + " recording(s) imaged although cvxEDA stopped before its tolerance");
            }
            if (constantChannels > 0) {
                warnings.add(constantChannels + " recording(s) have a constant channel, drawn as zeros");
            }
            return new PreparationReport(total, imaged, counts.getOrDefault(LeftOut.TOO_SHORT, 0),
                    counts.getOrDefault(LeftOut.MISSING_VALUES, 0), counts.getOrDefault(LeftOut.FAILED, 0),
                    notConverged, constantChannels, warnings);
        }
    }
}
