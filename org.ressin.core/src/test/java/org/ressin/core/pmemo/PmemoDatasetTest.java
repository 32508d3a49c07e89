package org.ressin.core.pmemo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ressin.core.eda.Recording;
import org.ressin.core.pmemo.ReadReport.Issue;

class PmemoDatasetTest {

    @TempDir
    Path tmp;

    @Test
    void readsEveryVariantOfTheGoodFolder() throws IOException {
        PmemoDataset d = PmemoDataset.open(Fixtures.folder("good"));
        // numeric ID order: 10 after 2; "2_eda.csv" matched ignoring case
        assertEquals(List.of("1", "2", "10"), d.edaSongs());

        PmemoIndex index = d.index();
        assertEquals(List.of("1", "2", "10"), index.songs());
        assertEquals(List.of("100083", "100085", "100087", "100089"), List.copyOf(index.subjects()));
        assertEquals(7, index.recordingCount());
        assertEquals(14 + 6 + 5, index.totalSamples());
        assertEquals(50.0, index.samplingRate());
        assertTrue(index.hasUniformSamplingRate());
        assertEquals(2, index.missingValues());

        Map<String, Integer> lengths = index.recordings().stream()
                .collect(Collectors.toMap(RecordingInfo::id, RecordingInfo::length));
        assertEquals(Map.of("1/100083", 6, "1/100085", 4, "1/100087", 4, "2/100083", 3, "2/100089", 3,
                "10/100085", 3, "10/100089", 2), lengths);

        ReadReport r = index.report();
        assertEquals(2, r.missingValues());
        assertEquals(2, r.count(Issue.RECORDINGS_WITH_MISSING_VALUES));
        assertEquals(3, r.count(Issue.RAGGED_RECORDINGS));          // 1/100085, 1/100087, 10/100089
        assertEquals(2 + 2 + 1, r.count(Issue.TRAILING_CELLS_DROPPED));
        assertEquals(7, r.recordingsShorterThan15s());
        assertEquals(0, r.songsWithoutAnnotation());
        assertEquals(1, r.count(Issue.ANNOTATED_SONGS_WITHOUT_EDA)); // song 99
        assertEquals(1, r.count(Issue.IGNORED_FILES));               // notes.txt
        assertEquals(1, r.count(Issue.RATINGS_WITHOUT_RECORDING));   // 99/100083
        assertEquals(0, r.count(Issue.RECORDINGS_WITHOUT_RATING));
        assertEquals(1, r.count(Issue.MISSING_ANNOTATION_VALUES));   // 10/100089 valence NaN
        assertEquals(1, r.count(Issue.MISSING_FEATURE_VALUES));
        assertEquals(0, r.count(Issue.SONGS_WITHOUT_FEATURES));
        assertEquals(0, r.count(Issue.SAMPLING_RATE_ISSUES));
        assertFalse(r.notes().isEmpty());
    }

    @Test
    void readsAnnotationsFeaturesAndMetadata() throws IOException {
        PmemoDataset d = PmemoDataset.open(Fixtures.folder("good"));
        assertEquals(List.of("1", "2", "10", "99"), List.copyOf(d.songAnnotations().keySet()));
        SongAnnotation one = d.songAnnotation("1").orElseThrow();
        assertEquals(new SongAnnotation("1", 0.6, 0.4, 0.1, 0.2), one);
        assertTrue(one.hasStd());

        assertTrue(d.hasSubjectRatings());
        assertEquals("static_annotations_subjects.csv", d.subjectRatingsFile().orElseThrow().getFileName().toString());
        assertEquals(8, d.subjectRatings().size());
        assertEquals(new SubjectRating("2", "100089", 0.4, 0.6), d.subjectRating("2", "100089").orElseThrow());
        assertTrue(Double.isNaN(d.subjectRating("10", "100089").orElseThrow().valence()));

        MusicFeatures f = d.musicFeatures().orElseThrow();
        assertEquals(3, f.dimension());
        assertEquals("pcm_RMSenergy_sma_amean", f.names().get(1));
        assertArrayEquals(new double[] {1e-3, -0.5, 2.5}, f.get("2").orElseThrow());
        assertTrue(Double.isNaN(f.get("10").orElseThrow()[2]));

        assertEquals("Song, One", d.metadata().get("1").title());
        assertEquals("60.1", d.metadata().get("1").field("chorus_start_time"));
    }

    @Test
    void streamsRecordingsWithGapsAsNaN() throws IOException {
        PmemoDataset d = PmemoDataset.open(Fixtures.folder("good"));
        List<Recording> all = new ArrayList<>();
        d.forEachRecording(all::add);
        assertEquals(7, all.size());
        assertEquals(all, d.recordings().toList());

        Recording r = all.stream().filter(x -> x.id().equals("1/100085")).findFirst().orElseThrow();
        assertEquals(50.0, r.samplingRate());
        double[] s = r.samples();
        assertEquals(4, s.length);
        assertEquals(2.10, s[0]);
        assertTrue(Double.isNaN(s[1]));
        assertEquals(2.13, s[3]);
        Recording gap = all.stream().filter(x -> x.id().equals("1/100087")).findFirst().orElseThrow();
        assertTrue(Double.isNaN(gap.sample(2)));
        // a plain row index gives the default rate; subject from "subject 100085"
        Recording indexed = d.readSong("10").get(0);
        assertEquals("100085", indexed.subjectId());
        assertArrayEquals(new double[] {5.0, 5.1, 5.2}, indexed.samples());
    }

    @Test
    void recordingsAreReadLazilyFileByFile() throws IOException {
        Path root = Fixtures.copy("good", tmp);
        PmemoDataset d = PmemoDataset.open(root);
        // break the last song's file after opening: the first recording must still come without reading it
        Files.writeString(root.resolve("EDA/10_EDA.csv"), "time,100001\n0,oops\n");
        assertEquals("1/100083", d.recordings().findFirst().orElseThrow().id());
    }

    @Test
    void readsLowerCaseFoldersRowIndexAndDetectedSubjectTable() throws IOException {
        PmemoDataset d = PmemoDataset.open(Fixtures.folder("variants"));
        assertEquals(List.of("5", "7"), d.edaSongs());
        assertTrue(d.hasSubjectRatings());
        assertEquals("ratings_by_subject.csv", d.subjectRatingsFile().orElseThrow().getFileName().toString());
        assertEquals(new SubjectRating("5", "1", 0.3, 0.6), d.subjectRatings().get(0)); // "EDA_1" -> 1
        assertTrue(d.musicFeatures().isEmpty());
        assertTrue(d.metadata().isEmpty());

        PmemoIndex index = d.index();
        assertEquals(Set.of("1", "2"), index.subjects());                 // EDA_02 -> 2
        assertEquals(Map.of(50.0, 1, 1.0, 1), index.filesPerSamplingRate()); // Time(s) stepping 1 s -> 1 Hz
        assertFalse(index.hasUniformSamplingRate());
        ReadReport r = index.report();
        assertEquals(1, r.count(Issue.SAMPLING_RATE_ISSUES));
        assertEquals(2, r.missingValues());                // empty and NAN inside song 5
        assertEquals(1, r.songsWithoutAnnotation());       // song 7
        assertEquals(3, r.recordingsShorterThan15s());     // 5/1, 5/2 (4 samples at 50 Hz), 7/2 (10 s)
        assertEquals(1, r.count(Issue.RAGGED_RECORDINGS)); // 7/2 from short rows
        assertEquals(1, r.count(Issue.RECORDINGS_WITHOUT_RATING)); // 7/2

        Recording seven = d.readSong("7").get(0);
        assertEquals(1.0, seven.samplingRate());
        assertEquals(20, seven.length());
        assertEquals(20.0, seven.durationSeconds());
    }

    @Test
    void optionsOverrideTheFirstColumn() throws IOException {
        PmemoDataset d = PmemoDataset.open(Fixtures.folder("variants"),
                PmemoReadOptions.defaults().withFirstColumn(PmemoReadOptions.FirstColumn.ROW_INDEX)
                        .withDefaultSamplingRate(4.0));
        assertEquals(Map.of(4.0, 2), d.index().filesPerSamplingRate());
        assertEquals(0, d.index().report().count(Issue.SAMPLING_RATE_ISSUES));
    }

    @Test
    void minimalFolderHasNoSubjectRatingsNorFeatures() throws IOException {
        PmemoDataset d = PmemoDataset.open(Fixtures.folder("minimal"));
        assertFalse(d.hasSubjectRatings());
        assertTrue(d.subjectRatings().isEmpty());
        assertTrue(d.musicFeatures().isEmpty());
        PmemoIndex index = d.index();
        assertEquals(1, index.recordingCount());
        assertEquals(0, index.report().count(Issue.RECORDINGS_WITHOUT_RATING));
        assertEquals(0, index.report().count(Issue.SONGS_WITHOUT_FEATURES));
    }

    @Test
    void idsAreNormalised() {
        assertEquals("7", Ids.normalise(" 007 "));
        assertEquals("7", Ids.normalise("7.0"));
        assertEquals("song-a", Ids.normalise("song-a"));
        assertEquals("100083", Ids.trailingDigits("EDA_100083").orElseThrow());
        assertEquals("100083", Ids.trailingDigits("subject 100083").orElseThrow());
        assertTrue(Ids.trailingDigits("EDA").isEmpty());
        assertTrue(Ids.compare("9", "10") < 0);
    }
}
