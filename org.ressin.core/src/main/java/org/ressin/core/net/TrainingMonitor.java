package org.ressin.core.net;

/**
 * Progress and cancellation hooks of training, called on the training thread after each update.
 * Keep implementations cheap: they run once per mini-batch.
 */
public interface TrainingMonitor {

    /** A monitor that ignores progress and never cancels. */
    TrainingMonitor NONE = new TrainingMonitor() {};

    /**
     * Called after each parameter update.
     *
     * @param iteration    0-based update count
     * @param totalIterations the number of updates training will make if not cancelled
     * @param loss         mini-batch loss of this update
     * @param learningRate learning rate used by this update
     */
    default void onIteration(int iteration, int totalIterations, double loss, double learningRate) {}

    /** Polled before each update; returning true stops training with a {@link java.util.concurrent.CancellationException}. */
    default boolean isCancelled() { return false; }
}
