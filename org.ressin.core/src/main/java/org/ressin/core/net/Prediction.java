package org.ressin.core.net;

/**
 * The network's answer for one example.
 *
 * @param probabilityHigh softmax probability of class 1 (high)
 * @param label           1 when high is the more probable class, else 0
 */
public record Prediction(double probabilityHigh, int label) {
}
