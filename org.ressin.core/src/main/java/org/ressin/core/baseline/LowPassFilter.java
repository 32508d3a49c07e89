package org.ressin.core.baseline;

/**
 * Zero-phase low-pass filter: a second-order Butterworth section (bilinear transform with a pre-warped cutoff)
 * run forward and then backward over the signal, so phases cancel (a symmetric pulse stays centred) and the
 * magnitude response is the Butterworth one squared: 1 at DC, 1/2 (-6 dB) at the cutoff, falling 80 dB per decade
 * above it.
 *
 * <p>Ends: the signal is extended at both ends by its odd reflection about the end sample ({@code 2 x[0] - x[k]}),
 * {@link #padSeconds(double)} long (two periods of the cutoff, longer than the section's step response takes to
 * settle, about 0.9 periods; at most the signal length minus one),
 * and each pass starts in the filter's steady state for the first value it sees. A constant passes exactly and a
 * linear trend nearly so; the padding is cut off again. Immutable and thread-safe.
 */
public final class LowPassFilter {

    /** The paper's pre-experiment cutoff. */
    public static final double PAPER_CUTOFF_HZ = 0.6;

    private final double cutoffHz;
    private final double samplingRate;
    // y[n] = b0 x[n] + b1 x[n-1] + b2 x[n-2] - a1 y[n-1] - a2 y[n-2]
    private final double b0, b1, b2, a1, a2;

    /**
     * @param cutoffHz     -3 dB frequency of one pass (-6 dB after both), strictly between 0 and half the sampling rate
     * @param samplingRate samples per second
     */
    public LowPassFilter(double cutoffHz, double samplingRate) {
        if (!(samplingRate > 0) || Double.isInfinite(samplingRate)) {
            throw new IllegalArgumentException("sampling rate must be positive and finite, was " + samplingRate);
        }
        if (!(cutoffHz > 0) || !(cutoffHz < samplingRate / 2)) {
            throw new IllegalArgumentException("low-pass cutoff must be between 0 and " + samplingRate / 2
                    + " Hz (half the sampling rate), was " + cutoffHz);
        }
        this.cutoffHz = cutoffHz;
        this.samplingRate = samplingRate;
        double k = Math.tan(Math.PI * cutoffHz / samplingRate); // pre-warped analogue cutoff
        double norm = 1 / (1 + Math.sqrt(2) * k + k * k);
        b0 = k * k * norm;
        b1 = 2 * b0;
        b2 = b0;
        a1 = 2 * (k * k - 1) * norm;
        a2 = (1 - Math.sqrt(2) * k + k * k) * norm;
    }

    public double cutoffHz() { return cutoffHz; }

    public double samplingRate() { return samplingRate; }

    /** Length of the odd-reflection padding at each end: two periods of the cutoff, {@code 2 / fc} seconds. */
    public static double padSeconds(double cutoffHz) {
        return 2 / cutoffHz;
    }

    /** The filtered copy of {@code x} (same length; finite input required). */
    public double[] apply(double[] x) {
        int n = x.length;
        if (n == 0) return new double[0];
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException("low-pass input sample " + i + " is " + x[i]);
            }
        }
        if (n == 1) return x.clone();
        int pad = (int) Math.min(n - 1, Math.round(padSeconds(cutoffHz) * samplingRate));
        double[] ext = new double[n + 2 * pad];
        for (int i = 0; i < pad; i++) {
            ext[i] = 2 * x[0] - x[pad - i];
            ext[pad + n + i] = 2 * x[n - 1] - x[n - 2 - i];
        }
        System.arraycopy(x, 0, ext, pad, n);
        pass(ext);
        reverse(ext);
        pass(ext);
        reverse(ext);
        double[] out = new double[n];
        System.arraycopy(ext, pad, out, 0, n);
        return out;
    }

    /** One causal pass in place (transposed direct form II), starting in the steady state of {@code s[0]}. */
    private void pass(double[] s) {
        // steady state for a constant input c: the DC gain (b0 + b1 + b2) / (1 + a1 + a2) is 1, so y = c
        double c = s[0];
        double z2 = b2 * c - a2 * c;
        double z1 = b1 * c - a1 * c + z2;
        for (int i = 0; i < s.length; i++) {
            double in = s[i];
            double y = b0 * in + z1;
            z1 = b1 * in - a1 * y + z2;
            z2 = b2 * in - a2 * y;
            s[i] = y;
        }
    }

    private static void reverse(double[] s) {
        for (int i = 0, j = s.length - 1; i < j; i++, j--) {
            double t = s[i];
            s[i] = s[j];
            s[j] = t;
        }
    }
}
