package org.ressin.core.image;

/**
 * The normalised C x T x fs source of a signal image, however it is stored. The rescale reads it one row
 * (one second) at a time, so full-precision and quantised storage share one rescale.
 */
interface SourceGrid {

    int channelCount();

    /** T: whole seconds. */
    int rows();

    /** fs: samples per second. */
    int columns();

    /** Copies row {@code row} of channel {@code channel} (index into the image's channels) into {@code dest}. */
    void readRow(int channel, int row, double[] dest);
}
