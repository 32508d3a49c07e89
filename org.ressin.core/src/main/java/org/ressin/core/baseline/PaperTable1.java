package org.ressin.core.baseline;

import org.ressin.core.labels.Target;

/**
 * The published regression pre-experiment (Yin et al., ICIP 2019, Table 1; {@code pmemo/README.md}): RMSE and
 * Pearson r of MLR and SVR fitting static valence and arousal from low-passed, z-scored signals.
 */
public final class PaperTable1 {

    /** One published cell pair. */
    public record Entry(double rmse, double pearson) {}

    // [method][target][input]: MLR, SVR x valence, arousal x raw, tonic, phasic
    private static final double[][][][] TABLE = {
        { // MLR
            {{0.1390, 0.0630}, {0.1343, 0.0699}, {0.1321, 0.0645}},
            {{0.1860, 0.0110}, {0.1760, 0.0462}, {0.1759, 0.0395}},
        },
        { // SVR
            {{0.1410, 0.0170}, {0.1401, 0.0553}, {0.1400, 0.0880}},
            {{0.1940, 0.0400}, {0.1769, 0.0537}, {0.1769, 0.0635}},
        },
    };

    private PaperTable1() {}

    /** The paper's figures for a cell (every combination of the enums is published). */
    public static Entry of(RegressionMethod method, RegressionInput input, Target target) {
        double[] v = TABLE[method.ordinal()][target.ordinal()][input.ordinal()];
        return new Entry(v[0], v[1]);
    }
}
