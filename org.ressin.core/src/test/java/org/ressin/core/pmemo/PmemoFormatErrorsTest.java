package org.ressin.core.pmemo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each bad input fails with a message naming file, line and column. */
class PmemoFormatErrorsTest {

    @TempDir
    Path tmp;

    private Path good() throws IOException {
        return Fixtures.copy("good", tmp);
    }

    private static PmemoFormatException failsToIndex(Path root) {
        return assertThrows(PmemoFormatException.class, () -> PmemoDataset.open(root).index());
    }

    private static void assertLocation(PmemoFormatException e, String file, long line, int column, String header) {
        assertEquals(file, e.file().getFileName().toString(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertEquals(header, e.columnName(), e.getMessage());
        assertTrue(e.getMessage().contains(file), e.getMessage());
        if (line > 0) {
            assertTrue(e.getMessage().contains("line " + line), e.getMessage());
        }
        if (column > 0) {
            assertTrue(e.getMessage().contains("column " + column + (header == null ? "" : " \"" + header + "\"")),
                    e.getMessage());
        }
    }

    @Test
    void missingFolder() {
        Path nowhere = tmp.resolve("no-such-folder");
        PmemoFormatException e = assertThrows(PmemoFormatException.class, () -> PmemoDataset.open(nowhere));
        assertEquals(nowhere, e.file());
        assertTrue(e.getMessage().startsWith(nowhere + ": folder not found"), e.getMessage());
    }

    @Test
    void missingEdaFolder() throws IOException {
        Path root = good();
        deleteTree(root.resolve("EDA"));
        PmemoFormatException e = assertThrows(PmemoFormatException.class, () -> PmemoDataset.open(root));
        assertTrue(e.getMessage().contains("no EDA/ folder"), e.getMessage());
        assertEquals(root, e.file());
    }

    @Test
    void missingSongAnnotations() throws IOException {
        Path root = good();
        Files.delete(root.resolve("annotations/static_annotations.csv"));
        PmemoFormatException e = assertThrows(PmemoFormatException.class, () -> PmemoDataset.open(root));
        assertTrue(e.getMessage().contains("no static_annotations.csv"), e.getMessage());
    }

    @Test
    void nonNumericEdaCell() throws IOException {
        Path root = good();
        Files.writeString(root.resolve("EDA/1_EDA.csv"), "time,100083,EDA_100085\n0.00,1.5,2.1\n0.02,abc,2.2\n");
        PmemoFormatException e = failsToIndex(root);
        assertLocation(e, "1_EDA.csv", 3, 2, "100083");
        assertTrue(e.getMessage().contains("\"abc\" is not a number"), e.getMessage());
    }

    @Test
    void nonNumericCellAlsoFailsTheStream() throws IOException {
        Path root = good();
        Files.writeString(root.resolve("EDA/2_eda.csv"), "time,100083\n0.00,1.5\n0.02,1.6\n0.04,x1\n");
        PmemoDataset d = PmemoDataset.open(root);
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> d.recordings().count());
        PmemoFormatException cause = assertInstanceOf(PmemoFormatException.class, e.getCause());
        assertLocation(cause, "2_eda.csv", 4, 2, "100083");
        assertThrows(PmemoFormatException.class, () -> d.forEachRecording(r -> { }));
    }

    @Test
    void edaHeaderWithoutSubjectId() throws IOException {
        Path root = good();
        Files.writeString(root.resolve("EDA/1_EDA.csv"), "time,100083,EDA\n0.00,1.5,2.1\n");
        PmemoFormatException e = failsToIndex(root);
        assertLocation(e, "1_EDA.csv", 1, 3, "EDA");
        assertTrue(e.getMessage().contains("names no subject ID"), e.getMessage());
    }

    @Test
    void valuesUnderABlankHeader() throws IOException {
        Path root = good();
        Files.writeString(root.resolve("EDA/1_EDA.csv"), "time,100083,\n0.00,1.5,\n0.02,1.6,7\n");
        PmemoFormatException e = failsToIndex(root);
        assertLocation(e, "1_EDA.csv", 3, 3, "");
    }

    @Test
    void duplicateSubjectColumn() throws IOException {
        Path root = good();
        Files.writeString(root.resolve("EDA/1_EDA.csv"), "time,100083,EDA_100083\n0.00,1.5,2.1\n");
        PmemoFormatException e = failsToIndex(root);
        assertLocation(e, "1_EDA.csv", 1, 3, "EDA_100083");
        assertTrue(e.getMessage().contains("subject 100083 appears twice") && e.getMessage().contains("column 2"),
                e.getMessage());
    }

    @Test
    void timeColumnThatDoesNotIncrease() throws IOException {
        Path root = good();
        Files.writeString(root.resolve("EDA/1_EDA.csv"), "time,100083\n0.00,1.5\n0.02,1.6\n0.01,1.7\n");
        PmemoFormatException e = failsToIndex(root);
        assertLocation(e, "1_EDA.csv", 4, 1, "time");
    }

    @Test
    void extraCellBeyondTheHeader() throws IOException {
        Path root = good();
        Files.writeString(root.resolve("EDA/1_EDA.csv"), "time,100083\n0.00,1.5\n0.02,1.6,9\n");
        PmemoFormatException e = failsToIndex(root);
        assertLocation(e, "1_EDA.csv", 3, 3, null);
    }

    @Test
    void malformedQuoting() throws IOException {
        Path root = good();
        Files.writeString(root.resolve("EDA/1_EDA.csv"), "time,100083\n0.00,1.5\n0.02,\"1.6\n");
        PmemoFormatException e = failsToIndex(root);
        assertEquals(3, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("malformed CSV"), e.getMessage());
    }

    @Test
    void subjectRatingForUnknownSong() throws IOException {
        Path root = good();
        Files.writeString(root.resolve("annotations/static_annotations_subjects.csv"),
                "musicId,subjectId,Arousal,Valence\n1,100083,0.7,0.3\n555,100083,0.5,0.5\n");
        PmemoFormatException e = assertThrows(PmemoFormatException.class, () -> PmemoDataset.open(root));
        assertLocation(e, "static_annotations_subjects.csv", 3, 1, "musicId");
        assertTrue(e.getMessage().contains("unknown song 555"), e.getMessage());
    }

    @Test
    void duplicateSubjectRating() throws IOException {
        Path root = good();
        Files.writeString(root.resolve("annotations/static_annotations_subjects.csv"),
                "musicId,subjectId,Arousal,Valence\n1,100083,0.7,0.3\n1,100083,0.5,0.5\n");
        PmemoFormatException e = assertThrows(PmemoFormatException.class, () -> PmemoDataset.open(root));
        assertLocation(e, "static_annotations_subjects.csv", 3, 2, "subjectId");
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void nonNumericAnnotation() throws IOException {
        Path root = good();
        Files.writeString(root.resolve("annotations/static_annotations.csv"),
                "musicId,Arousal(mean),Valence(mean)\n1,0.6,0.4\n\n2,high,0.7\n");
        PmemoFormatException e = assertThrows(PmemoFormatException.class, () -> PmemoDataset.open(root));
        // the blank line 3 is skipped but still counted
        assertLocation(e, "static_annotations.csv", 4, 2, "Arousal(mean)");
    }

    @Test
    void duplicateSongAnnotation() throws IOException {
        Path root = good();
        Files.writeString(root.resolve("annotations/static_annotations.csv"),
                "musicId,Arousal(mean),Valence(mean)\n1,0.6,0.4\n01,0.6,0.4\n");
        PmemoFormatException e = assertThrows(PmemoFormatException.class, () -> PmemoDataset.open(root));
        assertLocation(e, "static_annotations.csv", 3, 1, "musicId");
    }

    @Test
    void annotationWithoutValenceColumn() throws IOException {
        Path root = good();
        Files.writeString(root.resolve("annotations/static_annotations.csv"), "musicId,Arousal(mean)\n1,0.6\n");
        PmemoFormatException e = assertThrows(PmemoFormatException.class, () -> PmemoDataset.open(root));
        assertLocation(e, "static_annotations.csv", 1, 0, null);
        assertTrue(e.getMessage().contains("no valence column"), e.getMessage());
    }

    @Test
    void featureRowWithWrongColumnCount() throws IOException {
        Path root = good();
        Files.writeString(root.resolve("features/static_features.csv"), "musicId,f1,f2,f3\n1,0.1,0.2,0.3\n2,0.1,0.2\n");
        PmemoFormatException e = assertThrows(PmemoFormatException.class, () -> PmemoDataset.open(root));
        assertLocation(e, "static_features.csv", 3, 4, "f3");
        assertTrue(e.getMessage().contains("row has 3 cells but the header names 4 columns"), e.getMessage());
    }

    @Test
    void twoPerSubjectTables() throws IOException {
        Path root = Fixtures.copy("variants", tmp);
        Files.writeString(root.resolve("ANNOTATIONS/more_ratings.csv"), "musicId,subject,arousal,valence\n");
        PmemoFormatException e = assertThrows(PmemoFormatException.class, () -> PmemoDataset.open(root));
        assertTrue(e.getMessage().contains("several per-subject annotation tables"), e.getMessage());
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
