package org.ressin.core.baseline;

import org.ressin.core.eval.Metrics;
import org.ressin.core.labels.Target;
import org.ressin.core.net.ChannelSelection;

/**
 * The published classification results (Yin et al., ICIP 2019, Table 2; {@code pmemo/README.md}), as fractions:
 * Res-SIN with fusion per input image, and the feature ablation (EDA only, music-only SVM, fusion).
 */
public final class PaperTable2 {

    // [target][input in ChannelSelection order: MIX, ORIGIN, PHASIC, TONIC] = accuracy, F1, precision, recall
    private static final double[][][] RES_SIN = {
        { // valence
            {0.7343, 0.7754, 0.8364, 0.7227},
            {0.6619, 0.7459, 0.8602, 0.6583},
            {0.6841, 0.7261, 0.7259, 0.7264},
            {0.6676, 0.7520, 0.8735, 0.6601},
        },
        { // arousal
            {0.7365, 0.7856, 0.8212, 0.7529},
            {0.7080, 0.7734, 0.8478, 0.7111},
            {0.7326, 0.7797, 0.8051, 0.7559},
            {0.7124, 0.7822, 0.8788, 0.7048},
        },
    };
    private static final double[] EDA_ONLY = {0.5592, 0.5724};
    private static final double[] MUSIC_SVM = {0.7043, 0.7149};

    private PaperTable2() {}

    /** Res-SIN (fusion on) with the given input image: all four published metrics. */
    public static Metrics resSin(Target target, ChannelSelection input) {
        double[] v = RES_SIN[target.ordinal()][input.ordinal()];
        return new Metrics(v[0], v[2], v[3], v[1]); // Metrics order: accuracy, precision, recall, F1
    }

    /** Accuracy of the Res-SI subnet on EDA alone (mix input, fusion off); only accuracy is published. */
    public static double edaOnlyAccuracy(Target target) {
        return EDA_ONLY[target.ordinal()];
    }

    /** Accuracy of the SVM on music features alone; only accuracy is published. */
    public static double musicSvmAccuracy(Target target) {
        return MUSIC_SVM[target.ordinal()];
    }
}
