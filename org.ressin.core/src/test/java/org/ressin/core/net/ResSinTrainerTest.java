package org.ressin.core.net;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.ressin.core.eval.LossPoint;

class ResSinTrainerTest {

    static final NetworkSettings NET = NetworkSettings.small().withImageSize(16);
    // one thread: the small net is overhead-bound, and OpenMP teams stall when other processes load the cores
    static final TrainingSettings TRAIN = TrainingSettings.small().withEpochs(6).withThreads(1);

    static double accuracy(ResSinModel model, List<LabeledExample> test) {
        List<Prediction> p = model.predict(test);
        int ok = 0;
        for (int i = 0; i < test.size(); i++) if (p.get(i).label() == test.get(i).label()) ok++;
        return (double) ok / test.size();
    }

    @Test
    void learnsALabelVisibleInTheImage() {
        List<LabeledExample> train = SyntheticImage.examples(64, 8, 16, true, 0, 0, 1);
        List<LabeledExample> test = SyntheticImage.examples(40, 5, 16, true, 0, 0, 2);
        ResSinModel model = ResSinTrainer.train(train, NET.withFusion(false), TRAIN, TrainingMonitor.NONE);
        double acc = accuracy(model, test);
        assertTrue(acc >= 0.85, "held-out accuracy " + acc);
        List<LossPoint> h = model.lossHistory();
        assertEquals(6 * 4, h.size());
        assertTrue(h.get(h.size() - 1).loss() < h.get(0).loss(), "loss did not fall: " + h);
    }

    @Test
    void learnsALabelLinearInTheMusicFeatures() {
        List<LabeledExample> train = SyntheticImage.examples(64, 8, 16, false, 4, 4, 3);
        List<LabeledExample> test = SyntheticImage.examples(40, 5, 16, false, 4, 4, 4);
        ResSinModel model = ResSinTrainer.train(train, NET, TRAIN, TrainingMonitor.NONE);
        double acc = accuracy(model, test);
        assertTrue(acc >= 0.8, "held-out accuracy " + acc);
        assertEquals(4, model.musicDimension());
        assertEquals(List.of("music_0", "music_1", "music_2", "music_3"), model.musicFeatureNames());
        // z-scores were fitted on the training part: mean of feature 1 near 10
        assertEquals(10, model.musicScaler().mean()[1], 1.5);
    }

    @Test
    void sameSeedGivesSameWeightsAndHistory() {
        List<LabeledExample> data = SyntheticImage.examples(40, 8, 16, true, 4, 1, 5);
        TrainingSettings t = TRAIN.withEpochs(2);
        ResSinModel a = ResSinTrainer.train(data, NET, t, TrainingMonitor.NONE);
        ResSinModel b = ResSinTrainer.train(data, NET, t, TrainingMonitor.NONE);
        assertArrayEquals(a.network().params().toFloatVector(), b.network().params().toFloatVector());
        assertEquals(a.lossHistory(), b.lossHistory());
        ResSinModel c = ResSinTrainer.train(data, NET, t.withSeed(7), TrainingMonitor.NONE);
        assertFalse(Arrays.equals(a.network().params().toFloatVector(), c.network().params().toFloatVector()));
    }

    @Test
    void savedAndReloadedModelPredictsIdentically() throws IOException {
        List<LabeledExample> data = SyntheticImage.examples(32, 8, 16, true, 4, 1, 6);
        ResSinModel model = ResSinTrainer.train(data, List.of("a", "b", "c", "d"), NET, TRAIN.withEpochs(2),
                TrainingMonitor.NONE);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.save(bytes);
        ResSinModel back = ResSinModel.load(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(model.predict(data), back.predict(data));
        assertArrayEquals(model.edaFeatures(data), back.edaFeatures(data));
        assertEquals(model.networkSettings(), back.networkSettings());
        assertEquals(model.trainingSettings(), back.trainingSettings());
        assertArrayEquals(model.channelMeans(), back.channelMeans());
        assertArrayEquals(model.musicScaler().mean(), back.musicScaler().mean());
        assertArrayEquals(model.musicScaler().stdDev(), back.musicScaler().stdDev());
        assertEquals(List.of("a", "b", "c", "d"), back.musicFeatureNames());
        assertEquals(model.lossHistory(), back.lossHistory());
        assertEquals(NET.featureDimension(), back.edaFeatures(data.subList(0, 1))[0].length);
    }

    @Test
    void loadRejectsSomethingElse() {
        IOException e = assertThrows(IOException.class,
                () -> ResSinModel.load(new ByteArrayInputStream("not a zip".getBytes())));
        assertTrue(e.getMessage().contains("not a Res-SIN model"), e.getMessage());
    }

    @Test
    void cancellationStopsPromptlyAndReportsProgress() {
        List<LabeledExample> data = SyntheticImage.examples(64, 8, 16, true, 0, 0, 8);
        List<Integer> seen = new ArrayList<>();
        TrainingMonitor stopAfterThree = new TrainingMonitor() {
            @Override public void onIteration(int iteration, int total, double loss, double lr) {
                seen.add(iteration);
                assertEquals(6 * 4, total);
            }

            @Override public boolean isCancelled() { return seen.size() >= 3; }
        };
        assertThrows(CancellationException.class,
                () -> ResSinTrainer.train(data, NET.withFusion(false), TRAIN, stopAfterThree));
        assertEquals(List.of(0, 1, 2), seen);
    }

    @Test
    void learningRateFollowsTheStepScheduleAsDl4jAppliesIt() {
        List<LabeledExample> data = SyntheticImage.examples(32, 8, 16, true, 0, 0, 9);
        TrainingSettings t = TRAIN.withEpochs(2).withSchedule(0.01, 0.1, 3); // 2 batches per epoch: 4 updates
        ResSinModel model = ResSinTrainer.train(data, NET.withFusion(false), t, TrainingMonitor.NONE);
        double[] lrs = model.lossHistory().stream().mapToDouble(LossPoint::learningRate).toArray();
        assertArrayEquals(new double[] {0.01, 0.01, 0.01, 0.001}, lrs, 1e-12);
        // DL4J's own schedule at the next iteration agrees with ours
        assertEquals(t.learningRateAt(4), model.network().getLearningRate(ResSinArchitecture.OUTPUT), 1e-12);
    }

    @Test
    void badInputIsNamed() {
        List<LabeledExample> data = new ArrayList<>(SyntheticImage.examples(8, 4, 16, true, 4, 1, 10));
        double[] nan = {1, Double.NaN, 3, 4};
        LabeledExample bad = data.get(3);
        data.set(3, new LabeledExample(bad.subjectId(), bad.musicId(), bad.image(), nan, bad.label()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ResSinTrainer.train(data, NET, TRAIN, TrainingMonitor.NONE));
        assertTrue(e.getMessage().contains(bad.id()) && e.getMessage().contains("music feature 1"), e.getMessage());

        List<LabeledExample> wrongSize = SyntheticImage.examples(8, 4, 20, true, 0, 0, 11);
        e = assertThrows(IllegalArgumentException.class,
                () -> ResSinTrainer.train(wrongSize, NET.withFusion(false), TRAIN, TrainingMonitor.NONE));
        assertTrue(e.getMessage().contains("20 px") && e.getMessage().contains("16 px"), e.getMessage());
    }
}
