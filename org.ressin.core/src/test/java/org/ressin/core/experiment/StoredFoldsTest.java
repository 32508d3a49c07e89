package org.ressin.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ressin.core.eval.CrossValidation;
import org.ressin.core.eval.CvResult;
import org.ressin.core.eval.FoldResult;
import org.ressin.core.eval.Grouping;
import org.ressin.core.eval.LabeledItem;
import org.ressin.core.eval.LossPoint;
import org.ressin.core.eval.Trainer;

/** Fold-level resume: an interrupted cross-validation continues at the next fold and ends as if never stopped. */
class StoredFoldsTest {

    @TempDir
    Path tmp;

    private record Item(String subjectId, String musicId, int label, double x) implements LabeledItem {}

    private static final List<Item> DATA = data();

    private static List<Item> data() {
        Random rnd = new Random(4);
        List<Item> items = new ArrayList<>();
        for (int s = 0; s < 8; s++) {
            for (int m = 0; m < 10; m++) {
                int label = rnd.nextBoolean() ? 1 : 0;
                items.add(new Item("s" + s, "m" + m, label, label + rnd.nextGaussian()));
            }
        }
        return items;
    }

    /** A threshold at the training mean of x, a seeded loss curve, a count of fits; throws on a chosen fold. */
    private static final class CountingTrainer implements Trainer<Item> {
        final List<Integer> fitted = new ArrayList<>();
        final int failOn;

        CountingTrainer(int failOn) { this.failOn = failOn; }

        @Override
        public FittedClassifier<Item> fit(List<Item> training, int fold) {
            if (fold == failOn) throw new IllegalStateException("interrupted in fold " + (fold + 1));
            fitted.add(fold);
            double mean = training.stream().mapToDouble(Item::x).average().orElseThrow();
            Random rnd = new Random(fold);
            List<LossPoint> loss = new ArrayList<>();
            for (int i = 0; i < 5; i++) loss.add(new LossPoint(i, 1.0 / (i + 1) + rnd.nextDouble() * 0.01, 0.01));
            return new FittedClassifier<>() {
                @Override
                public int[] predict(List<Item> test) {
                    return test.stream().mapToInt(it -> it.x() > mean ? 1 : 0).toArray();
                }

                @Override
                public List<LossPoint> lossHistory() { return loss; }
            };
        }
    }

    private static final int FOLDS = 4;

    private CvResult run(Path dir, CountingTrainer trainer, List<String> lines) throws IOException {
        return CrossValidation.run(DATA, FOLDS, Grouping.SUBJECT, 11, trainer,
                new StoredFolds(dir, "config", FOLDS, lines::add));
    }

    @Test
    void anInterruptedRunResumesAtTheNextFoldWithoutRetrainingAndMatchesAnUninterruptedOne() throws IOException {
        CvResult uninterrupted = CrossValidation.run(DATA, FOLDS, Grouping.SUBJECT, 11, new CountingTrainer(-1));

        Path dir = tmp.resolve("config");
        CountingTrainer failing = new CountingTrainer(1); // dies in fold 2
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> run(dir, failing, new ArrayList<>()));
        assertEquals("interrupted in fold 2", e.getMessage());
        assertEquals(List.of(0), failing.fitted);
        assertTrue(Files.isRegularFile(dir.resolve("fold-1.json")));
        assertFalse(Files.exists(dir.resolve("fold-2.json")));
        String fold1 = Files.readString(dir.resolve("fold-1.json"));

        CountingTrainer resuming = new CountingTrainer(-1);
        List<String> lines = new ArrayList<>();
        StoredFolds folds = new StoredFolds(dir, "config", FOLDS, lines::add);
        CvResult resumed = CrossValidation.run(DATA, FOLDS, Grouping.SUBJECT, 11, resuming, folds);
        assertEquals(List.of(1, 2, 3), resuming.fitted, "fold 1 is not trained again");
        assertEquals(1, folds.resumed());
        assertTrue(lines.get(0).startsWith("config: fold 1/4 already in "), lines.toString());
        assertEquals("config: fold 2/4", lines.get(1));
        assertEquals(fold1, Files.readString(dir.resolve("fold-1.json")), "a stored fold is not rewritten");

        assertEquals(uninterrupted.mean(), resumed.mean());
        assertEquals(uninterrupted.standardDeviation(), resumed.standardDeviation());
        assertEquals(uninterrupted.pooledConfusion(), resumed.pooledConfusion());
        assertEquals(uninterrupted.meanLossCurve(), resumed.meanLossCurve());
        for (int f = 0; f < FOLDS; f++) {
            FoldResult a = uninterrupted.folds().get(f), b = resumed.folds().get(f);
            assertTrue(java.util.Arrays.equals(a.predictions(), b.predictions()), "fold " + f);
            assertEquals(a.lossHistory(), b.lossHistory(), "fold " + f);
        }

        CountingTrainer again = new CountingTrainer(-1);
        run(dir, again, new ArrayList<>());
        assertEquals(List.of(), again.fitted, "a finished cross-validation trains nothing");
    }

    @Test
    void aFoldStoredForOtherFoldsIsRefusedAndABrokenFileNamed() throws IOException {
        Path dir = tmp.resolve("other");
        run(dir, new CountingTrainer(-1), new ArrayList<>());
        IllegalStateException other = assertThrows(IllegalStateException.class, () -> CrossValidation.run(DATA, FOLDS,
                Grouping.SUBJECT, 12, new CountingTrainer(-1), new StoredFolds(dir, "config", FOLDS, l -> { })));
        assertTrue(other.getMessage().contains("stored fold 1 was made on other data or folds"), other.getMessage());

        Files.writeString(dir.resolve("fold-1.json"), "{\"fold\": 0}");
        IOException broken = assertThrows(IOException.class, () -> run(dir, new CountingTrainer(-1), new ArrayList<>()));
        assertTrue(broken.getMessage().contains("fold-1.json") && broken.getMessage().contains("delete it"),
                broken.getMessage());
    }
}
