package org.ressin.knime.nodes.learner;

import java.util.Locale;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.ressin.core.net.TrainingMonitor;

/** Shows the core's training progress (with the loss) in KNIME and passes KNIME's cancel button to the core. */
final class ExecutionTrainingMonitor implements TrainingMonitor {

    private final ExecutionMonitor exec;
    private final String what;

    /**
     * @param exec the (sub-)monitor this training fills from 0 to 1
     * @param what names the training in the message, e.g. "fold 2 of 10" or "final model"
     */
    ExecutionTrainingMonitor(final ExecutionMonitor exec, final String what) {
        this.exec = exec;
        this.what = what;
    }

    @Override
    public void onIteration(final int iteration, final int totalIterations, final double loss,
        final double learningRate) {
        exec.setProgress((iteration + 1) / (double)totalIterations, () -> String.format(Locale.ROOT,
            "Training %s: iteration %d of %d, loss %.4f", what, iteration + 1, totalIterations, loss));
    }

    @Override
    public boolean isCancelled() {
        try {
            exec.checkCanceled();
            return false;
        } catch (CanceledExecutionException e) {
            return true;
        }
    }
}
