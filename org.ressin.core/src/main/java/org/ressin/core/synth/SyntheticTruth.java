package org.ressin.core.synth;

/**
 * What the generator knows about the dataset it wrote: its settings, its size and, per target, the best accuracy
 * any classifier can reach on the downstream labels (personal thresholds on the ratings). Also written as
 * {@value SyntheticPmemo#TRUTH_FILE}.
 *
 * @param songsWithEda songs that at least one subject heard (those have an EDA file)
 * @param recordings number of recordings
 * @param totalSamples samples over all recordings
 */
public record SyntheticTruth(SynthSettings settings, int songsWithEda, long recordings, long totalSamples,
                             Optimum valence, Optimum arousal) {

    /**
     * Accuracies for one target (valence or arousal), as fractions in [0, 1].
     *
     * <p>The figures without suffix are expectations over the label noise on the generated recordings: the
     * accuracy of the Bayes-optimal user-independent classifier, which knows the generative model but not the
     * subject (see {@code BayesOptimum}). No classifier trained on the data can do better in expectation.
     *
     * @param music Bayes-optimal from the song's music features alone
     * @param eda Bayes-optimal from the recording's latent EDA expression alone (the value that drives the signal;
     *            a classifier that sees only the sampled signal can only do worse)
     * @param both Bayes-optimal from music features and EDA expression together
     * @param latentState accuracy of knowing the latent high/low state exactly: the ceiling set by rating noise
     * @param chance accuracy of always predicting the more frequent label
     * @param musicRealised fraction of the generated labels the music-only Bayes rule predicts right
     * @param edaRealised the same for the EDA-only rule
     * @param bothRealised the same for the rule using both
     * @param highFraction fraction of labels that are 1 (high)
     */
    public record Optimum(double music, double eda, double both, double latentState, double chance,
                          double musicRealised, double edaRealised, double bothRealised, double highFraction) {}
}
