package org.ressin.core.pmemo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Recoverable oddities met while reading a PMEmo folder: counted, with the first few described, never fatal.
 * Produced by {@link PmemoDataset#index()}.
 */
public final class ReadReport {

    /** What can be odd but readable. */
    public enum Issue {
        /** Values inside a recording (before its last value) that are empty, NaN or nan; kept as NaN. */
        MISSING_VALUES("missing values inside recordings (kept as NaN)"),
        /** Recordings holding at least one missing value. */
        RECORDINGS_WITH_MISSING_VALUES("recordings with missing values"),
        /** Recordings that end before the longest column of their file (trailing cells empty). */
        RAGGED_RECORDINGS("recordings shorter than their file (ragged column)"),
        /** Empty or NaN cells after the last value of a column; they end the recording and are dropped. */
        TRAILING_CELLS_DROPPED("trailing empty cells dropped"),
        /** EDA columns without a single value; no recording is made for them. */
        EMPTY_COLUMNS("EDA columns without any value (skipped)"),
        /** Recordings shorter than the 15 s the method discards. */
        RECORDINGS_SHORTER_THAN_15S("recordings shorter than 15 s"),
        /** Songs with an EDA file but no row in static_annotations.csv. */
        SONGS_WITHOUT_ANNOTATION("songs with EDA but no song annotation"),
        /** Songs annotated in static_annotations.csv that have no EDA file (allowed). */
        ANNOTATED_SONGS_WITHOUT_EDA("annotated songs without EDA file"),
        /** Songs with an EDA file but no music feature row (only when features are present). */
        SONGS_WITHOUT_FEATURES("songs with EDA but no music features"),
        /** Per-subject ratings whose subject has no column in the song's EDA file. */
        RATINGS_WITHOUT_RECORDING("subject ratings without a recording"),
        /** Recordings without a per-subject rating (only when per-subject ratings are present). */
        RECORDINGS_WITHOUT_RATING("recordings without a subject rating"),
        /** Empty or NaN arousal/valence cells in the annotation tables. */
        MISSING_ANNOTATION_VALUES("missing annotation values"),
        /** Empty or NaN cells in the music feature table. */
        MISSING_FEATURE_VALUES("missing music feature values"),
        /**
         * EDA files whose time column steps unevenly (more than 1 % off its median step), whose derived rate
         * differs from the expected rate by more than 1 %, or that have too few time values to derive one.
         */
        SAMPLING_RATE_ISSUES("EDA files with a sampling-rate inconsistency"),
        /** Files in EDA/ not named {@code <musicId>_EDA.csv}. */
        IGNORED_FILES("files in EDA/ not named <musicId>_EDA.csv (ignored)");

        private final String description;

        Issue(String description) { this.description = description; }

        /** A short human-readable description. */
        public String description() { return description; }
    }

    /** At most this many notes are kept; the rest are only counted. */
    public static final int MAX_NOTES = 50;

    private final Map<Issue, Long> counts;
    private final List<String> notes;
    private final long notesOmitted;

    private ReadReport(Map<Issue, Long> counts, List<String> notes, long notesOmitted) {
        this.counts = Collections.unmodifiableMap(new EnumMap<>(counts));
        this.notes = List.copyOf(notes);
        this.notesOmitted = notesOmitted;
    }

    /** How often an issue occurred (0 when never). */
    public long count(Issue issue) {
        return counts.getOrDefault(issue, 0L);
    }

    /** All counts, every issue present (possibly 0). */
    public Map<Issue, Long> counts() {
        EnumMap<Issue, Long> all = new EnumMap<>(Issue.class);
        for (Issue i : Issue.values()) {
            all.put(i, count(i));
        }
        return all;
    }

    public long missingValues() { return count(Issue.MISSING_VALUES); }

    public long recordingsShorterThan15s() { return count(Issue.RECORDINGS_SHORTER_THAN_15S); }

    public long songsWithoutAnnotation() { return count(Issue.SONGS_WITHOUT_ANNOTATION); }

    /** Whether nothing odd was found. */
    public boolean isClean() {
        return counts.values().stream().allMatch(c -> c == 0);
    }

    /** Descriptions of the first {@link #MAX_NOTES} oddities, naming file and line where useful. */
    public List<String> notes() { return notes; }

    /** Notes not kept because there were more than {@link #MAX_NOTES}. */
    public long notesOmitted() { return notesOmitted; }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("ReadReport[");
        counts().forEach((k, v) -> { if (v > 0) b.append(k).append('=').append(v).append(' '); });
        return b.append(']').toString();
    }

    /** Collects counts and notes while reading. Not thread-safe. */
    static final class Builder {
        private final EnumMap<Issue, Long> counts = new EnumMap<>(Issue.class);
        private final List<String> notes = new ArrayList<>();
        private long omitted;

        Builder add(Issue issue, long n) {
            if (n != 0) {
                counts.merge(issue, n, Long::sum);
            }
            return this;
        }

        Builder add(Issue issue, long n, String note) {
            add(issue, n);
            return note(note);
        }

        Builder note(String note) {
            if (notes.size() < MAX_NOTES) {
                notes.add(note);
            } else {
                omitted++;
            }
            return this;
        }

        Builder addAll(ReadReport other) {
            other.counts.forEach(this::add);
            other.notes.forEach(this::note);
            omitted += other.notesOmitted;
            return this;
        }

        ReadReport build() {
            return new ReadReport(counts, notes, omitted);
        }
    }
}
