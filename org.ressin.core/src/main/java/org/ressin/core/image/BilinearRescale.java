package org.ressin.core.image;

/**
 * The one bilinear rescale of a {@link SourceGrid} to C x S x S, separable: each source row is first
 * interpolated along the columns (within the second), then pairs of those rows along the rows (across
 * seconds). This evaluates exactly {@code (1-wy)((1-wx)a + wx b) + wy((1-wx)c + wx d)}.
 */
final class BilinearRescale {

    /** Receives one finished output row: {@code values[0..S)} of row {@code row} of channel {@code channel}. */
    @FunctionalInterface
    interface RowSink {
        void accept(int channel, int row, double[] values);
    }

    private BilinearRescale() {}

    static void rescale(SourceGrid grid, int size, RowSink sink) {
        int rows = grid.rows();
        int cols = grid.columns();
        ResampleTable across = ResampleTable.of(rows, size);
        ResampleTable within = ResampleTable.of(cols, size);
        double[] source = new double[cols];
        double[] horizontal = new double[rows * size];
        double[] out = new double[size];
        for (int c = 0; c < grid.channelCount(); c++) {
            for (int r = 0; r < rows; r++) {
                grid.readRow(c, r, source);
                int base = r * size;
                for (int j = 0; j < size; j++) {
                    double w = within.weight[j];
                    horizontal[base + j] = (1 - w) * source[within.lo[j]] + w * source[within.hi[j]];
                }
            }
            for (int i = 0; i < size; i++) {
                double w = across.weight[i];
                int a = across.lo[i] * size;
                int b = across.hi[i] * size;
                for (int j = 0; j < size; j++) {
                    double v = (1 - w) * horizontal[a + j] + w * horizontal[b + j];
                    out[j] = v < 0 ? 0 : v > 1 ? 1 : v; // rounding must not leave [0, 1]
                }
                sink.accept(c, i, out);
            }
        }
    }

    /** Renders as floats into {@code dest} from {@code offset}, C x S x S. */
    static void render(SourceGrid grid, int size, float[] dest, int offset) {
        long need = (long) grid.channelCount() * size * size;
        if (offset < 0 || dest.length - (long) offset < need) {
            throw new IndexOutOfBoundsException("render needs " + need + " floats from offset " + offset
                    + ", array has " + dest.length);
        }
        rescale(grid, size, (c, i, values) -> {
            int base = offset + (c * size + i) * size;
            for (int j = 0; j < size; j++) {
                dest[base + j] = (float) values[j];
            }
        });
    }

    /** Renders as doubles, C x S x S. */
    static double[] renderDoubles(SourceGrid grid, int size) {
        double[] dest = new double[grid.channelCount() * size * size];
        rescale(grid, size, (c, i, values) -> System.arraycopy(values, 0, dest, (c * size + i) * size, size));
        return dest;
    }
}
