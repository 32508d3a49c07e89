package org.ressin.core.eval;

/**
 * Counts of a binary classification with positive class = high (1).
 *
 * @param truePositives  true 1, predicted 1
 * @param falsePositives true 0, predicted 1
 * @param trueNegatives  true 0, predicted 0
 * @param falseNegatives true 1, predicted 0
 */
public record ConfusionMatrix(int truePositives, int falsePositives, int trueNegatives, int falseNegatives) {

    public ConfusionMatrix {
        if (truePositives < 0 || falsePositives < 0 || trueNegatives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("confusion counts must not be negative");
        }
    }

    /** Counts the pairs of true and predicted labels (each 0 or 1). */
    public static ConfusionMatrix of(int[] truth, int[] predicted) {
        if (truth.length != predicted.length) {
            throw new IllegalArgumentException(truth.length + " true labels but " + predicted.length + " predictions");
        }
        int tp = 0, fp = 0, tn = 0, fn = 0;
        for (int i = 0; i < truth.length; i++) {
            checkLabel(truth[i], "true label", i);
            checkLabel(predicted[i], "prediction", i);
            if (truth[i] == 1) {
                if (predicted[i] == 1) tp++; else fn++;
            } else {
                if (predicted[i] == 1) fp++; else tn++;
            }
        }
        return new ConfusionMatrix(tp, fp, tn, fn);
    }

    private static void checkLabel(int label, String what, int index) {
        if (label != 0 && label != 1) {
            throw new IllegalArgumentException(what + " at position " + index + " is " + label + ", expected 0 or 1");
        }
    }

    public int total() { return truePositives + falsePositives + trueNegatives + falseNegatives; }

    public ConfusionMatrix plus(ConfusionMatrix o) {
        return new ConfusionMatrix(truePositives + o.truePositives, falsePositives + o.falsePositives,
                trueNegatives + o.trueNegatives, falseNegatives + o.falseNegatives);
    }

    /** Accuracy, precision, recall and F1 of these counts (a ratio with a zero denominator is 0). */
    public Metrics metrics() {
        double accuracy = ratio(truePositives + trueNegatives, total());
        double precision = ratio(truePositives, truePositives + falsePositives);
        double recall = ratio(truePositives, truePositives + falseNegatives);
        double f1 = ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
        return new Metrics(accuracy, precision, recall, f1);
    }

    private static double ratio(int num, int den) { return den == 0 ? 0.0 : (double) num / den; }
}
