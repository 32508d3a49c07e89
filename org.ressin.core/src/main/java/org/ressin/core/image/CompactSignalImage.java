package org.ressin.core.image;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A signal image stored as its normalised C x T x fs source grid in 16-bit unsigned fixed point
 * ({@code q = round(x * 65535)}, decoded as {@code q / 65535}), plus the side S it renders to. The S x S
 * pixels are made on demand by {@link #render} (the same bilinear rescale as {@link DoubleSignalImage}), so a
 * PMEmo recording takes about 9 kB instead of 1.2 MB of doubles. Immutable and thread-safe.
 *
 * <p>{@link #toBytes()} layout (big-endian, version 1), see also {@code docs/signal-images.md}:
 * <pre>
 *  0  4 bytes  magic "RSIM"
 *  4  1 byte   version (1)
 *  5  1 byte   channel mask: bit 0 phasic, bit 1 tonic, bit 2 origin
 *  6  1 byte   constant-channel mask (a subset of the channel mask)
 *  7  1 byte   reserved, 0
 *  8  int32    T (rows, whole seconds)
 * 12  int32    fs (columns, samples per second)
 * 16  int32    S (rendered side)
 * 20  C*T*fs   uint16 values, channel-major, then row-major
 * </pre>
 */
public final class CompactSignalImage implements SignalImage, SourceGrid {

    /** Bytes before the values. */
    public static final int HEADER_BYTES = 20;
    /** Fixed-point scale: a stored value q means q / 65535. */
    public static final int SCALE = 65535;
    private static final byte[] MAGIC = {'R', 'S', 'I', 'M'};
    private static final byte VERSION = 1;

    private final List<Channel> channels;
    private final int rows;
    private final int columns;
    private final int size;
    private final short[] values;
    private final Set<Channel> constantChannels;

    private CompactSignalImage(List<Channel> channels, int rows, int columns, int size, short[] values,
            Set<Channel> constantChannels) {
        this.channels = List.copyOf(channels);
        this.rows = rows;
        this.columns = columns;
        this.size = size;
        this.values = values;
        this.constantChannels = constantChannels.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(constantChannels));
    }

    /** Quantises a normalised grid; the image renders to {@code size} x {@code size}. */
    public static CompactSignalImage of(NormalisedGrid grid, int size) {
        checkSize(size);
        int c = grid.channelCount();
        int t = grid.rows();
        int fs = grid.columns();
        if (HEADER_BYTES + 2L * c * t * fs > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("signal image of " + c + " x " + t + " x " + fs
                    + " values is too large for one byte array");
        }
        short[] q = new short[c * t * fs];
        double[] row = new double[fs];
        int k = 0;
        for (int ch = 0; ch < c; ch++) {
            for (int r = 0; r < t; r++) {
                grid.readRow(ch, r, row);
                for (double x : row) {
                    q[k++] = (short) Math.round(x * SCALE);
                }
            }
        }
        return new CompactSignalImage(grid.channels(), t, fs, size, q, grid.constantChannels());
    }

    @Override
    public List<Channel> channels() { return channels; }

    @Override
    public int channelCount() { return channels.size(); }

    @Override
    public int size() { return size; }

    /** T, whole seconds. */
    @Override
    public int rows() { return rows; }

    /** fs, samples per second. */
    @Override
    public int columns() { return columns; }

    /** Channels whose samples were all equal (stored and rendered as zeros). */
    public Set<Channel> constantChannels() { return constantChannels; }

    /** The decoded source value {@code q / 65535} of the {@code channel}-th channel, second {@code row}. */
    public double sourceValue(int channel, int row, int column) {
        return decode(values[(channel * rows + row) * columns + column]);
    }

    /** The same stored grid rendering to another side. */
    public CompactSignalImage withSize(int newSize) {
        checkSize(newSize);
        return newSize == size ? this : new CompactSignalImage(channels, rows, columns, newSize, values, constantChannels);
    }

    @Override
    public void readRow(int channel, int row, double[] dest) {
        int base = (channel * rows + row) * columns;
        for (int k = 0; k < columns; k++) {
            dest[k] = decode(values[base + k]);
        }
    }

    @Override
    public void render(float[] dest, int offset) {
        BilinearRescale.render(this, size, dest, offset);
    }

    /** The C x S x S image from the quantised values, in double precision. */
    public double[] renderDoubles() {
        return BilinearRescale.renderDoubles(this, size);
    }

    /** Length of {@link #toBytes()}: {@value #HEADER_BYTES} + 2 C T fs. */
    public int byteSize() {
        return HEADER_BYTES + 2 * values.length;
    }

    /** The versioned binary form (see the class comment). */
    public byte[] toBytes() {
        ByteBuffer b = ByteBuffer.allocate(byteSize()).order(ByteOrder.BIG_ENDIAN);
        b.put(MAGIC).put(VERSION).put((byte) mask(channels)).put((byte) mask(constantChannels)).put((byte) 0);
        b.putInt(rows).putInt(columns).putInt(size);
        b.asShortBuffer().put(values);
        return b.array();
    }

    /**
     * Reads {@link #toBytes()} output.
     *
     * @throws IllegalArgumentException naming what is wrong if the bytes are not a valid version-1 image
     */
    public static CompactSignalImage fromBytes(byte[] bytes) {
        if (bytes.length < HEADER_BYTES) {
            throw bad("only " + bytes.length + " bytes, the header alone has " + HEADER_BYTES);
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
        byte[] magic = new byte[4];
        b.get(magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw bad("wrong magic number (not a Res-SIN signal image)");
        }
        int version = b.get();
        if (version != VERSION) {
            throw bad("unsupported version " + version + " (this library reads version " + VERSION + ")");
        }
        int channelMask = b.get() & 0xFF;
        int constantMask = b.get() & 0xFF;
        int reserved = b.get();
        int rows = b.getInt();
        int columns = b.getInt();
        int size = b.getInt();
        if (channelMask == 0 || channelMask >= 1 << Channel.values().length) {
            throw bad("channel mask " + channelMask + " names no channel or an unknown one");
        }
        if ((constantMask & ~channelMask) != 0 || reserved != 0) {
            throw bad("constant-channel mask " + constantMask + " or reserved byte " + reserved + " is invalid");
        }
        if (rows < 1 || columns < 1) {
            throw bad("T = " + rows + " and fs = " + columns + " must be at least 1");
        }
        if (size < ImageSettings.MIN_SIZE || size > ImageSettings.MAX_SIZE) {
            throw bad("size " + size + " outside " + ImageSettings.MIN_SIZE + ".." + ImageSettings.MAX_SIZE);
        }
        List<Channel> channels = channels(channelMask);
        long count = (long) channels.size() * rows * columns;
        long expected = HEADER_BYTES + 2 * count;
        if (expected != bytes.length) {
            throw bad(channels.size() + " x " + rows + " x " + columns + " values need " + expected
                    + " bytes, got " + bytes.length);
        }
        short[] values = new short[(int) count];
        b.asShortBuffer().get(values);
        EnumSet<Channel> constant = EnumSet.noneOf(Channel.class);
        constant.addAll(channels(constantMask));
        return new CompactSignalImage(channels, rows, columns, size, values, constant);
    }

    /**
     * {@link #toBytes()} as standard Base64 (RFC 4648, with padding, no line breaks): text that any table cell,
     * CSV file or JSON value can hold. 4 characters per 3 bytes: a 9,020-byte PMEmo image is 12,028 characters.
     */
    public String toBase64() {
        return Base64.getEncoder().encodeToString(toBytes());
    }

    /**
     * Reads {@link #toBase64()} output.
     *
     * @throws IllegalArgumentException naming what is wrong if the text is not Base64 or not a valid image
     */
    public static CompactSignalImage fromBase64(String text) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw bad("not Base64 text (" + e.getMessage() + ")");
        }
        return fromBytes(bytes);
    }

    private static IllegalArgumentException bad(String what) {
        return new IllegalArgumentException("invalid signal image bytes: " + what);
    }

    private static double decode(short q) {
        return (q & 0xFFFF) / (double) SCALE;
    }

    private static void checkSize(int size) {
        if (size < ImageSettings.MIN_SIZE || size > ImageSettings.MAX_SIZE) {
            throw new IllegalArgumentException("setting size must be between " + ImageSettings.MIN_SIZE + " and "
                    + ImageSettings.MAX_SIZE + ", was " + size);
        }
    }

    private static int mask(Iterable<Channel> channels) {
        int m = 0;
        for (Channel c : channels) {
            m |= 1 << c.ordinal();
        }
        return m;
    }

    private static List<Channel> channels(int mask) {
        List<Channel> list = new ArrayList<>();
        for (Channel c : Channel.values()) {
            if ((mask & 1 << c.ordinal()) != 0) {
                list.add(c);
            }
        }
        return list;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CompactSignalImage x && channels.equals(x.channels) && rows == x.rows
                && columns == x.columns && size == x.size && constantChannels.equals(x.constantChannels)
                && Arrays.equals(values, x.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(channels, rows, columns, size, constantChannels, Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return "CompactSignalImage[" + channels + ", " + rows + " x " + columns + " -> " + size + " x " + size + "]";
    }
}
