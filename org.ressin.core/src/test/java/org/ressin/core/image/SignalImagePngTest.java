package org.ressin.core.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class SignalImagePngTest {

    private static DoubleSignalImage image(List<Channel> channels) {
        Random random = new Random(11);
        double[][] s = new double[3][50 * 6];
        for (double[] ch : s) {
            for (int i = 0; i < ch.length; i++) {
                ch[i] = random.nextDouble();
            }
        }
        return new SignalImager(new ImageSettings(channels, 24, 50)).imageDoubles("r", s[2], s[0], s[1], 50);
    }

    private static Raster decode(DoubleSignalImage img) throws IOException {
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(SignalImagePng.encode(img)));
        assertEquals(24, back.getWidth());
        assertEquals(24, back.getHeight());
        return back.getRaster();
    }

    @Test
    void threeChannelsAreRgb() throws IOException {
        DoubleSignalImage img = image(List.of(Channel.values()));
        double[] v = img.renderDoubles();
        Raster r = decode(img);
        assertEquals(3, r.getNumBands());
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < 24; i++) {
                for (int j = 0; j < 24; j++) {
                    assertEquals(SignalImagePng.toByte(v[(c * 24 + i) * 24 + j]), r.getSample(j, i, c));
                }
            }
        }
    }

    @Test
    void oneChannelIsGray() throws IOException {
        DoubleSignalImage img = image(List.of(Channel.TONIC));
        double[] v = img.renderDoubles();
        Raster r = decode(img);
        assertEquals(1, r.getNumBands());
        for (int i = 0; i < 24; i++) {
            for (int j = 0; j < 24; j++) {
                assertEquals(SignalImagePng.toByte(v[i * 24 + j]), r.getSample(j, i, 0));
            }
        }
    }

    @Test
    void twoChannelsKeepTheirColours() throws IOException {
        DoubleSignalImage img = image(List.of(Channel.TONIC, Channel.ORIGIN));
        double[] v = img.renderDoubles();
        Raster r = decode(img);
        for (int i = 0; i < 24; i++) {
            for (int j = 0; j < 24; j++) {
                assertEquals(0, r.getSample(j, i, 0)); // no phasic: red 0
                assertEquals(SignalImagePng.toByte(v[i * 24 + j]), r.getSample(j, i, 1));
                assertEquals(SignalImagePng.toByte(v[(24 + i) * 24 + j]), r.getSample(j, i, 2));
            }
        }
    }

    @Test
    void eightBitRounding() {
        assertEquals(0, SignalImagePng.toByte(0));
        assertEquals(255, SignalImagePng.toByte(1));
        assertEquals(128, SignalImagePng.toByte(0.5)); // 127.5 rounds half up
        assertEquals(64, SignalImagePng.toByte(0.25)); // 63.75
    }
}
