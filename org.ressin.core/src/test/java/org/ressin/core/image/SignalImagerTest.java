package org.ressin.core.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A recording small enough to check by hand: fs = 4 samples/s, 2.5 s (10 samples), S = 16. The trailing half
 * second is dropped, leaving T = 2 rows of 4; the dropped samples (100, -50) must not affect min-max.
 */
class SignalImagerTest {

    private static final double[] ORIGIN = {1, 3, 5, 9, 2, 4, 6, 7, 100, -50};
    private static final double[] PHASIC = {0, 1, 2, 3, 4, 5, 6, 7, 80, 90};
    private static final double[] TONIC = {10, 10, 10, 10, 20, 20, 20, 20, 0, 0};
    private static final double EPS = 1e-12;

    private static SignalImager imager(List<Channel> channels) {
        return new SignalImager(new ImageSettings(channels, 16, 4));
    }

    private static double pixel(double[] image, int channel, int row, int col) {
        return image[(channel * 16 + row) * 16 + col];
    }

    @Test
    void normaliseAndReshape() {
        NormalisedGrid g = imager(List.of(Channel.values())).grid("m/s", ORIGIN, PHASIC, TONIC, 4);
        assertEquals(2, g.rows());
        assertEquals(4, g.columns());
        assertEquals(List.of(Channel.PHASIC, Channel.TONIC, Channel.ORIGIN), g.channels());
        // origin: kept samples 1..9 -> (x - 1) / 8; row k = second k
        double[][] origin = {{0, 0.25, 0.5, 1}, {0.125, 0.375, 0.625, 0.75}};
        double[][] tonic = {{0, 0, 0, 0}, {1, 1, 1, 1}};
        for (int r = 0; r < 2; r++) {
            for (int k = 0; k < 4; k++) {
                assertEquals(origin[r][k], g.value(2, r, k), EPS);
                assertEquals((4 * r + k) / 7.0, g.value(0, r, k), EPS); // phasic: x / 7
                assertEquals(tonic[r][k], g.value(1, r, k), EPS);
            }
        }
        assertTrue(g.constantChannels().isEmpty());
    }

    @Test
    void bilinearCornersAndCentreByHand() {
        double[] img = imager(List.of(Channel.values())).imageDoubles("m/s", ORIGIN, PHASIC, TONIC, 4).renderDoubles();
        assertEquals(3 * 16 * 16, img.length);
        // rows: src = (i + .5) * 2/16 - .5 -> i = 0..3 clamp to row 0, i = 7: .4375, i = 8: .5625, i >= 12: row 1
        // cols: src = (j + .5) * 4/16 - .5 -> j = 0,1 clamp to 0, j = 2: .125, j = 7: 1.375, j = 8: 1.625, j >= 14: 3
        int o = 2; // origin is the third channel
        assertEquals(0.0, pixel(img, o, 0, 0), EPS);
        assertEquals(1.0, pixel(img, o, 0, 15), EPS);
        assertEquals(0.125, pixel(img, o, 15, 0), EPS);
        assertEquals(0.75, pixel(img, o, 15, 15), EPS);
        assertEquals(0.75, pixel(img, o, 15, 14), EPS); // src col 3.125 -> lo 3, hi clamped to 3
        // (0, 2): row 0, cols 0/1 with weight .125: .25 * .125
        assertEquals(0.03125, pixel(img, o, 0, 2), EPS);
        // centre (7, 7): row0 .25*.625 + .5*.375 = .34375; row1 .375*.625 + .625*.375 = .46875;
        // .34375*.5625 + .46875*.4375 = .3984375
        assertEquals(0.3984375, pixel(img, o, 7, 7), EPS);
        // (8, 8): row0 .25*.375 + .5*.625 = .40625; row1 .375*.375 + .625*.625 = .53125; .4375/.5625 -> .4765625
        assertEquals(0.4765625, pixel(img, o, 8, 8), EPS);
        // phasic (k/7): corners 0, 3/7, 4/7, 1; centre (1.375*.5625 + 5.375*.4375)/7 = 3.125/7
        assertEquals(0.0, pixel(img, 0, 0, 0), EPS);
        assertEquals(3 / 7.0, pixel(img, 0, 0, 15), EPS);
        assertEquals(4 / 7.0, pixel(img, 0, 15, 0), EPS);
        assertEquals(1.0, pixel(img, 0, 15, 15), EPS);
        assertEquals(3.125 / 7, pixel(img, 0, 7, 7), EPS);
        // tonic: row 0 zeros, row 1 ones -> the row weight, whatever the column
        double[] wy = {0, 0, 0, 0, .0625, .1875, .3125, .4375, .5625, .6875, .8125, .9375, 1, 1, 1, 1};
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 16; j += 5) {
                assertEquals(wy[i], pixel(img, 1, i, j), EPS, "tonic " + i + "," + j);
            }
        }
    }

    @Test
    void channelsFollowChannelOrder() {
        SignalImager im = imager(List.of(Channel.ORIGIN, Channel.PHASIC));
        assertEquals(List.of(Channel.PHASIC, Channel.ORIGIN), im.settings().channels());
        double[] img = im.imageDoubles("m/s", ORIGIN, PHASIC, null, 4).renderDoubles();
        assertEquals(2 * 256, img.length);
        assertEquals(3 / 7.0, pixel(img, 0, 0, 15), EPS); // phasic first
        assertEquals(1.0, pixel(img, 1, 0, 15), EPS); // then origin
        double[] originOnly = imager(List.of(Channel.ORIGIN)).imageDoubles("m/s", ORIGIN, null, null, 4).renderDoubles();
        assertEquals(0.3984375, originOnly[7 * 16 + 7], EPS);
    }

    @Test
    void floatRenderMatchesDoublesAndHonoursOffset() {
        DoubleSignalImage d = imager(List.of(Channel.values())).imageDoubles("m/s", ORIGIN, PHASIC, TONIC, 4);
        double[] exact = d.renderDoubles();
        float[] dest = new float[exact.length + 5];
        dest[4] = -1;
        d.render(dest, 5);
        assertEquals(-1f, dest[4]);
        for (int i = 0; i < exact.length; i++) {
            assertEquals((float) exact[i], dest[5 + i]);
        }
        assertThrows(IndexOutOfBoundsException.class, () -> d.render(new float[exact.length], 1));
    }

    @Test
    void constantChannelIsZeroAndFlagged() {
        double[] flat = {3, 3, 3, 3, 3, 3, 3, 3, 9, 9}; // constant over the kept 2 s; the dropped part differs
        SignalImager im = imager(List.of(Channel.values()));
        DoubleSignalImage d = im.imageDoubles("m/s", ORIGIN, PHASIC, flat, 4);
        assertEquals(Set.of(Channel.TONIC), d.constantChannels());
        double[] img = d.renderDoubles();
        for (int k = 256; k < 512; k++) {
            assertEquals(0.0, img[k]);
        }
        CompactSignalImage c = im.image("m/s", ORIGIN, PHASIC, flat, 4);
        assertEquals(Set.of(Channel.TONIC), c.constantChannels());
        assertEquals(Set.of(Channel.TONIC), CompactSignalImage.fromBytes(c.toBytes()).constantChannels());
    }

    @Test
    void tooShortNamesTheRecording() {
        SignalImager im = imager(List.of(Channel.ORIGIN));
        TooShortRecordingException e = assertThrows(TooShortRecordingException.class,
                () -> im.image("song7/subject9", new double[] {1, 2, 3}, null, null, 4));
        assertTrue(e.getMessage().contains("song7/subject9"), e.getMessage());
        assertEquals(3, e.samples());
        assertThrows(TooShortRecordingException.class, () -> im.image("x", new double[0], null, null, 4));
        assertEquals(1, im.grid("x", new double[] {1, 2, 3, 4}, null, null, 4).rows());
    }

    @Test
    void badInput() {
        SignalImager im = imager(List.of(Channel.values()));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> im.image("r1", ORIGIN, PHASIC, null, 4));
        assertTrue(missing.getMessage().contains("tonic") && missing.getMessage().contains("r1"));
        assertThrows(IllegalArgumentException.class, () -> im.image("r1", ORIGIN, PHASIC, new double[9], 4));
        IllegalArgumentException rate = assertThrows(IllegalArgumentException.class,
                () -> im.image("r1", ORIGIN, PHASIC, TONIC, 50));
        assertTrue(rate.getMessage().contains("samplesPerSecond"));
        double[] nan = ORIGIN.clone();
        nan[5] = Double.NaN;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> im.image("r1", nan, PHASIC, TONIC, 4));
        assertTrue(e.getMessage().contains("origin sample 5"), e.getMessage());
    }

    @Test
    void badSettings() {
        assertThrows(IllegalArgumentException.class, () -> new ImageSettings(List.of(Channel.ORIGIN), 15, 50));
        assertThrows(IllegalArgumentException.class, () -> new ImageSettings(List.of(), 224, 50));
        assertThrows(IllegalArgumentException.class,
                () -> new ImageSettings(List.of(Channel.ORIGIN, Channel.ORIGIN), 224, 50));
        assertThrows(IllegalArgumentException.class, () -> new ImageSettings(List.of(Channel.ORIGIN), 224, 0));
        assertEquals(16, new ImageSettings(List.of(Channel.ORIGIN), 16, 50).size());
        assertEquals(50, ImageSettings.wholeSamplesPerSecond(50.0));
        assertThrows(IllegalArgumentException.class, () -> ImageSettings.wholeSamplesPerSecond(50.5));
        assertThrows(IllegalArgumentException.class, () -> ImageSettings.wholeSamplesPerSecond(0));
    }

    @Test
    void resampleTableFollowsHalfPixelConvention() {
        ResampleTable up = ResampleTable.of(4, 16);
        assertArrayEquals(new int[] {0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3}, up.lo);
        assertEquals(0.125, up.weight[2], EPS);
        assertEquals(0.875, up.weight[5], EPS);
        ResampleTable one = ResampleTable.of(1, 16);
        for (int d = 0; d < 16; d++) {
            assertEquals(0, one.lo[d]);
            assertEquals(0, one.hi[d]);
            assertEquals(0.0, one.weight[d]);
        }
        // downscale 224 -> 16: src = (d + .5) * 14 - .5 = 14 d + 6.5
        ResampleTable down = ResampleTable.of(224, 16);
        assertEquals(6, down.lo[0]);
        assertEquals(0.5, down.weight[0], EPS);
        assertEquals(216, down.lo[15]);
        assertEquals(ResampleTable.of(224, 16), down); // cached
    }

    @Test
    void phasicRelativeToTonicLevelKeepsAmplitude() {
        // kept tonic 10 x 4, 20 x 4 -> mean level 15; span 0.5 -> phasic / 7.5, clipped to [0, 1]
        SignalImager scaled = new SignalImager(new ImageSettings(List.of(Channel.values()), 16, 4, 0.5));
        NormalisedGrid g = scaled.grid("m/s", ORIGIN, PHASIC, TONIC, 4);
        for (int r = 0; r < 2; r++) {
            for (int k = 0; k < 4; k++) {
                assertEquals(Math.min(1, (4 * r + k) / 7.5), g.value(0, r, k), EPS);
                assertEquals(r, g.value(1, r, k), EPS); // tonic stays min-max
            }
        }
        // half the responses: min-max draws the same phasic image, the scaled channel halves
        double[] half = new double[PHASIC.length];
        for (int i = 0; i < half.length; i++) half[i] = PHASIC[i] / 2;
        NormalisedGrid halfScaled = scaled.grid("m/s", ORIGIN, half, TONIC, 4);
        NormalisedGrid minMax = imager(List.of(Channel.values())).grid("m/s", ORIGIN, PHASIC, TONIC, 4);
        NormalisedGrid halfMinMax = imager(List.of(Channel.values())).grid("m/s", ORIGIN, half, TONIC, 4);
        assertEquals(minMax.value(0, 1, 2), halfMinMax.value(0, 1, 2), EPS);
        assertEquals(g.value(0, 1, 2) / 2, halfScaled.value(0, 1, 2), EPS);
        // the level is the recording's: doubling the tonic halves the scaled phasic
        double[] doubleTonic = new double[TONIC.length];
        for (int i = 0; i < TONIC.length; i++) doubleTonic[i] = 2 * TONIC[i];
        assertEquals(g.value(0, 1, 2) / 2, scaled.grid("m/s", ORIGIN, PHASIC, doubleTonic, 4).value(0, 1, 2), EPS);
    }

    @Test
    void phasicRelativeToTonicLevelNeedsAPositiveTonic() {
        SignalImager phasicOnly = new SignalImager(new ImageSettings(List.of(Channel.PHASIC), 16, 4, 0.5));
        assertTrue(phasicOnly.grid("m/s", null, PHASIC, TONIC, 4).constantChannels().isEmpty());
        IllegalArgumentException noTonic = assertThrows(IllegalArgumentException.class,
                () -> phasicOnly.grid("m/s", null, PHASIC, null, 4));
        assertTrue(noTonic.getMessage().contains("m/s"));
        double[] negative = new double[TONIC.length];
        for (int i = 0; i < TONIC.length; i++) negative[i] = -TONIC[i];
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> phasicOnly.grid("m/s", null, PHASIC, negative, 4));
        assertTrue(bad.getMessage().contains("not positive"));
        assertThrows(IllegalArgumentException.class, () -> new ImageSettings(List.of(Channel.PHASIC), 16, 4, -0.5));
        assertThrows(IllegalArgumentException.class, () -> ImageSettings.defaults().withPhasicSpan(Double.NaN));
        assertTrue(ImageSettings.defaults().phasicMinMax());
        assertEquals(0.5, ImageSettings.defaults().withSize(32).withPhasicSpan(0.5).phasicSpan());
    }
}
