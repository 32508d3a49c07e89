package org.ressin.core.experiment;

import java.nio.file.Path;

import org.ressin.core.eval.Grouping;
import org.ressin.core.synth.SynthSettings;

/**
 * The demo's size in one place: the generated dataset (subjects x songs, seed) and the quick experiment's folds,
 * epochs and image side. {@link #defaults()} is what {@code ressin demo} runs; it is meant to finish in a few
 * minutes on two cores.
 */
public record DemoSettings(int subjects, int songs, long seed, int folds, int epochs, int imageSize) {

    public DemoSettings {
        if (subjects < folds) {
            throw new IllegalArgumentException("the demo needs at least as many subjects (" + subjects
                    + ") as folds (" + folds + ")");
        }
        if (songs < 1) throw new IllegalArgumentException("songs must be at least 1, was " + songs);
    }

    /** 20 subjects x 40 songs, seed 1; 5 subject-grouped folds, 6 epochs, 32 px images. */
    public static DemoSettings defaults() {
        return new DemoSettings(20, 40, 1, 5, 6, 32);
    }

    /** The generator's settings. */
    public SynthSettings synth() {
        return SynthSettings.defaults().withSize(subjects, songs).withSeed(seed);
    }

    /** The quick experiment on the generated folder {@code data}, subject-grouped. */
    public ExperimentSettings experiment(Path data) {
        return ExperimentSettings.of(data, true, folds, Grouping.SUBJECT, imageSize, epochs, seed);
    }
}
