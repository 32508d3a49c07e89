package org.ressin.core.pmemo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ressin.core.eda.Recording;

/** {@link PmemoDataset#forEachSong} (samples and report in one pass) and {@link PmemoDataset#outline}. */
class PmemoSinglePassTest {

    @TempDir
    Path tmp;

    @Test
    void forEachSongGivesTheRecordingsAndTheIndexOfASeparatePass() throws IOException {
        PmemoIndex separate = PmemoDataset.open(Fixtures.folder("good")).index();

        PmemoDataset d = PmemoDataset.open(Fixtures.folder("good"));
        List<String> songs = new ArrayList<>();
        List<Recording> recordings = new ArrayList<>();
        PmemoIndex index = d.forEachSong((song, recs) -> {
            songs.add(song);
            recordings.addAll(recs);
        });

        assertEquals(d.edaSongs(), songs);
        List<Recording> expected = new ArrayList<>();
        d.forEachRecording(expected::add);
        assertEquals(expected, recordings);
        assertEquals(separate.recordings(), index.recordings());
        assertEquals(separate.report().counts(), index.report().counts());
        assertEquals(separate.report().notes(), index.report().notes());
        assertSame(index, d.index(), "the pass caches the index");
    }

    @Test
    void forEachSongStopsAtTheConsumersException() throws IOException {
        PmemoDataset d = PmemoDataset.open(Fixtures.folder("good"));
        List<String> seen = new ArrayList<>();
        InterruptedException stop = assertThrows(InterruptedException.class, () -> d.forEachSong((song, recs) -> {
            seen.add(song);
            throw new InterruptedException("stop after " + song);
        }));
        assertEquals("stop after 1", stop.getMessage());
        assertEquals(List.of("1"), seen);
    }

    @Test
    void outlineReadsLayoutAndFeatureHeaderOnly() throws IOException {
        PmemoOutline good = PmemoDataset.outline(Fixtures.folder("good"));
        assertEquals(List.of("1", "2", "10"), good.edaSongs());
        assertTrue(good.hasSubjectRatings());
        assertTrue(good.hasFeatures());
        assertEquals(List.of("F0final_sma_amean", "pcm_RMSenergy_sma_amean", "audspec_lengthL1norm_sma_range"),
                good.featureNames());

        PmemoOutline minimal = PmemoDataset.outline(Fixtures.folder("minimal"));
        assertEquals(List.of("3"), minimal.edaSongs());
        assertFalse(minimal.hasSubjectRatings());
        assertFalse(minimal.hasFeatures());
        assertEquals(List.of(), minimal.featureNames());
    }

    @Test
    void outlineFailsLikeOpenOnTheLayout() throws IOException {
        Path missing = tmp.resolve("nope");
        assertEquals(message(() -> PmemoDataset.open(missing)), message(() -> PmemoDataset.outline(missing)));
        Files.createDirectories(tmp.resolve("empty"));
        assertEquals(message(() -> PmemoDataset.open(tmp.resolve("empty"))),
                message(() -> PmemoDataset.outline(tmp.resolve("empty"))));
    }

    @Test
    void outlineDoesNotReadTableBodies() throws IOException {
        Path root = Fixtures.copy("good", tmp);
        Files.writeString(root.resolve("annotations/static_annotations.csv"), "musicId,Arousal(mean),Valence(mean)\n1,x,y\n");
        Files.writeString(root.resolve("features/static_features.csv"), "musicId,a,b\n1,oops,2\n");
        assertEquals(List.of("a", "b"), PmemoDataset.outline(root).featureNames());
        assertThrows(PmemoFormatException.class, () -> PmemoDataset.open(root));
    }

    @Test
    void outlineChecksTheFeatureHeader() throws IOException {
        Path root = Fixtures.copy("good", tmp);
        Files.writeString(root.resolve("features/static_features.csv"), "musicId\n1\n");
        PmemoFormatException e = assertThrows(PmemoFormatException.class, () -> PmemoDataset.outline(root));
        assertTrue(e.getMessage().contains("no feature column"), e.getMessage());
    }

    private interface Opening {
        Object run() throws IOException;
    }

    private static String message(Opening o) {
        return assertThrows(PmemoFormatException.class, o::run).getMessage();
    }
}
