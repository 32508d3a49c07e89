package org.ressin.core.synth;

/**
 * One synthetic EDA recording in microsiemens: tonic level with a slow oscillation, a valence-driven linear
 * trend after the first 15 s, SCRs from a sparse non-negative driver through the Bateman response (their rate
 * and height driven by arousal after 15 s), Gaussian noise, all scaled by the subject's responsiveness.
 */
final class EdaSynthesizer {

    /** Seconds before the planted effects start (the method discards them). */
    static final double SETTLE_SECONDS = 15.0;
    /** Per-recording jitter of the tonic level (log-normal sd). */
    static final double LEVEL_JITTER = 0.1;
    /** Period range of the slow tonic oscillation, seconds. */
    static final double DRIFT_MIN_PERIOD = 20, DRIFT_MAX_PERIOD = 60;
    /** Typical SCR height, microsiemens (times responsiveness). */
    static final double SCR_HEIGHT = 0.2;
    /** Log-normal sd of SCR heights. */
    static final double SCR_HEIGHT_SPREAD = 0.4;
    /** Skin conductance never drops below this, microsiemens. */
    static final double FLOOR = 0.01;
    /** Longest run of missing values, samples. */
    static final int MAX_GAP = 50;

    private final double samplingRate;
    private final double noiseSd;
    private final double gapProbability;
    private final EdaEffects effects;
    private final BatemanFilter bateman;

    EdaSynthesizer(SynthSettings settings) {
        this.samplingRate = settings.samplingRate();
        this.noiseSd = settings.noiseSd();
        this.gapProbability = settings.gapProbability();
        this.effects = settings.effects();
        this.bateman = BatemanFilter.standard(samplingRate);
    }

    /**
     * @param length samples
     * @param level subject's tonic level, microsiemens
     * @param responsiveness subject's scale of responses
     * @param scrPerMinute subject's SCR rate in the first 15 s
     * @param valence valence expression x_V (drives the tonic trend)
     * @param arousal arousal expression x_A (drives SCR rate and height)
     */
    double[] signal(Rng rng, int length, double level, double responsiveness, double scrPerMinute,
                    double valence, double arousal) {
        double fs = samplingRate;
        double duration = length / fs;
        double base = level * StrictMath.exp(LEVEL_JITTER * rng.gaussian());
        double driftAmplitude = effects.driftFraction() * base;
        double period = rng.uniform(DRIFT_MIN_PERIOD, DRIFT_MAX_PERIOD);
        double phase = rng.uniform(0, 2 * StrictMath.PI);
        double slopePerSecond = effects.valenceSlope() / 60 * responsiveness * valence;

        double[] driver = new double[length];
        double rate = scrPerMinute / 60;
        double settle = Math.min(SETTLE_SECONDS, duration);
        for (double t = rng.exponential(rate); t < settle; t += rng.exponential(rate)) {
            addScr(driver, rng, t, responsiveness, 0);
        }
        double arousedRate = rate * StrictMath.exp(effects.arousalRateGain() * arousal);
        for (double t = settle + rng.exponential(arousedRate); t < duration; t += rng.exponential(arousedRate)) {
            addScr(driver, rng, t, responsiveness, effects.arousalHeightGain() * arousal);
        }
        double[] phasic = bateman.apply(driver);

        double[] y = new double[length];
        for (int k = 0; k < length; k++) {
            double t = k / fs;
            double tonic = base + driftAmplitude * StrictMath.sin(2 * StrictMath.PI * t / period + phase)
                    + (t > SETTLE_SECONDS ? slopePerSecond * (t - SETTLE_SECONDS) : 0);
            y[k] = Math.max(FLOOR, tonic + phasic[k] + noiseSd * rng.gaussian());
        }
        // drawn last, so that the gap setting does not change the rest of the signal
        if (length > 8 && rng.bernoulli(gapProbability)) {
            int gap = 1 + rng.nextInt(Math.min(MAX_GAP, length / 4));
            int start = 1 + rng.nextInt(length - gap - 1); // never the first or the last sample
            for (int k = start; k < start + gap; k++) {
                y[k] = Double.NaN;
            }
        }
        return y;
    }

    private void addScr(double[] driver, Rng rng, double t, double responsiveness, double logHeightShift) {
        int k = (int) (t * samplingRate);
        double height = SCR_HEIGHT * responsiveness
                * StrictMath.exp(logHeightShift + SCR_HEIGHT_SPREAD * rng.gaussian());
        if (k < driver.length) {
            driver[k] += height / bateman.impulsePeak();
        }
    }
}
