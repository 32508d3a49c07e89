package org.ressin.core.net;

import java.util.List;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.ressin.core.image.Channel;
import org.ressin.core.image.SignalImage;

/**
 * Turns signal images into network input, one mini-batch at a time: renders each image, keeps the
 * selected channels, crops (random offset in training, centred otherwise) and subtracts the
 * per-channel training mean. Only one batch of floats exists at once.
 */
final class ImageBatcher {

    private final NetworkSettings settings;
    private final float[] channelMeans;
    private float[] scratch = new float[0];

    ImageBatcher(NetworkSettings settings, float[] channelMeans) {
        if (channelMeans.length != settings.channels().count()) {
            throw new IllegalArgumentException(channelMeans.length + " channel means for "
                    + settings.channels().count() + " input channels");
        }
        this.settings = settings;
        this.channelMeans = channelMeans.clone();
    }

    /**
     * Per-channel mean pixel value of the full rendered images of {@code examples} (the training
     * part), streaming one image at a time.
     */
    static float[] channelMeans(List<? extends Example> examples, NetworkSettings settings) {
        if (examples.isEmpty()) throw new IllegalArgumentException("no examples to compute channel means on");
        int s = settings.imageSize();
        int plane = s * s;
        List<Channel> wanted = settings.channels().channels();
        double[] sums = new double[wanted.size()];
        float[] buf = new float[0];
        for (Example e : examples) {
            SignalImage img = e.image();
            int[] planes = planesOf(e, settings);
            int need = img.channels().size() * plane;
            if (buf.length < need) buf = new float[need];
            img.render(buf, 0);
            for (int c = 0; c < planes.length; c++) {
                double sum = 0;
                int base = planes[c] * plane;
                for (int p = 0; p < plane; p++) sum += buf[base + p];
                sums[c] += sum / plane;
            }
        }
        float[] means = new float[sums.length];
        for (int c = 0; c < sums.length; c++) means[c] = (float) (sums[c] / examples.size());
        return means;
    }

    /** For each selected channel, its plane index in the example's rendered image; checks the size. */
    static int[] planesOf(Example e, NetworkSettings settings) {
        SignalImage img = e.image();
        if (img.size() != settings.imageSize()) {
            throw new IllegalArgumentException("example " + e.id() + ": image is " + img.size()
                    + " px but the network expects " + settings.imageSize() + " px (NetworkSettings.imageSize)");
        }
        List<Channel> have = img.channels();
        List<Channel> wanted = settings.channels().channels();
        int[] planes = new int[wanted.size()];
        for (int c = 0; c < planes.length; c++) {
            planes[c] = have.indexOf(wanted.get(c));
            if (planes[c] < 0) {
                throw new IllegalArgumentException("example " + e.id() + ": image has channels " + have
                        + " but the network input " + settings.channels() + " needs " + wanted.get(c));
            }
        }
        return planes;
    }

    /**
     * The image tensor of {@code examples[order[from..to)]}: [n, C, c, c] (NCHW) or [n, c, c, C] (NHWC).
     *
     * @param cropRng random crop offsets from this generator, or centred crops when null
     */
    INDArray images(List<? extends Example> examples, int[] order, int from, int to, Random cropRng) {
        int n = to - from;
        int chans = settings.channels().count();
        int s = settings.imageSize();
        int c = settings.cropSize();
        int plane = s * s;
        boolean nhwc = settings.dataFormat() == NetworkSettings.DataFormat.NHWC;
        float[] out = new float[n * chans * c * c];
        for (int b = 0; b < n; b++) {
            Example e = examples.get(order[from + b]);
            int[] planes = planesOf(e, settings);
            int need = e.image().channels().size() * plane;
            if (scratch.length < need) scratch = new float[need];
            e.image().render(scratch, 0);
            int ox, oy;
            if (cropRng == null) {
                ox = (s - c) / 2;
                oy = ox;
            } else {
                oy = cropRng.nextInt(s - c + 1);
                ox = cropRng.nextInt(s - c + 1);
            }
            int base = b * chans * c * c;
            for (int ch = 0; ch < chans; ch++) {
                float mean = channelMeans[ch];
                int src0 = planes[ch] * plane;
                for (int y = 0; y < c; y++) {
                    int src = src0 + (oy + y) * s + ox;
                    if (nhwc) {
                        int dst = base + y * c * chans + ch;
                        for (int x = 0; x < c; x++) out[dst + x * chans] = scratch[src + x] - mean;
                    } else {
                        int dst = base + (ch * c + y) * c;
                        for (int x = 0; x < c; x++) out[dst + x] = scratch[src + x] - mean;
                    }
                }
            }
        }
        long[] shape = nhwc ? new long[] {n, c, c, chans} : new long[] {n, chans, c, c};
        return Nd4j.create(out, shape, 'c');
    }

    /** The z-scored music features of {@code examples[order[from..to)]}: [n, d]. */
    static INDArray music(List<? extends Example> examples, int[] order, int from, int to, MusicScaler scaler) {
        int n = to - from;
        int d = scaler.dimension();
        float[] out = new float[n * d];
        for (int b = 0; b < n; b++) scaler.scale(examples.get(order[from + b]), out, b * d);
        return Nd4j.create(out, new long[] {n, d}, 'c');
    }
}
