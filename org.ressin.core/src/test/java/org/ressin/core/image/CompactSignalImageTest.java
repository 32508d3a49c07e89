package org.ressin.core.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CompactSignalImageTest {

    /** A seeded random recording: a random walk per channel, with a partial second at the end. */
    private static double[][] recording(Random random, int samples) {
        double[][] s = new double[3][samples];
        for (double[] ch : s) {
            double v = random.nextGaussian();
            for (int i = 0; i < samples; i++) {
                v += random.nextGaussian() * 0.1;
                ch[i] = v;
            }
        }
        return s;
    }

    @Test
    void compactRendersWithinQuantisationError() {
        Random random = new Random(42);
        for (int size : new int[] {16, 64, 224}) {
            SignalImager im = new SignalImager(new ImageSettings(List.of(Channel.values()), size, 50));
            double[][] r = recording(random, 50 * 20 + 17);
            DoubleSignalImage exact = im.imageDoubles("r", r[2], r[0], r[1], 50);
            CompactSignalImage compact = im.image("r", r[2], r[0], r[1], 50);
            assertEquals(20, compact.rows());
            assertEquals(50, compact.columns());
            double[] e = exact.renderDoubles();
            double[] d = compact.renderDoubles();
            float[] f = new float[e.length];
            compact.render(f, 0);
            double worst = 0;
            for (int i = 0; i < e.length; i++) {
                worst = Math.max(worst, Math.abs(e[i] - d[i]));
                assertTrue(Math.abs(e[i] - f[i]) <= 1.0 / 65535, "pixel " + i + " at S=" + size);
                assertTrue(f[i] >= 0 && f[i] <= 1);
            }
            assertTrue(worst <= 0.5 / 65535 + 1e-15, "worst " + worst);
            assertTrue(worst > 0, "quantisation should show somewhere");
            // the source values are round(x * 65535) / 65535
            NormalisedGrid g = exact.grid();
            assertEquals(Math.round(g.value(1, 3, 7) * 65535) / 65535.0, compact.sourceValue(1, 3, 7), 0);
        }
    }

    @Test
    void bytesRoundTrip() {
        Random random = new Random(3);
        double[][] r = recording(random, 50 * 7 + 3);
        SignalImager im = new SignalImager(new ImageSettings(List.of(Channel.TONIC, Channel.ORIGIN), 32, 50));
        CompactSignalImage c = im.image("r", r[2], null, r[1], 50);
        byte[] bytes = c.toBytes();
        assertEquals(CompactSignalImage.HEADER_BYTES + 2 * 2 * 7 * 50, bytes.length);
        assertEquals(bytes.length, c.byteSize());
        CompactSignalImage back = CompactSignalImage.fromBytes(bytes);
        assertEquals(c, back);
        assertEquals(List.of(Channel.TONIC, Channel.ORIGIN), back.channels());
        assertEquals(32, back.size());
        assertArrayEquals(c.renderDoubles(), back.renderDoubles());
        // header fields
        assertEquals('R', bytes[0]);
        assertEquals(1, bytes[4]);
        assertEquals(0b110, bytes[5]);
        assertEquals(64, back.withSize(64).size());
        assertEquals(c.sourceValue(0, 6, 49), back.withSize(64).sourceValue(0, 6, 49));
    }

    @Test
    void corruptBytesAreRejected() {
        double[][] r = recording(new Random(5), 120);
        byte[] good = new SignalImager(new ImageSettings(List.of(Channel.values()), 16, 50))
                .image("r", r[2], r[0], r[1], 50).toBytes();
        assertRejected(new byte[3], "header");
        byte[] magic = good.clone();
        magic[0] = 'X';
        assertRejected(magic, "magic");
        byte[] version = good.clone();
        version[4] = 2;
        assertRejected(version, "version");
        byte[] mask = good.clone();
        mask[5] = 0;
        assertRejected(mask, "channel mask");
        byte[] constant = good.clone();
        constant[5] = 1;
        constant[6] = 2;
        assertRejected(constant, "constant-channel");
        byte[] size = good.clone();
        size[19] = 15;
        assertRejected(size, "size");
        assertRejected(java.util.Arrays.copyOf(good, good.length - 1), "bytes");
        assertRejected(java.util.Arrays.copyOf(good, good.length + 2), "bytes");
    }

    @Test
    void base64RoundTrip() {
        double[][] r = recording(new Random(11), 50 * 30);
        CompactSignalImage c = new SignalImager(ImageSettings.defaults()).image("r", r[2], r[0], r[1], 50);
        String text = c.toBase64();
        // the size quoted in docs/signal-images.md: 9,020 bytes, 12,028 characters
        assertEquals(9_020, c.byteSize());
        assertEquals(12_028, text.length());
        assertTrue(text.startsWith("UlNJTQ"), text.substring(0, 8)); // "RSIM"
        assertEquals(c, CompactSignalImage.fromBase64(text));
        assertArrayEquals(c.toBytes(), java.util.Base64.getDecoder().decode(text));
        IllegalArgumentException notBase64 = assertThrows(IllegalArgumentException.class,
                () -> CompactSignalImage.fromBase64("RSIM!!"));
        assertTrue(notBase64.getMessage().contains("not Base64"), notBase64.getMessage());
        IllegalArgumentException notImage = assertThrows(IllegalArgumentException.class,
                () -> CompactSignalImage.fromBase64("AAAA"));
        assertTrue(notImage.getMessage().contains("header"), notImage.getMessage());
    }

    private static void assertRejected(byte[] bytes, String mention) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CompactSignalImage.fromBytes(bytes));
        assertTrue(e.getMessage().contains(mention), e.getMessage());
    }
}
