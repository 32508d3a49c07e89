package org.ressin.core.synth;

import java.util.Locale;

/**
 * How strongly the latent EDA expressions show in the generated signal. They do not change the labels or the
 * generator's optimum (which assumes the latent expression is known); they change how much of it a model of the
 * sampled signal can recover.
 *
 * @param driftFraction     amplitude of the slow tonic oscillation, as a fraction of the tonic level (it hides the
 *                          valence trend)
 * @param valenceSlope      tonic trend after 15 s per unit of valence expression, microsiemens per minute (times the
 *                          subject's responsiveness)
 * @param scrPerMinute      median SCR rate of a subject, per minute (more SCRs make their rate easier to read)
 * @param arousalRateGain   log SCR rate per unit of arousal expression, after 15 s
 * @param arousalHeightGain log SCR height per unit of arousal expression, after 15 s
 */
public record EdaEffects(double driftFraction, double valenceSlope, double scrPerMinute, double arousalRateGain,
                         double arousalHeightGain) {

    public EdaEffects {
        finite("driftFraction", driftFraction);
        finite("valenceSlope", valenceSlope);
        finite("arousalRateGain", arousalRateGain);
        finite("arousalHeightGain", arousalHeightGain);
        if (!(driftFraction >= 0 && driftFraction < 1)) {
            throw new IllegalArgumentException("EdaEffects.driftFraction must be in [0, 1), was " + driftFraction);
        }
        if (!(scrPerMinute > 0 && scrPerMinute <= 120)) {
            throw new IllegalArgumentException("EdaEffects.scrPerMinute must be in (0, 120], was " + scrPerMinute);
        }
    }

    /**
     * Effects about as faint as in real recordings: a 0.3 uS/min trend under a 3 % drift, 3 SCRs per minute whose
     * rate and height change by e^0.5 and e^0.3 per unit of arousal. Hand-made signal features recover about 0.62
     * of the 0.75 EDA optimum here (docs/synthetic-pmemo.md).
     */
    public static EdaEffects subtle() {
        return new EdaEffects(0.03, 0.3, 3.0, 0.5, 0.3);
    }

    /**
     * Effects a model of the signal can read: a 1.5 uS/min trend under a 1 % drift, 8 SCRs per minute whose rate and
     * height change by e per unit of arousal. Used by the demo, so that the pipeline is judged against an optimum it
     * can approach.
     */
    public static EdaEffects pronounced() {
        return new EdaEffects(0.01, 1.5, 8.0, 1.0, 1.0);
    }

    /** {@code subtle} or {@code pronounced}. */
    public static EdaEffects named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "subtle" -> subtle();
            case "pronounced" -> pronounced();
            default -> throw new IllegalArgumentException("EDA effects must be subtle or pronounced, was " + name);
        };
    }

    private static void finite(String name, double v) {
        if (!Double.isFinite(v)) throw new IllegalArgumentException("EdaEffects." + name + " must be finite, was " + v);
    }
}
