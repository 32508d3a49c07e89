package org.ressin.core.experiment;

import java.util.Locale;

import org.ressin.core.labels.Target;
import org.ressin.core.net.ChannelSelection;

/**
 * One cell group of the experiment that is run, stored and resumed as a unit: Res-SIN on one input and target
 * (with or without music fusion), the music-only SVM for one target, or the whole regression pre-experiment.
 *
 * @param target null for the regression (it covers both targets)
 * @param input  null unless Res-SIN
 */
public record Configuration(Kind kind, Target target, ChannelSelection input, boolean fusion) {

    /** What is cross-validated. */
    public enum Kind { RES_SIN, MUSIC_SVM, REGRESSION }

    public static Configuration resSin(Target target, ChannelSelection input, boolean fusion) {
        return new Configuration(Kind.RES_SIN, target, input, fusion);
    }

    public static Configuration musicSvm(Target target) {
        return new Configuration(Kind.MUSIC_SVM, target, null, false);
    }

    public static Configuration regression() {
        return new Configuration(Kind.REGRESSION, null, null, false);
    }

    /** The file name stem under {@code results/}, e.g. {@code res-sin-fusion-mix-valence}. */
    public String key() {
        return switch (kind) {
            case RES_SIN -> "res-sin-" + (fusion ? "fusion-" : "eda-only-") + input.name().toLowerCase(Locale.ROOT)
                    + "-" + target.lowerName();
            case MUSIC_SVM -> "music-svm-" + target.lowerName();
            case REGRESSION -> "regression";
        };
    }

    @Override
    public String toString() { return key(); }
}
