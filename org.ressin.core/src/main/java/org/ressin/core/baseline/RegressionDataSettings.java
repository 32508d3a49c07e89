package org.ressin.core.baseline;

import java.util.Objects;

import org.ressin.core.cvxeda.CvxEdaParameters;
import org.ressin.core.pipeline.PreparationSettings;

/**
 * How recordings become regression rows.
 *
 * @param skipSeconds seconds discarded at the start of each recording (the method: 15)
 * @param featuriser  low-pass cutoff and vector length
 * @param cvxeda      the decomposition giving tonic and phasic
 * @param threads     recordings decomposed at once
 */
public record RegressionDataSettings(double skipSeconds, SignalFeaturiser featuriser, CvxEdaParameters cvxeda,
        int threads) {

    public RegressionDataSettings {
        if (!(skipSeconds >= 0) || Double.isInfinite(skipSeconds)) {
            throw new IllegalArgumentException("skip seconds must be finite and >= 0, was " + skipSeconds);
        }
        Objects.requireNonNull(featuriser, "featuriser");
        Objects.requireNonNull(cvxeda, "cvxeda");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }

    /** 15 s discarded, 0.6 Hz, 50 points, the authors' cvxEDA, all cores. */
    public static RegressionDataSettings defaults() {
        return new RegressionDataSettings(PreparationSettings.DEFAULT_SKIP_SECONDS, SignalFeaturiser.defaults(),
                CvxEdaParameters.defaults(), Runtime.getRuntime().availableProcessors());
    }

    public RegressionDataSettings withFeaturiser(SignalFeaturiser f) {
        return new RegressionDataSettings(skipSeconds, f, cvxeda, threads);
    }

    public RegressionDataSettings withThreads(int t) {
        return new RegressionDataSettings(skipSeconds, featuriser, cvxeda, t);
    }
}
