package org.ressin.core.eda;

import java.util.Arrays;
import java.util.Objects;

/**
 * One EDA recording: one subject listening to one song, sampled uniformly.
 *
 * <p>Immutable: the samples are copied in and out. Missing values are {@code NaN}.
 */
public final class Recording {

    private final String musicId;
    private final String subjectId;
    private final double samplingRate;
    private final double[] samples;

    public Recording(String musicId, String subjectId, double samplingRate, double[] samples) {
        this.musicId = Objects.requireNonNull(musicId, "musicId");
        this.subjectId = Objects.requireNonNull(subjectId, "subjectId");
        if (!(samplingRate > 0) || Double.isInfinite(samplingRate)) {
            throw new IllegalArgumentException("sampling rate must be positive and finite, was " + samplingRate
                    + " (recording " + musicId + "/" + subjectId + ")");
        }
        this.samplingRate = samplingRate;
        this.samples = samples.clone();
    }

    public String musicId() { return musicId; }

    public String subjectId() { return subjectId; }

    /** Samples per second (Hz). */
    public double samplingRate() { return samplingRate; }

    /** A copy of the samples. */
    public double[] samples() { return samples.clone(); }

    public int length() { return samples.length; }

    public double sample(int i) { return samples[i]; }

    public double durationSeconds() { return samples.length / samplingRate; }

    /** "musicId/subjectId", used to name a recording in messages. */
    public String id() { return musicId + "/" + subjectId; }

    /** The recording without its first {@code seconds} (the method discards the first 15 s). */
    public Recording skipSeconds(double seconds) {
        int skip = (int) Math.min(samples.length, Math.round(seconds * samplingRate));
        return new Recording(musicId, subjectId, samplingRate, Arrays.copyOfRange(samples, skip, samples.length));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Recording r && musicId.equals(r.musicId) && subjectId.equals(r.subjectId)
                && samplingRate == r.samplingRate && Arrays.equals(samples, r.samples);
    }

    @Override
    public int hashCode() { return Objects.hash(musicId, subjectId, samplingRate, Arrays.hashCode(samples)); }

    @Override
    public String toString() {
        return "Recording[" + id() + ", " + samples.length + " samples at " + samplingRate + " Hz]";
    }
}
