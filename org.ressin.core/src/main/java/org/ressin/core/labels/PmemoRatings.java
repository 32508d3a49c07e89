package org.ressin.core.labels;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.ressin.core.pmemo.PmemoDataset;
import org.ressin.core.pmemo.RecordingInfo;
import org.ressin.core.pmemo.SongAnnotation;
import org.ressin.core.pmemo.SubjectRating;

/**
 * The ratings of a PMEmo folder that labels are made from: the folder's per-subject ratings and song means,
 * chosen per subject by {@link RatingSelector}. Ratings missing a valence or arousal value cannot be used and
 * are left out with a warning (the selection's warnings come after these).
 */
public final class PmemoRatings {

    private static final int EXAMPLES = 5;

    private PmemoRatings() {}

    /** As {@link #select(PmemoDataset, Collection)} for every recording of the folder's index. */
    public static RatingSelection select(PmemoDataset dataset) throws IOException {
        List<RecordingKey> recordings = new ArrayList<>();
        for (RecordingInfo r : dataset.index().recordings()) {
            recordings.add(new RecordingKey(r.subjectId(), r.musicId()));
        }
        return select(dataset, recordings);
    }

    /**
     * @param dataset    the opened folder
     * @param recordings the (subject, song) pairs that have a recording
     */
    public static RatingSelection select(PmemoDataset dataset, Collection<RecordingKey> recordings) {
        List<String> warnings = new ArrayList<>();
        List<Rating> own = subjectRatings(dataset, warnings);
        List<SongMean> means = songMeans(dataset, warnings);
        RatingSelection selection = RatingSelector.select(own, means, recordings);
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
        return String.join(", ", items.subList(0, Math.min(EXAMPLES, items.size())))
                + (items.size() > EXAMPLES ? ", ..." : "");
    }
}
