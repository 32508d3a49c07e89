package org.ressin.core.net;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.MultiDataSet;
import org.ressin.core.image.Channel;

class ExampleBatchIteratorTest {

    final NetworkSettings net = NetworkSettings.small().withImageSize(16); // crop 14
    final List<LabeledExample> data = SyntheticImage.examples(10, 5, 16, true, 3, 1, 1);

    float[] render(LabeledExample e) {
        float[] f = new float[3 * 16 * 16];
        e.image().render(f, 0);
        return f;
    }

    @Test
    void centreCropSubtractsMeansAndSelectsChannels() {
        float[] means = {0.1f, 0.2f, 0.3f};
        ExampleBatchIterator it = new ExampleBatchIterator(data, 4, new ImageBatcher(net, means),
                MusicScaler.fit(data), false, 0);
        MultiDataSet b = it.next();
        INDArray img = b.getFeatures(0);
        assertArrayEquals(new long[] {4, 3, 14, 14}, img.shape());
        assertArrayEquals(new long[] {4, 3}, b.getFeatures(1).shape());
        assertArrayEquals(new long[] {4, 2}, b.getLabels(0).shape());
        float[] full = render(data.get(2));
        // centre crop offset (16 - 14) / 2 = 1
        assertEquals(full[(1 * 16 + 1 + 5) * 16 + 1 + 7] - 0.2f, img.getFloat(2, 1, 5, 7), 1e-6);
        assertEquals(data.get(2).label(), b.getLabels(0).getRow(2).argMax().getInt(0));

        NetworkSettings originOnly = net.withChannels(ChannelSelection.ORIGIN);
        ExampleBatchIterator one = new ExampleBatchIterator(data, 4, new ImageBatcher(originOnly, new float[] {0.5f}),
                null, false, 0);
        MultiDataSet ob = one.next();
        assertEquals(1, ob.getFeatures().length, "no music input without a scaler");
        assertArrayEquals(new long[] {4, 1, 14, 14}, ob.getFeatures(0).shape());
        int originPlane = SyntheticImage.MIX.indexOf(Channel.ORIGIN);
        assertEquals(full[(originPlane * 16 + 1 + 3) * 16 + 1 + 4] - 0.5f, ob.getFeatures(0).getFloat(2, 0, 3, 4), 1e-6);
    }

    @Test
    void trainingModeShufflesReproduciblyAndVisitsEachExampleOncePerEpoch() {
        List<List<Integer>> run1 = epochs(42);
        List<List<Integer>> run2 = epochs(42);
        assertEquals(run1, run2);
        assertNotEquals(run1.get(0), run1.get(1), "a new order each epoch");
        for (List<Integer> epoch : run1) assertEquals(Set.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), new HashSet<>(epoch));
        assertNotEquals(run1, epochs(43));
    }

    /** Example order of 2 epochs, recovered from the music feature 1 values. */
    List<List<Integer>> epochs(long seed) {
        MusicScaler scaler = MusicScaler.fit(data);
        ExampleBatchIterator it = new ExampleBatchIterator(data, 3, new ImageBatcher(net, new float[3]), scaler, true, seed);
        assertEquals(4, it.batchesPerEpoch());
        List<List<Integer>> out = new ArrayList<>();
        for (int e = 0; e < 2; e++) {
            if (e > 0) it.reset();
            List<Integer> order = new ArrayList<>();
            while (it.hasNext()) {
                INDArray m = it.next().getFeatures(1);
                for (int r = 0; r < m.rows(); r++) order.add(indexOfMusic(scaler, m.getFloat(r, 1)));
            }
            out.add(order);
        }
        return out;
    }

    int indexOfMusic(MusicScaler s, float z) {
        for (int i = 0; i < data.size(); i++) {
            if (Math.abs((data.get(i).music()[1] - s.mean()[1]) / s.stdDev()[1] - z) < 1e-5) return i;
        }
        throw new AssertionError("no example with z " + z);
    }

    @Test
    void randomCropsStayInsideTheImage() {
        ExampleBatchIterator it = new ExampleBatchIterator(data, 10, new ImageBatcher(net, new float[3]), null, true, 3);
        INDArray img = it.next().getFeatures(0);
        assertTrue(img.minNumber().floatValue() >= 0f && img.maxNumber().floatValue() <= 1f);
    }

    @Test
    void nhwcBatchIsThePermutedNchwBatch() {
        NetworkSettings nhwc = net.withDataFormat(NetworkSettings.DataFormat.NHWC);
        INDArray a = new ExampleBatchIterator(data, 5, new ImageBatcher(net, new float[3]), null, false, 0).next().getFeatures(0);
        INDArray b = new ExampleBatchIterator(data, 5, new ImageBatcher(nhwc, new float[3]), null, false, 0).next().getFeatures(0);
        assertEquals(a.permute(0, 2, 3, 1), b);
    }

    @Test
    void channelMeansAreAveragesOfTheTrainingImages() {
        float[] means = ImageBatcher.channelMeans(data, net);
        double expected = 0;
        for (LabeledExample e : data) {
            float[] f = render(e);
            double s = 0;
            for (int p = 0; p < 256; p++) s += f[2 * 256 + p];
            expected += s / 256;
        }
        assertEquals(expected / data.size(), means[2], 1e-5);
    }

    @Test
    void musicScalerZScoresAndKeepsConstantFeaturesAtZero() {
        List<LabeledExample> two = List.of(
                new LabeledExample("a", "1", data.get(0).image(), new double[] {1, 5}, 0),
                new LabeledExample("b", "2", data.get(0).image(), new double[] {3, 5}, 1));
        MusicScaler s = MusicScaler.fit(two);
        assertArrayEquals(new double[] {2, 5}, s.mean(), 1e-12);
        assertArrayEquals(new double[] {1, 0}, s.stdDev(), 1e-12);
        float[] z = new float[2];
        s.scale(two.get(0), z, 0);
        assertArrayEquals(new float[] {-1, 0}, z);
        // a feature constant in training carries nothing learned: 0 also where a new example varies
        s.scale(new LabeledExample("d", "4", data.get(0).image(), new double[] {3, 9}, 1), z, 0);
        assertArrayEquals(new float[] {1, 0}, z);
        LabeledExample shortOne = new LabeledExample("c", "3", data.get(0).image(), new double[] {1}, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.scale(shortOne, z, 0));
        assertTrue(e.getMessage().contains("3/c") && e.getMessage().contains("expected 2"), e.getMessage());
    }
}
