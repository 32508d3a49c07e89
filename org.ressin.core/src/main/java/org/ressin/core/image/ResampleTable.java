package org.ressin.core.image;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * For one axis of a bilinear rescale from {@code in} to {@code out} samples: for every output index the two
 * source indices and the weight of the upper one, with half-pixel centres (OpenCV INTER_LINEAR, PyTorch
 * align_corners=False): {@code src = (dst + 0.5) * in / out - 0.5}, clamped to {@code [0, in - 1]}.
 *
 * <p>Tables are immutable and cached per (in, out), as every recording of a dataset needs the same few.
 */
final class ResampleTable {

    /** Bound on cached tables, so odd lengths cannot grow the cache without limit. */
    private static final int CACHE_LIMIT = 4096;
    private static final ConcurrentMap<Long, ResampleTable> CACHE = new ConcurrentHashMap<>();

    final int in;
    final int out;
    /** Lower source index per output index. */
    final int[] lo;
    /** Upper source index per output index ({@code lo + 1}, or {@code lo} at the last source index). */
    final int[] hi;
    /** Weight of {@code hi}; {@code lo} has {@code 1 - weight}. */
    final double[] weight;

    private ResampleTable(int in, int out) {
        this.in = in;
        this.out = out;
        lo = new int[out];
        hi = new int[out];
        weight = new double[out];
        double scale = (double) in / out;
        for (int d = 0; d < out; d++) {
            double src = Math.min(Math.max((d + 0.5) * scale - 0.5, 0), in - 1);
            int l = (int) Math.floor(src);
            lo[d] = l;
            hi[d] = Math.min(l + 1, in - 1);
            weight[d] = src - l;
        }
    }

    static ResampleTable of(int in, int out) {
        if (in < 1 || out < 1) {
            throw new IllegalArgumentException("rescale from " + in + " to " + out + " samples");
        }
        Long key = ((long) in << 32) | out;
        ResampleTable t = CACHE.get(key);
        if (t == null) {
            t = new ResampleTable(in, out);
            if (CACHE.size() < CACHE_LIMIT) {
                CACHE.putIfAbsent(key, t);
            }
        }
        return t;
    }
}
