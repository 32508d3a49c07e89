package org.ressin.core.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.ressin.core.labels.Rating;
import org.ressin.core.labels.RatingSelection;
import org.ressin.core.labels.RatingSelector;
import org.ressin.core.labels.RecordingKey;
import org.ressin.core.labels.SongMean;
import org.ressin.core.pmemo.PmemoDataset;
import org.ressin.core.pmemo.RecordingInfo;
import org.ressin.core.pmemo.SongAnnotation;
import org.ressin.core.pmemo.SubjectRating;

/**
 * The ratings a PMEmo folder offers for labelling: each subject's own ratings where present, else the means of
 * the songs the subject heard ({@link RatingSelector}). Ratings missing a value are left out with a warning.
 */
public final class DatasetRatings {

    private DatasetRatings() {}

    /** Selects the ratings of {@code dataset}; its warnings include the incomplete ratings that were left out. */
    public static RatingSelection select(PmemoDataset dataset) throws IOException {
        List<String> warnings = new ArrayList<>();
        List<RecordingKey> recordings = new ArrayList<>();
        for (RecordingInfo r : dataset.index().recordings()) {
            recordings.add(new RecordingKey(r.subjectId(), r.musicId()));
        }
        RatingSelection selection = RatingSelector.select(subjectRatings(dataset, warnings),
                songMeans(dataset, warnings), recordings);
        warnings.addAll(selection.warnings());
        return new RatingSelection(selection.ratings(), selection.sourceBySubject(), warnings);
    }

    private static List<Rating> subjectRatings(PmemoDataset dataset, List<String> warnings) {
        List<Rating> ratings = new ArrayList<>();
        List<String> incomplete = new ArrayList<>();
        for (SubjectRating r : dataset.subjectRatings()) {
            if (Double.isFinite(r.valence()) && Double.isFinite(r.arousal())) {
                ratings.add(new Rating(r.subjectId(), r.musicId(), r.valence(), r.arousal()));
            } else {
                incomplete.add(r.id());
            }
        }
        if (!incomplete.isEmpty()) {
            warnings.add(incomplete.size() + " per-subject rating(s) in " + dataset.subjectRatingsFile().orElseThrow()
                    + " miss a valence or arousal value and are not used, e.g. " + first(incomplete));
        }
        return ratings;
    }

    private static List<SongMean> songMeans(PmemoDataset dataset, List<String> warnings) {
        List<SongMean> means = new ArrayList<>();
        List<String> incomplete = new ArrayList<>();
        for (SongAnnotation a : dataset.songAnnotations().values()) {
            if (Double.isFinite(a.valence()) && Double.isFinite(a.arousal())) {
                means.add(new SongMean(a.musicId(), a.valence(), a.arousal()));
            } else {
                incomplete.add(a.musicId());
            }
        }
        if (!incomplete.isEmpty()) {
            warnings.add(incomplete.size() + " song(s) miss a mean valence or arousal and give no song-mean rating,"
                    + " e.g. song " + first(incomplete));
        }
        return means;
    }

    private static String first(List<String> items) {
        return String.join(", ", items.subList(0, Math.min(5, items.size()))) + (items.size() > 5 ? ", ..." : "");
    }
}
