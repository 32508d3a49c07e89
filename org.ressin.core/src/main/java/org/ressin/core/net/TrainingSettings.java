package org.ressin.core.net;

/**
 * How the network is trained: SGD on mini-batches with a step learning-rate schedule.
 *
 * @param epochs           passes over the training data
 * @param batchSize        examples per mini-batch (paper: 100)
 * @param learningRate     initial learning rate (paper: 0.001)
 * @param lrFactor         the rate is multiplied by this every {@code lrStep} iterations (paper: 0.1)
 * @param lrStep           iterations between learning-rate steps (paper: 300)
 * @param momentum         Nesterov momentum (paper silent; 0 = plain SGD)
 * @param weightDecay      L2 weight decay (paper silent; default 0)
 * @param seed             seeds initialisation, shuffling and random crops
 * @param threads          ND4J, OpenBLAS and OpenMP (oneDNN) threads, process wide (0 = leave the default)
 */
public record TrainingSettings(int epochs, int batchSize, double learningRate, double lrFactor, int lrStep,
                               double momentum, double weightDecay, long seed, int threads) {

    public TrainingSettings {
        if (epochs <= 0) throw new IllegalArgumentException("TrainingSettings.epochs must be positive, was " + epochs);
        if (batchSize <= 0) throw new IllegalArgumentException("TrainingSettings.batchSize must be positive, was " + batchSize);
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("TrainingSettings.learningRate must be positive, was " + learningRate);
        }
        if (!(lrFactor > 0 && lrFactor <= 1)) {
            throw new IllegalArgumentException("TrainingSettings.lrFactor must be in (0, 1], was " + lrFactor);
        }
        if (lrStep <= 0) throw new IllegalArgumentException("TrainingSettings.lrStep must be positive, was " + lrStep);
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("TrainingSettings.momentum must be in [0, 1), was " + momentum);
        }
        if (!(weightDecay >= 0) || Double.isInfinite(weightDecay)) {
            throw new IllegalArgumentException("TrainingSettings.weightDecay must be >= 0, was " + weightDecay);
        }
        if (threads < 0) throw new IllegalArgumentException("TrainingSettings.threads must be >= 0, was " + threads);
    }

    /**
     * The paper's schedule: batch 100, lr 0.001 x 0.1 every 300 iterations; momentum 0.9 and 15
     * epochs are our choices (about 1,100 iterations on 90 % of PMEmo, past the third lr step).
     */
    public static TrainingSettings paper() {
        return new TrainingSettings(15, 100, 0.001, 0.1, 300, 0.9, 0.0, 42L, 0);
    }

    /**
     * Quick training for the small network: batch 16, lr 0.01, 8 epochs, weight decay 0.001, one thread. Its
     * operations are too small to share: on the idle 2-core machine one thread took 24 s per 5-fold run of the
     * demo where two took 20 s spinning and 45 s with the launcher's passive OpenMP wait policy, and one thread does
     * not stall when another process holds a core.
     */
    public static TrainingSettings small() {
        return new TrainingSettings(8, 16, 0.01, 0.1, 300, 0.9, 0.001, 42L, 1);
    }

    /** The learning rate used by update {@code iteration} (0-based). */
    public double learningRateAt(int iteration) {
        return learningRate * Math.pow(lrFactor, iteration / lrStep);
    }

    public TrainingSettings withEpochs(int e) {
        return new TrainingSettings(e, batchSize, learningRate, lrFactor, lrStep, momentum, weightDecay, seed, threads);
    }

    public TrainingSettings withBatchSize(int b) {
        return new TrainingSettings(epochs, b, learningRate, lrFactor, lrStep, momentum, weightDecay, seed, threads);
    }

    public TrainingSettings withLearningRate(double lr) {
        return new TrainingSettings(epochs, batchSize, lr, lrFactor, lrStep, momentum, weightDecay, seed, threads);
    }

    public TrainingSettings withSchedule(double lr, double factor, int step) {
        return new TrainingSettings(epochs, batchSize, lr, factor, step, momentum, weightDecay, seed, threads);
    }

    public TrainingSettings withMomentum(double m) {
        return new TrainingSettings(epochs, batchSize, learningRate, lrFactor, lrStep, m, weightDecay, seed, threads);
    }

    public TrainingSettings withSeed(long s) {
        return new TrainingSettings(epochs, batchSize, learningRate, lrFactor, lrStep, momentum, weightDecay, s, threads);
    }

    public TrainingSettings withThreads(int t) {
        return new TrainingSettings(epochs, batchSize, learningRate, lrFactor, lrStep, momentum, weightDecay, seed, t);
    }
}
