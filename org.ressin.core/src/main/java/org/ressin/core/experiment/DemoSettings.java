package org.ressin.core.experiment;

import java.nio.file.Path;

import org.ressin.core.eval.Grouping;
import org.ressin.core.image.ImageSettings;
import org.ressin.core.synth.EdaEffects;
import org.ressin.core.synth.SynthSettings;

/**
 * The demo's size in one place: the generated dataset (subjects x songs, seed) and the quick experiment's folds,
 * epochs and image side. {@link #defaults()} is what {@code ressin demo} runs; it is meant to finish in a few
 * minutes on two cores.
 *
 * @param phasicSpan the images' phasic scaling ({@link ExperimentSettings#phasicSpan()}); the method's min-max by
 *                   default
 */
public record DemoSettings(int subjects, int songs, long seed, int folds, int epochs, int imageSize,
        double phasicSpan) {

    public DemoSettings {
        if (subjects < folds) {
            throw new IllegalArgumentException("the demo needs at least as many subjects (" + subjects
                    + ") as folds (" + folds + ")");
        }
        if (songs < 1) throw new IllegalArgumentException("songs must be at least 1, was " + songs);
    }

    /**
     * 40 subjects x 80 songs (640 recordings), seed 1, pronounced EDA effects; 5 subject-grouped folds, 8 epochs,
     * 32 px images, the method's min-max images. Smaller sets leave the music direction too poorly estimated (40
     * songs for 32 features) for any learner to come near the generator's optimum.
     */
    public static DemoSettings defaults() {
        return new DemoSettings(40, 80, 1, 5, 8, 32, ImageSettings.MIN_MAX);
    }

    /** The generator's settings. */
    public SynthSettings synth() {
        return SynthSettings.defaults().withSize(subjects, songs).withSeed(seed).withEffects(EdaEffects.pronounced());
    }

    /** The quick experiment on the generated folder {@code data}, subject-grouped. */
    public ExperimentSettings experiment(Path data) {
        return ExperimentSettings.of(data, true, folds, Grouping.SUBJECT, imageSize, epochs, seed)
                .withPhasicSpan(phasicSpan);
    }
}
