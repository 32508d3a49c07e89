package org.ressin.core.net;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.MultiDataSet;
import org.nd4j.linalg.dataset.api.MultiDataSetPreProcessor;
import org.nd4j.linalg.dataset.api.iterator.MultiDataSetIterator;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Mini-batches of labelled examples for the network: features are the image tensor (and, with
 * fusion, the z-scored music matrix), labels are one-hot [n, 2]. Images are rendered per batch.
 * In training mode the order is reshuffled on every {@link #reset()} and crops are random, both
 * from generators seeded once, so a run is reproducible; otherwise the order is the list order and
 * crops are centred.
 */
public final class ExampleBatchIterator implements MultiDataSetIterator {

    private final List<LabeledExample> examples;
    private final int batchSize;
    private final ImageBatcher batcher;
    private final MusicScaler scaler; // null without fusion
    private final Random shuffleRng;  // null: keep list order
    private final Random cropRng;     // null: centred crops
    private final int[] order;
    private int cursor;
    private MultiDataSetPreProcessor preProcessor;

    ExampleBatchIterator(List<LabeledExample> examples, int batchSize, ImageBatcher batcher, MusicScaler scaler,
                         boolean training, long seed) {
        if (examples.isEmpty()) throw new IllegalArgumentException("no examples to iterate");
        this.examples = List.copyOf(examples);
        this.batchSize = batchSize;
        this.batcher = batcher;
        this.scaler = scaler;
        this.shuffleRng = training ? new Random(seed) : null;
        this.cropRng = training ? new Random(seed ^ 0x5DEECE66DL) : null;
        this.order = new int[examples.size()];
        reset();
    }

    /** Number of mini-batches per pass (the last one may be smaller). */
    public int batchesPerEpoch() { return (examples.size() + batchSize - 1) / batchSize; }

    @Override
    public boolean hasNext() { return cursor < order.length; }

    @Override
    public MultiDataSet next() { return next(batchSize); }

    @Override
    public MultiDataSet next(int num) {
        if (!hasNext()) throw new NoSuchElementException("epoch finished; call reset()");
        int from = cursor;
        int to = Math.min(order.length, from + num);
        cursor = to;
        INDArray images = batcher.images(examples, order, from, to, cropRng);
        INDArray[] features = scaler == null ? new INDArray[] {images}
                : new INDArray[] {images, ImageBatcher.music(examples, order, from, to, scaler)};
        float[] oneHot = new float[(to - from) * 2];
        for (int b = from; b < to; b++) oneHot[(b - from) * 2 + examples.get(order[b]).label()] = 1f;
        INDArray labels = Nd4j.create(oneHot, new long[] {to - from, 2}, 'c');
        MultiDataSet ds = new org.nd4j.linalg.dataset.MultiDataSet(features, new INDArray[] {labels});
        if (preProcessor != null) preProcessor.preProcess(ds);
        return ds;
    }

    @Override
    public void reset() {
        for (int i = 0; i < order.length; i++) order[i] = i;
        if (shuffleRng != null) { // Fisher-Yates from the persistent generator: a new order each epoch
            for (int i = order.length - 1; i > 0; i--) {
                int j = shuffleRng.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
        }
        cursor = 0;
    }

    @Override
    public void setPreProcessor(MultiDataSetPreProcessor preProcessor) { this.preProcessor = preProcessor; }

    @Override
    public MultiDataSetPreProcessor getPreProcessor() { return preProcessor; }

    @Override
    public boolean resetSupported() { return true; }

    @Override
    public boolean asyncSupported() { return false; }
}
