package org.ressin.core.synth;

import java.util.List;

import org.ojalgo.random.Normal;

/**
 * Bayes-optimal accuracies for one target, computed in closed form from the model (no sampling):
 * <ul>
 *   <li>latent state: {@code P(high | music) = sigmoid(musicStrength * score)}; the EDA expression is
 *       {@code x = edaStrength * (state - 1/2) + N(0, 1)}, whose likelihood ratio gives
 *       {@code P(high | x) = sigmoid(edaStrength * x)} under the population prior 1/2, and
 *       {@code P(high | music, x) = sigmoid(musicStrength * score + edaStrength * x)};</li>
 *   <li>label: {@code a_s(state) = P(label = 1 | state, subject s) = P(rating > threshold_s)} with the rating
 *       {@code N(bias_s + spread_s (state - 1/2), (ratingNoise spread_s)^2)} and the subject's realised
 *       threshold;</li>
 *   <li>the classifier is user independent: it does not know the subject, so it decides "1" when
 *       {@code P(high | info) a(1) + (1 - P(high | info)) a(0) > 1/2} with {@code a} averaged over the
 *       recordings; it is right with probability {@code P_i} or {@code 1 - P_i}, where {@code P_i} uses the
 *       recording's own subject. Accuracy = mean over the recordings.</li>
 * </ul>
 */
final class BayesOptimum {

    /** What the generator drew for one recording and one target. */
    record Case(double musicScore, double edaExpression, boolean high, double bias, double spread,
                double threshold, boolean label) {}

    private static final Normal STANDARD = Normal.standard();

    private BayesOptimum() {}

    static SyntheticTruth.Optimum compute(List<Case> cases, double musicStrength, double edaStrength,
                                          double ratingNoise) {
        int n = cases.size();
        double[] a0 = new double[n];
        double[] a1 = new double[n];
        double mean0 = 0, mean1 = 0;
        for (int i = 0; i < n; i++) {
            a0[i] = pLabelGivenState(cases.get(i), false, ratingNoise);
            a1[i] = pLabelGivenState(cases.get(i), true, ratingNoise);
            mean0 += a0[i] / n;
            mean1 += a1[i] / n;
        }
        double music = 0, eda = 0, both = 0, latent = 0;
        int musicHits = 0, edaHits = 0, bothHits = 0, ones = 0;
        for (int i = 0; i < n; i++) {
            Case c = cases.get(i);
            double pm = sigmoid(musicStrength * c.musicScore());
            double pe = sigmoid(edaStrength * c.edaExpression());
            double pb = sigmoid(musicStrength * c.musicScore() + edaStrength * c.edaExpression());
            double pz = c.high() ? 1 : 0;
            music += accuracy(pm, mean0, mean1, a0[i], a1[i]);
            eda += accuracy(pe, mean0, mean1, a0[i], a1[i]);
            both += accuracy(pb, mean0, mean1, a0[i], a1[i]);
            latent += accuracy(pz, mean0, mean1, a0[i], a1[i]);
            musicHits += decide(pm, mean0, mean1) == c.label() ? 1 : 0;
            edaHits += decide(pe, mean0, mean1) == c.label() ? 1 : 0;
            bothHits += decide(pb, mean0, mean1) == c.label() ? 1 : 0;
            ones += c.label() ? 1 : 0;
        }
        double high = (double) ones / n;
        return new SyntheticTruth.Optimum(music / n, eda / n, both / n, latent / n, Math.max(high, 1 - high),
                (double) musicHits / n, (double) edaHits / n, (double) bothHits / n, high);
    }

    /** P(label = 1 | state): the rating exceeds the threshold (clipping to [0, 1] does not move it across). */
    static double pLabelGivenState(Case c, boolean high, double ratingNoise) {
        double mean = c.bias() + c.spread() * (high ? 0.5 : -0.5);
        double sd = ratingNoise * c.spread();
        if (sd == 0) {
            return mean > c.threshold() ? 1 : 0;
        }
        return 1 - STANDARD.getDistribution((c.threshold() - mean) / sd);
    }

    /** The user-independent decision from P(high | info). */
    private static boolean decide(double pHigh, double mean0, double mean1) {
        return pHigh * mean1 + (1 - pHigh) * mean0 > 0.5;
    }

    /** Probability that the decision is right for a recording whose subject has label probabilities a0, a1. */
    private static double accuracy(double pHigh, double mean0, double mean1, double a0, double a1) {
        double p = pHigh * a1 + (1 - pHigh) * a0;
        return decide(pHigh, mean0, mean1) ? p : 1 - p;
    }

    static double sigmoid(double v) {
        return 1 / (1 + StrictMath.exp(-v));
    }
}
