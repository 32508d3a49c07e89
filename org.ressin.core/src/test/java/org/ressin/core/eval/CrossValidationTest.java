package org.ressin.core.eval;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CrossValidationTest {

    record Item(String subjectId, String musicId, int label, double x) implements LabeledItem {}

    /** 13 subjects with 1..13 recordings each; label = x > 0, with x noisy for a few. */
    static List<Item> data() {
        List<Item> out = new ArrayList<>();
        for (int s = 0; s < 13; s++) {
            for (int m = 0; m <= s; m++) {
                int label = (s + m) % 2;
                double x = (label == 1 ? 1 : -1) * ((s * 7 + m) % 5 == 0 ? -1 : 1);
                out.add(new Item("s" + s, "m" + m, label, x));
            }
        }
        return out;
    }

    @Test
    void subjectFoldsKeepSubjectsTogetherAreBalancedAndSeeded() {
        List<Item> data = data();
        int[] a = FoldAssignment.assign(data, 5, Grouping.SUBJECT, 1);
        Map<String, Integer> foldOfSubject = new HashMap<>();
        int[] sizes = new int[5];
        for (int i = 0; i < data.size(); i++) {
            Integer prev = foldOfSubject.putIfAbsent(data.get(i).subjectId(), a[i]);
            assertTrue(prev == null || prev == a[i], "subject split across folds");
            sizes[a[i]]++;
        }
        // greedy filling: the fullest fold exceeds the emptiest by at most the largest group (13)
        int max = java.util.Arrays.stream(sizes).max().orElseThrow();
        int min = java.util.Arrays.stream(sizes).min().orElseThrow();
        assertTrue(min > 0 && max - min <= 13, "fold sizes " + java.util.Arrays.toString(sizes));
        assertArrayEquals(a, FoldAssignment.assign(data, 5, Grouping.SUBJECT, 1));
        assertFalse(java.util.Arrays.equals(a, FoldAssignment.assign(data, 5, Grouping.SUBJECT, 2)));

        int[] r = FoldAssignment.assign(data, 10, Grouping.RECORDING, 1);
        Set<String> splitSubjects = new HashSet<>();
        for (int i = 0; i < data.size(); i++) {
            for (int j = 0; j < data.size(); j++) {
                if (data.get(i).subjectId().equals(data.get(j).subjectId()) && r[i] != r[j]) {
                    splitSubjects.add(data.get(i).subjectId());
                }
            }
        }
        assertFalse(splitSubjects.isEmpty(), "recording folds mix subjects");
    }

    @Test
    void tooFewGroupsIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FoldAssignment.assign(data(), 14, Grouping.SUBJECT, 1));
        assertTrue(e.getMessage().contains("14-fold") && e.getMessage().contains("13"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FoldAssignment.assign(data(), 1, Grouping.SUBJECT, 1));
    }

    @Test
    void runnerTestsEachExampleOnceOnUnseenSubjectsAndScoresIt() {
        List<Item> data = data();
        List<Set<String>> trainSubjects = new ArrayList<>();
        Trainer<Item> signOfX = (train, fold) -> {
            Set<String> subjects = new HashSet<>();
            train.forEach(i -> subjects.add(i.subjectId()));
            trainSubjects.add(subjects);
            return new Trainer.FittedClassifier<>() {
                @Override public int[] predict(List<Item> test) {
                    for (Item i : test) assertFalse(subjects.contains(i.subjectId()), "test subject seen in training");
                    return test.stream().mapToInt(i -> i.x() > 0 ? 1 : 0).toArray();
                }

                @Override public List<LossPoint> lossHistory() { return List.of(new LossPoint(0, fold, 0.1)); }
            };
        };
        CvResult cv = CrossValidation.run(data, 4, Grouping.SUBJECT, 3, signOfX);
        assertEquals(4, cv.folds().size());
        int[] tested = new int[data.size()];
        for (FoldResult f : cv.folds()) for (int i : f.testIndices()) tested[i]++;
        for (int t : tested) assertEquals(1, t);

        int[] truth = data.stream().mapToInt(Item::label).toArray();
        int[] predicted = data.stream().mapToInt(i -> i.x() > 0 ? 1 : 0).toArray();
        assertEquals(ConfusionMatrix.of(truth, predicted), cv.pooledConfusion());
        Metrics mean = cv.mean();
        double avgAcc = cv.folds().stream().mapToDouble(f -> f.metrics().accuracy()).average().orElseThrow();
        assertEquals(avgAcc, mean.accuracy(), 1e-12);
        assertTrue(mean.accuracy() > 0.6 && mean.accuracy() < 1, "accuracy " + mean.accuracy());
        assertTrue(cv.standardDeviation().accuracy() > 0);
        assertEquals(List.of(new LossPoint(0, 2, 0.1)), cv.lossHistories().get(2));
    }

    @Test
    void confusionMetricsUseHighAsPositive() {
        // truth 1 1 1 0 0 0 0 ; predicted 1 1 0 1 0 0 0 -> tp 2, fn 1, fp 1, tn 3
        ConfusionMatrix m = ConfusionMatrix.of(new int[] {1, 1, 1, 0, 0, 0, 0}, new int[] {1, 1, 0, 1, 0, 0, 0});
        assertEquals(new ConfusionMatrix(2, 1, 3, 1), m);
        Metrics s = m.metrics();
        assertEquals(5.0 / 7, s.accuracy(), 1e-12);
        assertEquals(2.0 / 3, s.precision(), 1e-12);
        assertEquals(2.0 / 3, s.recall(), 1e-12);
        assertEquals(2.0 / 3, s.f1(), 1e-12);
        assertEquals(0.0, ConfusionMatrix.of(new int[] {0, 0}, new int[] {0, 0}).metrics().precision());
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.of(new int[] {2}, new int[] {1}));
    }

    @Test
    void meanAndSampleStandardDeviationAcrossFolds() {
        List<Metrics> folds = List.of(new Metrics(0.6, 0.5, 0.4, 0.3), new Metrics(0.8, 0.7, 0.6, 0.5));
        assertEquals(new Metrics(0.7, 0.6, 0.5, 0.4).accuracy(), Metrics.mean(folds).accuracy(), 1e-12);
        assertEquals(Math.sqrt(0.02), Metrics.standardDeviation(folds).accuracy(), 1e-12);
    }
}
