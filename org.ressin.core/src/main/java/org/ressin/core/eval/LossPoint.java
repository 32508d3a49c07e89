package org.ressin.core.eval;

/**
 * One point of a training-loss curve: the mini-batch loss after a parameter update.
 *
 * @param iteration    0-based update count since training started
 * @param loss         the mini-batch loss of that update
 * @param learningRate the learning rate that update used
 */
public record LossPoint(int iteration, double loss, double learningRate) {
}
