package org.ressin.core.pipeline;

import java.util.Objects;

import org.ressin.core.cvxeda.CvxEdaParameters;
import org.ressin.core.image.ImageSettings;
import org.ressin.core.labels.LabelSettings;

/**
 * Settings of the steps before learning (method §1-3): discard the start of each recording, decompose with
 * cvxEDA, label with personal thresholds, image.
 *
 * @param skipSeconds seconds discarded at the start of each raw recording (the method: 15)
 * @param threads     recordings decomposed and imaged at once
 */
public record PreparationSettings(double skipSeconds, CvxEdaParameters cvxeda, LabelSettings labels,
        ImageSettings images, int threads) {

    public static final double DEFAULT_SKIP_SECONDS = 15.0;

    public PreparationSettings {
        if (!(skipSeconds >= 0) || Double.isInfinite(skipSeconds)) {
            throw new IllegalArgumentException("skip seconds must be finite and >= 0, was " + skipSeconds);
        }
        Objects.requireNonNull(cvxeda, "cvxeda");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(images, "images");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }

    /** The method's settings: 15 s discarded, the authors' cvxEDA, default labels, 224 x 224 mix images, all cores. */
    public static PreparationSettings defaults() {
        return new PreparationSettings(DEFAULT_SKIP_SECONDS, CvxEdaParameters.defaults(), LabelSettings.defaults(),
                ImageSettings.defaults(), Runtime.getRuntime().availableProcessors());
    }

    public PreparationSettings withSkipSeconds(double s) { return new PreparationSettings(s, cvxeda, labels, images, threads); }

    public PreparationSettings withCvxeda(CvxEdaParameters p) { return new PreparationSettings(skipSeconds, p, labels, images, threads); }

    public PreparationSettings withLabels(LabelSettings l) { return new PreparationSettings(skipSeconds, cvxeda, l, images, threads); }

    public PreparationSettings withImages(ImageSettings i) { return new PreparationSettings(skipSeconds, cvxeda, labels, i, threads); }

    public PreparationSettings withThreads(int t) { return new PreparationSettings(skipSeconds, cvxeda, labels, images, t); }
}
