package org.ressin.core.image;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Steps 3-4 of the method at full precision: each kept channel min-max normalised to [0, 1] and laid out as
 * T rows (row k = second k) of fs columns. Made by {@link SignalImager#grid}.
 */
public final class NormalisedGrid implements SourceGrid {

    private final List<Channel> channels;
    private final int rows;
    private final int columns;
    private final double[] values;
    private final Set<Channel> constantChannels;

    /** {@code values} is C x T x fs, channel-major, and is not copied (the imager hands it over). */
    NormalisedGrid(List<Channel> channels, int rows, int columns, double[] values, Set<Channel> constantChannels) {
        this.channels = List.copyOf(channels);
        this.rows = rows;
        this.columns = columns;
        this.values = values;
        this.constantChannels = constantChannels.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(constantChannels));
    }

    /** The channels, in {@link Channel} order. */
    public List<Channel> channels() { return channels; }

    @Override
    public int channelCount() { return channels.size(); }

    /** T, whole seconds kept. */
    @Override
    public int rows() { return rows; }

    /** fs, samples per second. */
    @Override
    public int columns() { return columns; }

    /** The normalised value of sample {@code column} of second {@code row} of the {@code channel}-th channel. */
    public double value(int channel, int row, int column) {
        return values[(channel * rows + row) * columns + column];
    }

    /** Channels whose samples were all equal: normalised to all zeros. */
    public Set<Channel> constantChannels() { return constantChannels; }

    @Override
    public void readRow(int channel, int row, double[] dest) {
        System.arraycopy(values, (channel * rows + row) * columns, dest, 0, columns);
    }
}
