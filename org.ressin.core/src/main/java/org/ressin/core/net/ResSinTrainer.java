package org.ressin.core.net;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.dataset.api.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.ressin.core.eval.LossPoint;
import org.ressin.core.eval.Trainer;

/**
 * Trains Res-SIN: fits the image means and music z-scores on the training part, builds the network
 * and runs mini-batch SGD for the configured epochs, reporting every update to a
 * {@link TrainingMonitor}. Same data, settings and seed give the same weights.
 */
public final class ResSinTrainer {

    private ResSinTrainer() {}

    /** Trains with music feature names "music_0", "music_1", ... (fusion) or none. */
    public static ResSinModel train(List<LabeledExample> training, NetworkSettings net, TrainingSettings settings,
                                    TrainingMonitor monitor) {
        return train(training, null, net, settings, monitor);
    }

    /**
     * Trains a model.
     *
     * @param training          the training examples (with fusion, each needs a music vector of one common length)
     * @param musicFeatureNames names of the music features, stored with the model; null for generated names
     * @param monitor           progress and cancellation; cancellation throws {@link CancellationException}
     * @throws IllegalArgumentException on inconsistent examples, naming the example
     * @throws IllegalStateException    when the loss becomes NaN or infinite (learning rate too high)
     */
    public static ResSinModel train(List<LabeledExample> training, List<String> musicFeatureNames, NetworkSettings net,
                                    TrainingSettings settings, TrainingMonitor monitor) {
        if (training.isEmpty()) throw new IllegalArgumentException("no training examples");
        Nd4jRuntime.configure(settings.threads());
        MusicScaler scaler = net.fusion() ? MusicScaler.fit(training) : null;
        int musicDim = scaler == null ? 0 : scaler.dimension();
        List<String> names = featureNames(musicFeatureNames, musicDim, net.fusion());
        float[] means = ImageBatcher.channelMeans(training, net);

        ComputationGraph graph = new ComputationGraph(ResSinArchitecture.configuration(net, settings, musicDim));
        graph.init();
        NativeKernels.attach(graph);
        ExampleBatchIterator batches = new ExampleBatchIterator(training, settings.batchSize(),
                new ImageBatcher(net, means), scaler, true, settings.seed());
        int total = settings.epochs() * batches.batchesPerEpoch();
        List<LossPoint> history = new ArrayList<>(total);
        try {
            int iteration = 0;
            for (int epoch = 0; epoch < settings.epochs(); epoch++) {
                if (epoch > 0) batches.reset();
                while (batches.hasNext()) {
                    if (monitor.isCancelled()) {
                        throw new CancellationException("training cancelled after " + iteration + " of " + total
                                + " iterations");
                    }
                    MultiDataSet batch = batches.next();
                    double lr = settings.learningRateAt(iteration);
                    graph.fit(batch);
                    // the data term (mean cross-entropy of the batch): DL4J's score adds the weight-decay penalty,
                    // which would lift every curve by a constant-ish amount and hide the EDA-only vs fusion gap
                    double loss = graph.score() - graph.calcRegularizationScore(true);
                    if (!Double.isFinite(loss)) {
                        throw new IllegalStateException("training diverged at iteration " + iteration + " (loss "
                                + loss + "); lower TrainingSettings.learningRate (now " + settings.learningRate() + ")");
                    }
                    history.add(new LossPoint(iteration, loss, lr));
                    monitor.onIteration(iteration, total, loss, lr);
                    iteration++;
                }
            }
        } finally {
            // callers such as KNIME run us on pooled threads: do not leave per-thread workspaces behind
            Nd4j.getWorkspaceManager().destroyAllWorkspacesForCurrentThread();
        }
        return new ResSinModel(graph, net, settings, means, scaler, names, history);
    }

    private static List<String> featureNames(List<String> given, int dim, boolean fusion) {
        if (!fusion) return List.of();
        if (given == null) return IntStream.range(0, dim).mapToObj(i -> "music_" + i).toList();
        if (given.size() != dim) {
            throw new IllegalArgumentException(given.size() + " music feature names for " + dim + " music features");
        }
        return List.copyOf(given);
    }

    /**
     * Res-SIN as a cross-validation {@link Trainer}: one model per fold, predictions are the argmax
     * class, and the fold's loss history is kept.
     *
     * @param monitorForFold gives the monitor of each fold (fold index 0..k-1)
     */
    public static Trainer<LabeledExample> forCrossValidation(NetworkSettings net, TrainingSettings settings,
                                                             IntFunction<TrainingMonitor> monitorForFold) {
        return (training, fold) -> {
            ResSinModel model = train(training, net, settings, monitorForFold.apply(fold));
            return new Trainer.FittedClassifier<>() {
                @Override
                public int[] predict(List<LabeledExample> test) {
                    return model.predict(test).stream().mapToInt(Prediction::label).toArray();
                }

                @Override
                public List<LossPoint> lossHistory() { return model.lossHistory(); }
            };
        };
    }
}
