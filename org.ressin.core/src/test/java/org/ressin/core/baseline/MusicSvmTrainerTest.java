package org.ressin.core.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ressin.core.eval.CrossValidation;
import org.ressin.core.eval.CvResult;
import org.ressin.core.eval.Grouping;
import org.ressin.core.eval.ZScore;
import org.ressin.core.labels.LabelSettings;
import org.ressin.core.labels.Target;
import org.ressin.core.pmemo.PmemoDataset;
import org.ressin.core.synth.SynthSettings;
import org.ressin.core.synth.SyntheticPmemo;
import org.ressin.core.synth.SyntheticTruth;

import libsvm.svm;
import libsvm.svm_model;
import libsvm.svm_node;
import libsvm.svm_parameter;
import libsvm.svm_problem;

/** The music-only SVM on the default synthetic dataset (320 recordings, 32 features) and on hand-made items. */
class MusicSvmTrainerTest {

    @TempDir
    static Path tmp;
    static Path data;
    static SyntheticTruth truth;
    static PmemoDataset dataset;

    @BeforeAll
    static void generate() throws IOException {
        data = tmp.resolve("pmemo");
        truth = new SyntheticPmemo(SynthSettings.defaults()).writeTo(data);
        dataset = PmemoDataset.open(data);
    }

    private static CvResult crossValidate(Target t, long seed) throws IOException {
        MusicItems items = MusicItems.fromRatings(dataset, t, LabelSettings.defaults());
        return CrossValidation.run(items.items(), 10, Grouping.SUBJECT, seed,
                MusicSvmTrainer.forItems(SvmSettings.defaults()));
    }

    @Test
    void accuracyIsClearlyAboveChanceAndNotAboveTheMusicOptimum() throws IOException {
        for (Target t : Target.values()) {
            SyntheticTruth.Optimum o = t == Target.VALENCE ? truth.valence() : truth.arousal();
            double accuracy = crossValidate(t, 42).mean().accuracy();
            assertTrue(accuracy > o.chance() + 0.08, t + ": accuracy " + accuracy + ", chance " + o.chance());
            assertTrue(accuracy < o.music() + 0.05, t + ": accuracy " + accuracy + ", optimum " + o.music());
        }
    }

    @Test
    void sameSeedSamePredictions() throws IOException {
        CvResult a = crossValidate(Target.AROUSAL, 7);
        CvResult b = crossValidate(Target.AROUSAL, 7);
        for (int f = 0; f < a.folds().size(); f++) {
            assertArrayEquals(a.folds().get(f).testIndices(), b.folds().get(f).testIndices());
            assertArrayEquals(a.folds().get(f).predictions(), b.folds().get(f).predictions());
        }
        assertEquals(a.mean(), b.mean());
    }

    @Test
    void labelsAreTheGeneratorsPersonalLabels() throws IOException {
        Map<String, String[]> expected = new HashMap<>();
        try (Reader r = Files.newBufferedReader(data.resolve(SyntheticPmemo.RECORDING_TRUTH_FILE))) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                expected.put(rec.get("musicId") + "/" + rec.get("subjectId"),
                        new String[] {rec.get("labelValence"), rec.get("labelArousal")});
            }
        }
        for (Target t : Target.values()) {
            MusicItems items = MusicItems.fromRatings(dataset, t, LabelSettings.defaults());
            assertEquals(expected.size(), items.items().size());
            for (MusicItem i : items.items()) {
                String want = expected.get(i.musicId() + "/" + i.subjectId())[t.ordinal()];
                assertEquals(want, Integer.toString(i.label()), i.musicId() + "/" + i.subjectId() + " " + t);
            }
        }
    }

    @Test
    void thePrecomputedSongKernelGivesLibsvmsOwnModel() throws IOException {
        // the same fold fitted by libsvm computing the RBF kernel itself on the z-scored vectors
        List<MusicItem> items = MusicItems.fromRatings(dataset, Target.VALENCE, LabelSettings.defaults()).items();
        List<MusicItem> training = new ArrayList<>();
        List<MusicItem> test = new ArrayList<>();
        for (MusicItem i : items) (Integer.parseInt(i.subjectId()) % 4 == 0 ? test : training).add(i);
        for (SvmSettings s : List.of(SvmSettings.defaults(), SvmSettings.defaults().withKernel(SvmKernel.LINEAR)
                .withC(0.1))) {
            var fitted = (MusicSvmTrainer<MusicItem>.Fitted) MusicSvmTrainer.forItems(s).fit(training, 0);
            int[] ours = fitted.predict(test);
            double[] ourValues = fitted.decisionValues(test);

            ZScore z = ZScore.fit(training.stream().map(MusicItem::music).toList());
            svm_problem problem = new svm_problem();
            problem.l = training.size();
            problem.x = training.stream().map(i -> Libsvm.nodes(z.apply(i.music()))).toArray(svm_node[][]::new);
            problem.y = training.stream().mapToDouble(MusicItem::label).toArray();
            svm_parameter p = new svm_parameter();
            p.svm_type = svm_parameter.C_SVC;
            p.kernel_type = s.kernel() == SvmKernel.RBF ? svm_parameter.RBF : svm_parameter.LINEAR;
            p.gamma = 1.0 / 32;
            p.C = s.c();
            p.eps = 1e-3;
            p.cache_size = 100;
            p.shrinking = 1;
            p.weight_label = new int[0];
            p.weight = new double[0];
            svm_model direct = svm.svm_train(problem, p);
            int[] theirs = test.stream().mapToInt(i -> (int) svm.svm_predict(direct, Libsvm.nodes(z.apply(i.music()))))
                    .toArray();
            assertArrayEquals(theirs, ours, s.kernel().toString());
            for (int i = 0; i < test.size(); i++) {
                double[] value = new double[1];
                svm.svm_predict_values(direct, Libsvm.nodes(z.apply(test.get(i).music())), value);
                // libsvm caches its kernel as floats, our precomputed kernel is exact: agreement to ~1e-6
                assertEquals(value[0], ourValues[i], 1e-4 * Math.max(1, Math.abs(value[0])), s.kernel() + " " + i);
            }
        }
    }

    @Test
    void zScoresComeFromTheTrainingRowsOnly() {
        // feature 1 is constant (1.0) in training and 50 in the test songs: dropped, it cannot swamp the
        // informative feature 2 (kept as 49 standard deviations it would make every RBF kernel value 0)
        List<MusicItem> training = new ArrayList<>();
        double[] low = {1.0, -1.0};
        double[] high = {1.0, 1.0};
        for (int s = 0; s < 10; s++) {
            training.add(new MusicItem("s" + s, "A", low, 0));
            training.add(new MusicItem("s" + s, "B", high, 1));
        }
        List<MusicItem> test = List.of(new MusicItem("t", "C", new double[] {50, 0.9}, 1),
                new MusicItem("t", "D", new double[] {50, -0.9}, 0));
        int[] predicted = MusicSvmTrainer.forItems(SvmSettings.defaults()).fit(training, 0).predict(test);
        assertArrayEquals(new int[] {1, 0}, predicted);
    }

    @Test
    void namesExamplesWithBadFeatures() {
        MusicSvmTrainer<MusicItem> trainer = MusicSvmTrainer.forItems(SvmSettings.defaults());
        List<MusicItem> inconsistent = List.of(new MusicItem("1", "A", new double[] {1, 2}, 0),
                new MusicItem("2", "A", new double[] {1, 3}, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> trainer.fit(inconsistent, 0));
        assertTrue(e.getMessage().contains("song A"), e.getMessage());
        List<MusicItem> nan = List.of(new MusicItem("1", "A", new double[] {1, Double.NaN}, 0));
        e = assertThrows(IllegalArgumentException.class, () -> trainer.fit(nan, 0));
        assertTrue(e.getMessage().contains("A/1") && e.getMessage().contains("feature 2"), e.getMessage());
    }
}
