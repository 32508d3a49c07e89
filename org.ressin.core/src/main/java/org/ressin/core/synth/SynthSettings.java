package org.ressin.core.synth;

import java.util.Objects;

/**
 * Settings of the synthetic PMEmo generator (see {@code docs/synthetic-pmemo.md}). Immutable; every invalid value
 * is rejected with a message naming the setting.
 *
 * @param subjects number of subjects
 * @param songs number of songs
 * @param seed seed of every random draw: the same settings give byte-identical files
 * @param recordingsPerSubject songs each subject hears (at least 2, so that personal thresholds exist); songs are
 *                             dealt so that listeners are spread evenly over songs
 * @param minDurationSeconds shortest recording (PMEmo choruses: about 25-60 s; the default 31 s leaves 16 s after
 *                           the 15 s the method discards)
 * @param maxDurationSeconds longest recording
 * @param samplingRate samples per second (PMEmo: 50 Hz)
 * @param featureDimension length of each song's music feature vector
 * @param musicStrength how strongly the music features set each recording's latent high/low states: the latent
 *                      state is high with probability {@code sigmoid(musicStrength * w.f)}, {@code w.f ~ N(0, 1)}
 * @param edaValenceStrength separation (in noise standard deviations) of the EDA valence expression between
 *                           the low and the high valence state
 * @param edaArousalStrength the same for arousal
 * @param ratingNoise rating noise as a fraction of the subject's high-low rating gap
 * @param noiseSd standard deviation of the Gaussian measurement noise on the EDA, in microsiemens
 * @param gapProbability probability that a recording gets one run of missing values (written as NaN)
 * @param effects how strongly the latent EDA expressions show in the signal
 */
public record SynthSettings(int subjects, int songs, long seed, int recordingsPerSubject,
                            double minDurationSeconds, double maxDurationSeconds, double samplingRate,
                            int featureDimension, double musicStrength, double edaValenceStrength,
                            double edaArousalStrength, double ratingNoise, double noiseSd, double gapProbability,
                            EdaEffects effects) {

    public SynthSettings {
        Objects.requireNonNull(effects, "effects");
        atLeast("subjects", subjects, 1);
        atLeast("songs", songs, 1);
        atLeast("recordingsPerSubject", recordingsPerSubject, 2);
        if (recordingsPerSubject > songs) {
            throw new IllegalArgumentException("recordingsPerSubject (" + recordingsPerSubject
                    + ") must not exceed songs (" + songs + ")");
        }
        positive("samplingRate", samplingRate);
        positive("minDurationSeconds", minDurationSeconds);
        positive("maxDurationSeconds", maxDurationSeconds);
        if (minDurationSeconds > maxDurationSeconds) {
            throw new IllegalArgumentException("minDurationSeconds (" + minDurationSeconds
                    + ") must not exceed maxDurationSeconds (" + maxDurationSeconds + ")");
        }
        if (minDurationSeconds * samplingRate < 2) {
            throw new IllegalArgumentException("minDurationSeconds (" + minDurationSeconds
                    + ") gives fewer than 2 samples at " + samplingRate + " Hz");
        }
        if (maxDurationSeconds > 3600) {
            throw new IllegalArgumentException("maxDurationSeconds must be at most 3600, was " + maxDurationSeconds);
        }
        atLeast("featureDimension", featureDimension, 2);
        nonNegative("musicStrength", musicStrength);
        nonNegative("edaValenceStrength", edaValenceStrength);
        nonNegative("edaArousalStrength", edaArousalStrength);
        nonNegative("ratingNoise", ratingNoise);
        nonNegative("noiseSd", noiseSd);
        if (!(gapProbability >= 0 && gapProbability <= 1)) {
            throw new IllegalArgumentException("gapProbability must be in [0, 1], was " + gapProbability);
        }
    }

    /**
     * 20 subjects x 40 songs, 16 recordings per subject of 31-60 s at 50 Hz, 32 music features, seed 1, music
     * strength 2, EDA strengths 1.5, rating noise 0.3, EDA noise 0.005 uS, no gaps, subtle EDA effects.
     */
    public static SynthSettings defaults() {
        return new SynthSettings(20, 40, 1L, 16, 31.0, 60.0, 50.0, 32, 2.0, 1.5, 1.5, 0.3, 0.005, 0.0, EdaEffects.subtle());
    }

    /** Changes subjects and songs, keeping recordings per subject within the number of songs. */
    public SynthSettings withSize(int subjects, int songs) {
        return new SynthSettings(subjects, songs, seed, Math.min(recordingsPerSubject, Math.max(2, songs)),
                minDurationSeconds, maxDurationSeconds, samplingRate, featureDimension, musicStrength,
                edaValenceStrength, edaArousalStrength, ratingNoise, noiseSd, gapProbability, effects);
    }

    public SynthSettings withSeed(long seed) {
        return new SynthSettings(subjects, songs, seed, recordingsPerSubject, minDurationSeconds,
                maxDurationSeconds, samplingRate, featureDimension, musicStrength, edaValenceStrength,
                edaArousalStrength, ratingNoise, noiseSd, gapProbability, effects);
    }

    public SynthSettings withRecordingsPerSubject(int n) {
        return new SynthSettings(subjects, songs, seed, n, minDurationSeconds, maxDurationSeconds, samplingRate,
                featureDimension, musicStrength, edaValenceStrength, edaArousalStrength, ratingNoise, noiseSd,
                gapProbability, effects);
    }

    public SynthSettings withDurations(double minSeconds, double maxSeconds) {
        return new SynthSettings(subjects, songs, seed, recordingsPerSubject, minSeconds, maxSeconds, samplingRate,
                featureDimension, musicStrength, edaValenceStrength, edaArousalStrength, ratingNoise, noiseSd,
                gapProbability, effects);
    }

    public SynthSettings withFeatureDimension(int d) {
        return new SynthSettings(subjects, songs, seed, recordingsPerSubject, minDurationSeconds,
                maxDurationSeconds, samplingRate, d, musicStrength, edaValenceStrength, edaArousalStrength,
                ratingNoise, noiseSd, gapProbability, effects);
    }

    public SynthSettings withStrengths(double music, double edaValence, double edaArousal, double ratingNoise) {
        return new SynthSettings(subjects, songs, seed, recordingsPerSubject, minDurationSeconds,
                maxDurationSeconds, samplingRate, featureDimension, music, edaValence, edaArousal, ratingNoise,
                noiseSd, gapProbability, effects);
    }

    public SynthSettings withGapProbability(double p) {
        return new SynthSettings(subjects, songs, seed, recordingsPerSubject, minDurationSeconds,
                maxDurationSeconds, samplingRate, featureDimension, musicStrength, edaValenceStrength,
                edaArousalStrength, ratingNoise, noiseSd, p, effects);
    }

    public SynthSettings withEffects(EdaEffects e) {
        return new SynthSettings(subjects, songs, seed, recordingsPerSubject, minDurationSeconds,
                maxDurationSeconds, samplingRate, featureDimension, musicStrength, edaValenceStrength,
                edaArousalStrength, ratingNoise, noiseSd, gapProbability, e);
    }

    /** Number of recordings the settings produce. */
    public long recordings() {
        return (long) subjects * recordingsPerSubject;
    }

    private static void atLeast(String name, long value, long min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ", was " + value);
        }
    }

    private static void positive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be positive and finite, was " + value);
        }
    }

    private static void nonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be zero or positive and finite, was " + value);
        }
    }
}
