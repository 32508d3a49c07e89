package org.ressin.core.cvxeda;

import org.ressin.core.eda.Recording;

/**
 * Fills short runs of missing samples ({@code NaN}) before a decomposition; {@link CvxEda} itself rejects NaN.
 *
 * <p>Policy: a run of NaN samples no longer than {@link #maxGapSeconds()} (rounded to samples at the recording's
 * rate) is filled by linear interpolation between the valid samples on either side; a run at the start or end
 * of the signal is filled with the nearest valid sample (constant extension). A longer run, a signal with no
 * valid sample, or an infinite sample (a data error, not a gap) raises {@link CvxEdaException} naming the
 * recording, the first sample of the run, its time and its length. Immutable and thread-safe.
 */
public final class GapFiller {

    /** Default longest gap filled: 1 s (50 samples at PMEmo's 50 Hz), well below an SCR's rise and recovery. */
    public static final double DEFAULT_MAX_GAP_SECONDS = 1.0;

    /** A filled signal and what was done to it. */
    public record Filled(double[] samples, int filledSamples, int gaps) {
        public Filled {
            samples = samples.clone();
        }

        @Override
        public double[] samples() {
            return samples.clone();
        }
    }

    private final double maxGapSeconds;

    /** @param maxGapSeconds longest run of NaN samples filled, in seconds ({@code >= 0}; 0 fills nothing) */
    public GapFiller(double maxGapSeconds) {
        if (!(maxGapSeconds >= 0) || Double.isInfinite(maxGapSeconds)) {
            throw new IllegalArgumentException("maximum gap length must be finite and >= 0 seconds, was " + maxGapSeconds);
        }
        this.maxGapSeconds = maxGapSeconds;
    }

    /** A filler with {@link #DEFAULT_MAX_GAP_SECONDS}. */
    public static GapFiller defaults() {
        return new GapFiller(DEFAULT_MAX_GAP_SECONDS);
    }

    public double maxGapSeconds() {
        return maxGapSeconds;
    }

    /** The recording with its short gaps filled (the same instance if it had none). */
    public Recording fill(Recording recording) {
        Filled filled = fill(recording.samples(), recording.samplingRate(), "recording " + recording.id());
        if (filled.filledSamples() == 0) {
            return recording;
        }
        return new Recording(recording.musicId(), recording.subjectId(), recording.samplingRate(), filled.samples());
    }

    /**
     * Fills the short gaps of {@code samples} (not modified).
     *
     * @param what names the signal in error messages, e.g. {@code "recording 108/100081"} or a file name
     */
    public Filled fill(double[] samples, double samplingRate, String what) {
        if (!(samplingRate > 0) || Double.isInfinite(samplingRate)) {
            throw new CvxEdaException(what + ": sampling rate must be positive and finite, was " + samplingRate);
        }
        int n = samples.length;
        long maxRun = Math.round(maxGapSeconds * samplingRate);
        double[] out = samples.clone();
        int filled = 0;
        int gaps = 0;
        int i = 0;
        while (i < n) {
            double value = out[i];
            if (Double.isInfinite(value)) {
                throw new CvxEdaException(what + ": sample " + i + " (t = " + (i / samplingRate) + " s) is " + value);
            }
            if (!Double.isNaN(value)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Double.isNaN(out[i])) {
                i++;
            }
            int length = i - start;
            if (length == n) {
                throw new CvxEdaException(what + ": all " + n + " samples are missing (NaN)");
            }
            if (length > maxRun) {
                throw new CvxEdaException(what + ": gap of " + length + " missing samples (" + (length / samplingRate)
                        + " s) from sample " + start + " (t = " + (start / samplingRate) + " s) is longer than the "
                        + maxGapSeconds + " s that may be filled");
            }
            if (start == 0) {
                java.util.Arrays.fill(out, 0, i, out[i]);
            } else if (i == n) {
                java.util.Arrays.fill(out, start, n, out[start - 1]);
            } else {
                double left = out[start - 1];
                double right = out[i];
                for (int k = start; k < i; k++) {
                    double fraction = (k - start + 1) / (double) (length + 1);
                    out[k] = left + (right - left) * fraction;
                }
            }
            filled += length;
            gaps++;
        }
        return new Filled(out, filled, gaps);
    }
}
