package org.ressin.core.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.ressin.core.cvxeda.CvxEda;
import org.ressin.core.cvxeda.CvxEdaException;
import org.ressin.core.cvxeda.Decomposition;
import org.ressin.core.cvxeda.GapFiller;
import org.ressin.core.eda.Recording;
import org.ressin.core.image.CompactSignalImage;
import org.ressin.core.image.SignalImager;
import org.ressin.core.image.TooShortRecordingException;
import org.ressin.core.labels.LabeledRating;
import org.ressin.core.labels.LabelingResult;
import org.ressin.core.labels.PersonalLabeler;
import org.ressin.core.labels.PmemoRatings;
import org.ressin.core.pmemo.PmemoDataset;

/**
 * Turns a PMEmo folder into labelled compact signal images (method §1-3): personal labels from the ratings, then
 * song by song: discard the first seconds, decompose with cvxEDA, image. Songs are read one at a time and the
 * recordings of a song are processed in parallel, so memory holds one song's samples plus the compact images.
 */
public final class DatasetPreparer {

    /** Short NaN gaps (up to 1 s) are interpolated as the cvxEDA node does; longer ones leave the recording out. */
    private static final GapFiller GAPS = GapFiller.defaults();

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

        CvxEda cvxEda = new CvxEda(settings.cvxeda());
        SignalImager imager = new SignalImager(settings.images());
        Tally tally = new Tally();
        List<PreparedRecording> prepared = new ArrayList<>();
        int total = dataset.index().recordingCount();
        List<String> songs = dataset.edaSongs();
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "ressin-prepare");
            t.setDaemon(true);
            return t;
        });
        try {
            int done = 0;
            for (int s = 0; s < songs.size(); s++) {
                if (listener.isCancelled()) {
                    throw new CancellationException("preparation cancelled after " + done + " recordings");
                }
                List<Future<Outcome>> outcomes = new ArrayList<>();
                for (Recording r : dataset.readSong(songs.get(s))) {
                    outcomes.add(pool.submit(() -> prepareOne(r, cvxEda, imager)));
                }
                for (Future<Outcome> f : outcomes) {
                    Outcome o = get(f);
                    tally.count(o);
                    if (o.image != null) {
                        LabeledRating l = labelByRecording.get(key(o.musicId, o.subjectId));
                        prepared.add(new PreparedRecording(o.musicId, o.subjectId, o.image,
                                l == null ? OptionalInt.empty() : l.valenceLabel(),
                                l == null ? OptionalInt.empty() : l.arousalLabel()));
                    }
                }
                done += outcomes.size();
                listener.progress(done, total, "song " + (s + 1) + " of " + songs.size());
            }
        } finally {
            pool.shutdownNow();
        }
        return new PreparedDataset(prepared, dataset.musicFeatures(), labels, settings, tally.report(total));
    }

    private Outcome prepareOne(Recording raw, CvxEda cvxEda, SignalImager imager) {
        Recording r = raw.skipSeconds(settings.skipSeconds());
        try {
            r = GAPS.fill(r);
        } catch (CvxEdaException e) {
            return Outcome.problem(r, Problem.MISSING_VALUES, e.getMessage());
        }
        if (r.durationSeconds() < 1.0 || r.length() < CvxEda.minimumLength(settings.cvxeda().version())) {
            return Outcome.problem(r, Problem.TOO_SHORT, r.durationSeconds() + " s after the discard");
        }
        try {
            Decomposition d = cvxEda.decompose(r);
            CompactSignalImage image = imager.image(r.id(), d);
            return new Outcome(r.musicId(), r.subjectId(), image, null, null, !d.status().isAcceptable());
        } catch (TooShortRecordingException e) {
            return Outcome.problem(r, Problem.TOO_SHORT, e.getMessage());
        } catch (IllegalArgumentException e) {
            return Outcome.problem(r, Problem.FAILED, e.getMessage());
        }
    }

    private static Outcome get(Future<Outcome> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException("preparing a recording failed", e.getCause());
        }
    }

    private static String key(String musicId, String subjectId) {
        return musicId + '\u0000' + subjectId;
    }

    private enum Problem { TOO_SHORT, MISSING_VALUES, FAILED }

    private record Outcome(String musicId, String subjectId, CompactSignalImage image, Problem problem,
            String detail, boolean notConverged) {

        static Outcome problem(Recording r, Problem p, String detail) {
            return new Outcome(r.musicId(), r.subjectId(), null, p, r.id() + ": " + detail, false);
        }
    }

    /** Counts outcomes and keeps a few examples per problem for the warnings. */
    private static final class Tally {
        private final Map<Problem, List<String>> examples = new HashMap<>();
        private final Map<Problem, Integer> counts = new HashMap<>();
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
                    + p.name().toLowerCase().replace('_', ' ') + "), e.g. " + String.join("; ", ex)));
            if (notConverged > 0) {
                warnings.add(notConverged + " recording(s) imaged although cvxEDA stopped before its tolerance");
            }
            if (constantChannels > 0) {
                warnings.add(constantChannels + " recording(s) have a constant channel, drawn as zeros");
            }
            return new PreparationReport(total, imaged, counts.getOrDefault(Problem.TOO_SHORT, 0),
                    counts.getOrDefault(Problem.MISSING_VALUES, 0), counts.getOrDefault(Problem.FAILED, 0),
                    notConverged, constantChannels, warnings);
        }
    }
}
