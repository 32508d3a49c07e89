package org.ressin.core.labels;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the ratings that personal thresholds are made from, independently of how the dataset is read.
 *
 * <p>Per subject: a subject with at least one own rating is labelled from its own ratings only (all of them,
 * also songs without a recording: they still tell where the subject's scale splits). Mixing in song means
 * would put two scales into one personal threshold, so recordings of such a subject whose song the subject
 * did not rate get no rating, and a warning counts them. A subject without own ratings is given, for each
 * song it has a recording of, that song's mean rating; recordings of songs without a mean are counted in a
 * warning.
 */
public final class RatingSelector {

    private static final int EXAMPLES = 5;

    private RatingSelector() {}

    /**
     * @param subjectRatings per-subject static ratings; may be empty (the dataset has none)
     * @param songMeans      mean ratings per song; at most one per song
     * @param recordings     the (subject, song) pairs that have a recording; repeats are ignored
     * @throws IllegalArgumentException if a song has two means
     */
    public static RatingSelection select(Collection<Rating> subjectRatings, Collection<SongMean> songMeans,
            Collection<RecordingKey> recordings) {
        Map<String, SongMean> meanBySong = new HashMap<>();
        for (SongMean m : songMeans) {
            if (meanBySong.putIfAbsent(m.musicId(), m) != null) {
                throw new IllegalArgumentException("song " + m.musicId() + " has more than one mean rating");
            }
        }
        Map<String, RatingSource> source = new LinkedHashMap<>();
        Set<RecordingKey> rated = new HashSet<>();
        List<Rating> ratings = new ArrayList<>(subjectRatings);
        for (Rating r : subjectRatings) {
            source.put(r.subjectId(), RatingSource.SUBJECT_ANNOTATION);
            rated.add(new RecordingKey(r.subjectId(), r.musicId()));
        }

        List<RecordingKey> unratedOwn = new ArrayList<>();
        List<RecordingKey> noMean = new ArrayList<>();
        for (RecordingKey k : new LinkedHashSet<>(recordings)) {
            RatingSource s = source.get(k.subjectId());
            if (s == RatingSource.SUBJECT_ANNOTATION) {
                if (!rated.contains(k)) {
                    unratedOwn.add(k);
                }
                continue;
            }
            SongMean m = meanBySong.get(k.musicId());
            if (m == null) {
                noMean.add(k);
                continue;
            }
            source.put(k.subjectId(), RatingSource.SONG_MEAN);
            ratings.add(new Rating(k.subjectId(), k.musicId(), m.valence(), m.arousal()));
        }

        List<String> warnings = new ArrayList<>();
        if (!unratedOwn.isEmpty()) {
            warnings.add(unratedOwn.size() + " recording(s) of subjects with own ratings have no own rating of that"
                    + " song and get no label, e.g. " + examples(unratedOwn));
        }
        if (!noMean.isEmpty()) {
            warnings.add(noMean.size() + " recording(s) are of songs without a mean rating and get no label, e.g. "
                    + examples(noMean));
        }
        return new RatingSelection(ratings, source, warnings);
    }

    private static String examples(List<RecordingKey> keys) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(EXAMPLES, keys.size()); i++) {
            sb.append(i == 0 ? "" : ", ").append("song ").append(keys.get(i).musicId())
                    .append(" / subject ").append(keys.get(i).subjectId());
        }
        return keys.size() > EXAMPLES ? sb + ", ..." : sb.toString();
    }
}
