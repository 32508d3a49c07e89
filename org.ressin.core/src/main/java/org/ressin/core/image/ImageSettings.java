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
 */
public record ImageSettings(List<Channel> channels, int size, int samplesPerSecond) {

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
    }

    /** All three channels, {@value #DEFAULT_SIZE} x {@value #DEFAULT_SIZE}, {@value #DEFAULT_SAMPLES_PER_SECOND} samples/s. */
    public static ImageSettings defaults() {
        return new ImageSettings(List.of(Channel.values()), DEFAULT_SIZE, DEFAULT_SAMPLES_PER_SECOND);
    }

    public static ImageSettings of(Collection<Channel> channels, int size, int samplesPerSecond) {
        return new ImageSettings(new ArrayList<>(channels), size, samplesPerSecond);
    }

    public ImageSettings withSize(int newSize) {
        return new ImageSettings(channels, newSize, samplesPerSecond);
    }

    public ImageSettings withChannels(Collection<Channel> newChannels) {
        return new ImageSettings(new ArrayList<>(newChannels), size, samplesPerSecond);
    }

    public ImageSettings withSamplesPerSecond(int newSamplesPerSecond) {
        return new ImageSettings(channels, size, newSamplesPerSecond);
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
