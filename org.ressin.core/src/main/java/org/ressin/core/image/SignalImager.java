package org.ressin.core.image;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ressin.core.cvxeda.Decomposition;

/**
 * Makes signal images (method §3, steps 3-5) from the retained part of a recording (the first 15 s are
 * discarded before, by the caller) and its decomposition:
 * <ol>
 * <li>keep the selected channels, in {@link Channel} order;</li>
 * <li>drop a trailing partial second: T = floor(n / fs) rows remain;</li>
 * <li>min-max normalise each channel over those T fs samples to [0, 1]; a constant channel (max = min)
 *     becomes all zeros and is reported in the image's {@code constantChannels()}; optionally
 *     ({@link ImageSettings#phasicSpan()} positive) the phasic channel is instead divided by the mean tonic level
 *     and that span and clipped to [0, 1];</li>
 * <li>lay each channel out as T x fs, row k = second k;</li>
 * <li>bilinear rescale to S x S with half-pixel centres (see {@link ResampleTable}).</li>
 * </ol>
 * Thread-safe; one instance can serve many threads.
 */
public final class SignalImager {

    private final ImageSettings settings;

    public SignalImager(ImageSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public ImageSettings settings() { return settings; }

    /**
     * The compact image (16-bit source grid, rendered on demand).
     *
     * @param recordingId      names the recording in messages
     * @param origin           the observed signal o (may be null when ORIGIN is not selected)
     * @param phasic           the phasic component r (may be null when PHASIC is not selected)
     * @param tonic            the tonic component t (may be null when TONIC is not selected)
     * @param samplesPerSecond must equal {@link ImageSettings#samplesPerSecond()}
     * @throws TooShortRecordingException if less than one second remains
     * @throws IllegalArgumentException   if a selected channel is missing, the lengths differ, a value is not
     *                                    finite or the rate differs from the settings
     */
    public CompactSignalImage image(String recordingId, double[] origin, double[] phasic, double[] tonic,
            int samplesPerSecond) {
        return CompactSignalImage.of(grid(recordingId, origin, phasic, tonic, samplesPerSecond), settings.size());
    }

    /** As {@link #image}, at the settings' sampling rate. */
    public CompactSignalImage image(String recordingId, double[] origin, double[] phasic, double[] tonic) {
        return image(recordingId, origin, phasic, tonic, settings.samplesPerSecond());
    }

    /**
     * The compact image of a decomposition of the retained signal (origin, phasic and tonic from it).
     *
     * @throws IllegalArgumentException if its sampling rate is not the settings' whole samples per second
     */
    public CompactSignalImage image(String recordingId, Decomposition decomposition) {
        return image(recordingId, decomposition.origin(), decomposition.phasic(), decomposition.tonic(),
                rateOf(recordingId, decomposition));
    }

    /** The full-precision image of a decomposition of the retained signal. */
    public DoubleSignalImage imageDoubles(String recordingId, Decomposition decomposition) {
        return imageDoubles(recordingId, decomposition.origin(), decomposition.phasic(), decomposition.tonic(),
                rateOf(recordingId, decomposition));
    }

    private static int rateOf(String recordingId, Decomposition decomposition) {
        try {
            return ImageSettings.wholeSamplesPerSecond(decomposition.samplingRate());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("recording " + recordingId + ": " + e.getMessage(), e);
        }
    }

    /** The full-precision image (from the unquantised normalised values), for PNG and value output. */
    public DoubleSignalImage imageDoubles(String recordingId, double[] origin, double[] phasic, double[] tonic,
            int samplesPerSecond) {
        return new DoubleSignalImage(grid(recordingId, origin, phasic, tonic, samplesPerSecond), settings.size());
    }

    /** Steps 1-4 at full precision: the normalised C x T x fs grid. Arguments as for {@link #image}. */
    public NormalisedGrid grid(String recordingId, double[] origin, double[] phasic, double[] tonic,
            int samplesPerSecond) {
        Objects.requireNonNull(recordingId, "recordingId");
        int fs = settings.samplesPerSecond();
        if (samplesPerSecond != fs) {
            throw new IllegalArgumentException("recording " + recordingId + " has " + samplesPerSecond
                    + " samples/s but setting samplesPerSecond is " + fs);
        }
        List<Channel> channels = settings.channels();
        double[][] signals = new double[channels.size()][];
        int n = -1;
        for (int c = 0; c < channels.size(); c++) {
            Channel ch = channels.get(c);
            double[] s = switch (ch) {
                case PHASIC -> phasic;
                case TONIC -> tonic;
                case ORIGIN -> origin;
            };
            if (s == null) {
                throw new IllegalArgumentException("recording " + recordingId + ": channel " + ch.lowerName()
                        + " is selected but its signal is missing");
            }
            if (n >= 0 && s.length != n) {
                throw new IllegalArgumentException("recording " + recordingId + ": channel " + ch.lowerName()
                        + " has " + s.length + " samples but " + channels.get(0).lowerName() + " has " + n);
            }
            n = s.length;
            signals[c] = s;
        }
        int rows = n / fs;
        if (rows == 0) {
            throw new TooShortRecordingException(recordingId, n, fs);
        }
        int kept = rows * fs;
        double[] values = new double[channels.size() * kept];
        Set<Channel> constant = EnumSet.noneOf(Channel.class);
        double level = settings.phasicMinMax() || !channels.contains(Channel.PHASIC) ? Double.NaN
                : tonicLevel(recordingId, tonic, n, kept);
        for (int c = 0; c < channels.size(); c++) {
            boolean varies = channels.get(c) == Channel.PHASIC && !settings.phasicMinMax()
                    ? relativeToLevel(recordingId, signals[c], kept, level * settings.phasicSpan(), values, c * kept)
                    : normalise(recordingId, channels.get(c), signals[c], kept, values, c * kept);
            if (!varies) constant.add(channels.get(c));
        }
        return new NormalisedGrid(channels, rows, fs, values, constant);
    }

    /** The mean tonic level over the kept samples, the reference of the scaled phasic channel. */
    private static double tonicLevel(String recordingId, double[] tonic, int n, int kept) {
        if (tonic == null || tonic.length != n) {
            throw new IllegalArgumentException("recording " + recordingId + ": the phasic channel scaled by the tonic"
                    + " level (setting phasicSpan) needs the tonic signal of the same length");
        }
        double sum = 0;
        for (int i = 0; i < kept; i++) sum += tonic[i];
        double level = sum / kept;
        if (!(level > 0) || Double.isInfinite(level)) {
            throw new IllegalArgumentException("recording " + recordingId + ": mean tonic level " + level
                    + " is not positive, so the phasic channel cannot be scaled by it (setting phasicSpan)");
        }
        return level;
    }

    /**
     * Writes {@code s / scale}, clipped to [0, 1], into {@code dest} from {@code offset}: amplitudes stay comparable
     * across recordings instead of each recording's largest response becoming 1.
     *
     * @return false if the channel is constant
     */
    private static boolean relativeToLevel(String recordingId, double[] s, int kept, double scale, double[] dest,
            int offset) {
        Extent extent = Extent.of(recordingId, Channel.PHASIC, s, kept);
        for (int i = 0; i < kept; i++) {
            dest[offset + i] = Math.max(0, Math.min(1, s[i] / scale));
        }
        return extent.range() > 0;
    }

    /**
     * Min-max normalises {@code s[0..kept)} into {@code dest} from {@code offset}.
     *
     * @return false if the channel is constant (then the values are all zero)
     */
    private static boolean normalise(String recordingId, Channel channel, double[] s, int kept, double[] dest,
            int offset) {
        Extent extent = Extent.of(recordingId, channel, s, kept);
        double range = extent.range();
        if (range == 0) {
            return false; // dest is already zero
        }
        for (int i = 0; i < kept; i++) {
            dest[offset + i] = (s[i] - extent.min()) / range;
        }
        return true;
    }

    /** Smallest and largest of a channel's kept samples. */
    private record Extent(double min, double max) {

        /** The extent of {@code s[0..kept)}, after checking every sample, and the range, is finite. */
        static Extent of(String recordingId, Channel channel, double[] s, int kept) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < kept; i++) {
                double v = s[i];
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("recording " + recordingId + ": channel "
                            + channel.lowerName() + " sample " + i + " is not finite (" + v + ")");
                }
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            if (!Double.isFinite(max - min)) {
                throw new IllegalArgumentException("recording " + recordingId + ": channel " + channel.lowerName()
                        + " spans more than the double range (" + min + " to " + max + ")");
            }
            return new Extent(min, max);
        }

        double range() { return max - min; }
    }
}
