package org.ressin.core.pmemo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ressin.core.pmemo.ReadReport.Issue;

/** Readers of the small tables: annotations, music features, metadata. */
final class TableReaders {

    private TableReaders() {}

    /** static_annotations.csv: musicId, Arousal(mean), Valence(mean). */
    static Map<String, SongAnnotation> songAnnotations(Path file, ReadReport.Builder report) throws IOException {
        Map<String, SongAnnotation> out = new LinkedHashMap<>();
        try (CsvTable t = CsvTable.open(file)) {
            int music = t.requireColumn("music ID", "musicId", CsvTable.MUSIC, CsvTable.MUSIC_LOOSE);
            int arousal = t.requireColumn("arousal", "Arousal(mean)", CsvTable.AROUSAL, CsvTable.AROUSAL_LOOSE);
            int valence = t.requireColumn("valence", "Valence(mean)", CsvTable.VALENCE, CsvTable.VALENCE_LOOSE);
            Map<String, Long> lines = new HashMap<>();
            for (CsvTable.Row r = t.nextNonBlankRow(); r != null; r = t.nextNonBlankRow()) {
                t.requireWidth(r);
                String id = uniqueId(t, r, music, lines);
                double a = t.number(r, arousal);
                double v = t.number(r, valence);
                countMissing(report, file, r, a, v);
                out.put(id, new SongAnnotation(id, a, v));
            }
        }
        return out;
    }

    /** static_annotations_std.csv merged into the song annotations it names (other rows are ignored). */
    static void mergeStd(Path file, Map<String, SongAnnotation> annotations) throws IOException {
        try (CsvTable t = CsvTable.open(file)) {
            int music = t.requireColumn("music ID", "musicId", CsvTable.MUSIC, CsvTable.MUSIC_LOOSE);
            int arousal = t.requireColumn("arousal std", "Arousal(std)", CsvTable.AROUSAL_STD,
                    CsvTable.AROUSAL_STD_LOOSE);
            int valence = t.requireColumn("valence std", "Valence(std)", CsvTable.VALENCE_STD,
                    CsvTable.VALENCE_STD_LOOSE);
            Map<String, Long> lines = new HashMap<>();
            for (CsvTable.Row r = t.nextNonBlankRow(); r != null; r = t.nextNonBlankRow()) {
                t.requireWidth(r);
                String id = uniqueId(t, r, music, lines);
                double a = t.number(r, arousal);
                double v = t.number(r, valence);
                annotations.computeIfPresent(id, (k, s) -> s.withStd(a, v));
            }
        }
    }

    /** Whether a CSV's header names a music, a subject, an arousal and a valence column. */
    static boolean isSubjectTable(Path file) throws IOException {
        try (CsvTable t = CsvTable.open(file)) {
            return t.hasColumn(CsvTable.MUSIC, CsvTable.MUSIC_LOOSE)
                    && t.hasColumn(CsvTable.SUBJECT, CsvTable.SUBJECT_LOOSE)
                    && t.hasColumn(CsvTable.AROUSAL, CsvTable.AROUSAL_LOOSE)
                    && t.hasColumn(CsvTable.VALENCE, CsvTable.VALENCE_LOOSE);
        } catch (PmemoFormatException notATable) {
            return false; // an unreadable extra file is not the per-subject table
        }
    }

    /**
     * The per-subject table. A row naming a song that has neither an EDA file nor a song annotation is an error
     * ("unknown song"); so is a second row for the same song and subject.
     */
    static List<SubjectRating> subjectRatings(Path file, Set<String> knownSongs, ReadReport.Builder report)
            throws IOException {
        List<SubjectRating> out = new ArrayList<>();
        try (CsvTable t = CsvTable.open(file)) {
            int music = t.requireColumn("music ID", "musicId", CsvTable.MUSIC, CsvTable.MUSIC_LOOSE);
            int subject = t.requireColumn("subject ID", "subjectId", CsvTable.SUBJECT, CsvTable.SUBJECT_LOOSE);
            int arousal = t.requireColumn("arousal", "Arousal", CsvTable.AROUSAL, CsvTable.AROUSAL_LOOSE);
            int valence = t.requireColumn("valence", "Valence", CsvTable.VALENCE, CsvTable.VALENCE_LOOSE);
            Map<String, Long> lines = new HashMap<>();
            for (CsvTable.Row r = t.nextNonBlankRow(); r != null; r = t.nextNonBlankRow()) {
                t.requireWidth(r);
                String song = t.id(r, music, "music ID");
                if (!knownSongs.contains(song)) {
                    throw t.error(r.line(), music, "unknown song " + song
                            + ": it has no EDA file and no row in static_annotations.csv");
                }
                Optional<String> sid = Ids.trailingDigits(r.get(subject));
                if (sid.isEmpty()) {
                    throw t.error(r.line(), subject, Cells.quote(r.get(subject).trim())
                            + " names no subject ID (expected digits, e.g. 100083)");
                }
                Long before = lines.putIfAbsent(song + "/" + sid.get(), r.line());
                if (before != null) {
                    throw t.error(r.line(), subject, "subject " + sid.get() + " already rated song " + song
                            + " on line " + before);
                }
                double a = t.number(r, arousal);
                double v = t.number(r, valence);
                countMissing(report, file, r, a, v);
                out.add(new SubjectRating(song, sid.get(), a, v));
            }
        }
        return out;
    }

    /** The feature names of static_features.csv, from its header alone. */
    static List<String> featureNames(Path file) throws IOException {
        try (CsvTable t = CsvTable.open(file)) {
            return featureNames(t, t.requireColumn("music ID", "musicId", CsvTable.MUSIC, CsvTable.MUSIC_LOOSE));
        }
    }

    private static List<String> featureNames(CsvTable t, int music) throws PmemoFormatException {
        List<String> names = new ArrayList<>(t.header());
        names.remove(music);
        if (names.isEmpty()) {
            throw t.error(1, "no feature column besides the music ID");
        }
        return names;
    }

    /** static_features.csv: a music ID column, every other column a numeric feature. */
    static MusicFeatures features(Path file, ReadReport.Builder report) throws IOException {
        try (CsvTable t = CsvTable.open(file)) {
            int music = t.requireColumn("music ID", "musicId", CsvTable.MUSIC, CsvTable.MUSIC_LOOSE);
            List<String> names = featureNames(t, music);
            Map<String, double[]> rows = new LinkedHashMap<>();
            Map<String, Long> lines = new HashMap<>();
            long missing = 0;
            for (CsvTable.Row r = t.nextNonBlankRow(); r != null; r = t.nextNonBlankRow()) {
                t.requireWidth(r);
                String id = uniqueId(t, r, music, lines);
                double[] v = new double[names.size()];
                for (int c = 0, k = 0; c < r.size(); c++) {
                    if (c != music) {
                        v[k] = t.number(r, c);
                        if (Double.isNaN(v[k])) {
                            missing++;
                        }
                        k++;
                    }
                }
                rows.put(id, v);
            }
            if (missing > 0) {
                report.add(Issue.MISSING_FEATURE_VALUES, missing, file.getFileName() + ": " + missing
                        + " missing feature value(s) kept as NaN");
            }
            return new MusicFeatures(names, rows);
        }
    }

    /** metadata.csv: every column kept as text. */
    static Map<String, SongMetadata> metadata(Path file) throws IOException {
        Map<String, SongMetadata> out = new LinkedHashMap<>();
        try (CsvTable t = CsvTable.open(file)) {
            int music = t.requireColumn("music ID", "musicId", CsvTable.MUSIC, CsvTable.MUSIC_LOOSE);
            Map<String, Long> lines = new HashMap<>();
            for (CsvTable.Row r = t.nextNonBlankRow(); r != null; r = t.nextNonBlankRow()) {
                t.requireWidth(r);
                String id = uniqueId(t, r, music, lines);
                Map<String, String> fields = new LinkedHashMap<>();
                for (int c = 0; c < r.size(); c++) {
                    fields.put(t.columnName(c), r.get(c).trim());
                }
                out.put(id, new SongMetadata(id, fields));
            }
        }
        return out;
    }

    private static String uniqueId(CsvTable t, CsvTable.Row r, int music, Map<String, Long> lines)
            throws PmemoFormatException {
        String id = t.id(r, music, "music ID");
        Long before = lines.putIfAbsent(id, r.line());
        if (before != null) {
            throw t.error(r.line(), music, "song " + id + " appears twice (also line " + before + ")");
        }
        return id;
    }

    private static void countMissing(ReadReport.Builder report, Path file, CsvTable.Row r, double a, double v) {
        int missing = (Double.isNaN(a) ? 1 : 0) + (Double.isNaN(v) ? 1 : 0);
        if (missing > 0) {
            report.add(Issue.MISSING_ANNOTATION_VALUES, missing, file.getFileName() + ", line " + r.line()
                    + ": missing arousal or valence");
        }
    }
}
