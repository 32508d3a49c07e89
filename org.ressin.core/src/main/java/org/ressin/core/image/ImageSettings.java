package org.ressin.core.image;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * How signal images are made (method §3).
 *
 * @param channels         the channels to keep, a non-empty subset of {@link Channel}; stored in {@link Channel}
 *                         order whatever the order given
 * @param size             side S of the rendered S x S image, {@value #MIN_SIZE} to {@value #MAX_SIZE}
 * @param samplesPerSecond samples per second of the recordings, i.e. columns of the T x fs source grid (50 for
 *                         PMEmo); at least 1
 * @param phasicSpan       how the phasic channel is scaled: 0 (the method, the default) = min-max per recording like
 *                         the other channels; a positive value = the phasic signal divided by the recording's mean
 *                         tonic level, then by this span, clipped to [0, 1], so SCR amplitude relative to the skin
 *                         conductance level survives (a deviation from the method; {@code docs/signal-images.md})
 */
public record ImageSettings(List<Channel> channels, int size, int samplesPerSecond, double phasicSpan) {

    /** The paper's image side. */
    public static final int DEFAULT_SIZE = 224;
    /** PMEmo's sampling rate. */
    public static final int DEFAULT_SAMPLES_PER_SECOND = 50;
    /** Smallest image side accepted. */
    public static final int MIN_SIZE = 16;
    /** Largest image side accepted (keeps C x S x S within an array). */
    public static final int MAX_SIZE = 4096;

    public ImageSettings {
        Objects.requireNonNull(channels, "channels");
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("setting channels must name at least one channel");
        }
        EnumSet<Channel> set = EnumSet.noneOf(Channel.class);
        for (Channel c : channels) {
            if (!set.add(Objects.requireNonNull(c, "channel"))) {
                throw new IllegalArgumentException("setting channels names " + c.lowerName() + " twice");
            }
        }
        channels = List.copyOf(set);
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new IllegalArgumentException("setting size must be between " + MIN_SIZE + " and " + MAX_SIZE
                    + ", was " + size);
        }
        if (samplesPerSecond < 1) {
            throw new IllegalArgumentException("setting samplesPerSecond must be at least 1, was " + samplesPerSecond);
        }
        checkPhasicSpan(phasicSpan);
    }

    /** @throws IllegalArgumentException unless {@code span} is {@link #MIN_MAX} or positive and finite */
    public static void checkPhasicSpan(double span) {
        if (!(span >= 0) || Double.isInfinite(span)) {
            throw new IllegalArgumentException("setting phasicSpan must be 0 (min-max) or positive, was " + span);
        }
    }

    /** The method's images: every channel min-max normalised per recording. */
    public ImageSettings(List<Channel> channels, int size, int samplesPerSecond) {
        this(channels, size, samplesPerSecond, MIN_MAX);
    }

    /** {@link #phasicSpan()} value for the method's per-recording min-max normalisation of the phasic channel. */
    public static final double MIN_MAX = 0;

    /** True when the phasic channel is min-max normalised like the others (the method). */
    public boolean phasicMinMax() { return phasicSpan == MIN_MAX; }

    /** All three channels, {@value #DEFAULT_SIZE} x {@value #DEFAULT_SIZE}, {@value #DEFAULT_SAMPLES_PER_SECOND} samples/s. */
    public static ImageSettings defaults() {
        return new ImageSettings(List.of(Channel.values()), DEFAULT_SIZE, DEFAULT_SAMPLES_PER_SECOND);
    }

    public static ImageSettings of(Collection<Channel> channels, int size, int samplesPerSecond) {
        return new ImageSettings(new ArrayList<>(channels), size, samplesPerSecond);
    }

    public ImageSettings withSize(int newSize) {
        return new ImageSettings(channels, newSize, samplesPerSecond, phasicSpan);
    }

    public ImageSettings withChannels(Collection<Channel> newChannels) {
        return new ImageSettings(new ArrayList<>(newChannels), size, samplesPerSecond, phasicSpan);
    }

    public ImageSettings withSamplesPerSecond(int newSamplesPerSecond) {
        return new ImageSettings(channels, size, newSamplesPerSecond, phasicSpan);
    }

    /** The same settings with the phasic channel scaled by {@code span} ({@link #MIN_MAX}: the method). */
    public ImageSettings withPhasicSpan(double span) {
        return new ImageSettings(channels, size, samplesPerSecond, span);
    }

    /**
     * A sampling rate in Hz as whole samples per second, which the one-second rows need.
     *
     * @throws IllegalArgumentException if the rate is not a positive whole number (within 1e-9)
     */
    public static int wholeSamplesPerSecond(double rateHz) {
        long r = Math.round(rateHz);
        if (!(rateHz > 0) || r < 1 || r > Integer.MAX_VALUE || Math.abs(rateHz - r) > 1e-9) {
            throw new IllegalArgumentException("sampling rate must be a whole number of samples per second for"
                    + " one-second image rows, was " + rateHz + " Hz");
        }
        return (int) r;
    }
}
