package org.ressin.core.image;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A signal image rendered from the unquantised normalised grid: the exact double-precision result of the
 * method, for PNG and value output. Holds the grid (C x T x fs doubles), not the S x S image.
 */
public final class DoubleSignalImage implements SignalImage {

    private final NormalisedGrid grid;
    private final int size;

    public DoubleSignalImage(NormalisedGrid grid, int size) {
        this.grid = Objects.requireNonNull(grid, "grid");
        if (size < ImageSettings.MIN_SIZE || size > ImageSettings.MAX_SIZE) {
            throw new IllegalArgumentException("setting size must be between " + ImageSettings.MIN_SIZE + " and "
                    + ImageSettings.MAX_SIZE + ", was " + size);
        }
        this.size = size;
    }

    public NormalisedGrid grid() { return grid; }

    @Override
    public List<Channel> channels() { return grid.channels(); }

    @Override
    public int size() { return size; }

    /** Channels whose samples were all equal (rendered as zeros). */
    public Set<Channel> constantChannels() { return grid.constantChannels(); }

    @Override
    public void render(float[] dest, int offset) {
        BilinearRescale.render(grid, size, dest, offset);
    }

    /** The C x S x S image in double precision, channel-major then row-major. */
    public double[] renderDoubles() {
        return BilinearRescale.renderDoubles(grid, size);
    }
}
