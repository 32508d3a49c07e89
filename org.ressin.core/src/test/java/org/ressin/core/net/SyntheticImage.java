package org.ressin.core.net;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ressin.core.image.Channel;
import org.ressin.core.image.SignalImage;

/**
 * A test signal image: seeded noise in [0, 0.5], plus (when {@code band} is set) a bright horizontal
 * band whose position tells the label: upper middle for 1, lower middle for 0.
 */
record SyntheticImage(List<Channel> channels, int size, long seed, int label, boolean band) implements SignalImage {

    @Override
    public void render(float[] dest, int offset) {
        Random rng = new Random(seed);
        int s = size;
        int bandStart = label == 1 ? s / 4 : s / 2;
        for (int c = 0; c < channels.size(); c++) {
            for (int y = 0; y < s; y++) {
                for (int x = 0; x < s; x++) {
                    float v = 0.5f * rng.nextFloat();
                    if (band && y >= bandStart && y < bandStart + s / 4) v += 0.5f;
                    dest[offset + (c * s + y) * s + x] = v;
                }
            }
        }
    }

    static final List<Channel> MIX = List.of(Channel.PHASIC, Channel.TONIC, Channel.ORIGIN);

    /**
     * {@code n} examples, subjects "s0".."s(subjects-1)" in turn, alternating labels; images show the
     * label when {@code imageShowsLabel}; music (dimension 4, or none when 0) has feature 0 = label
     * (scaled by {@code musicSignal}) plus noise, the others pure noise.
     */
    static List<LabeledExample> examples(int n, int subjects, int size, boolean imageShowsLabel, int musicDim,
                                         double musicSignal, long seed) {
        Random rng = new Random(seed);
        List<LabeledExample> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int label = (i / subjects) % 2; // every subject gets both classes
            double[] music = null;
            if (musicDim > 0) {
                music = new double[musicDim];
                for (int j = 0; j < musicDim; j++) music[j] = 10 + 3 * rng.nextGaussian();
                music[0] += musicSignal * (label == 1 ? 1 : -1);
            }
            out.add(new LabeledExample("s" + (i % subjects), "m" + i,
                    new SyntheticImage(MIX, size, seed * 1_000_003L + i, label, imageShowsLabel), music, label));
        }
        return out;
    }
}
