package org.ressin.core.image;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Signal images as 8-bit PNG, {@code round(255 v)} per value.
 *
 * <p>Colours: three channels are RGB in {@link Channel} order (phasic = R, tonic = G, origin = B). Each
 * channel keeps its colour whatever else is selected, so two channels are RGB with the missing channel's
 * colour 0 (tonic + origin: R = 0, G = tonic, B = origin). One channel is a gray image.
 */
public final class SignalImagePng {

    private SignalImagePng() {}

    /** 8-bit value of a [0, 1] image value. */
    public static int toByte(double v) {
        return (int) Math.round(255 * Math.min(1, Math.max(0, v)));
    }

    /**
     * The image as a {@link BufferedImage}: gray for one channel, else RGB.
     *
     * @param values C x S x S, channel-major then row-major, as {@link DoubleSignalImage#renderDoubles()}
     */
    public static BufferedImage toBufferedImage(List<Channel> channels, int size, double[] values) {
        int c = channels.size();
        if (c == 0 || values.length != c * size * size) {
            throw new IllegalArgumentException(values.length + " values do not make " + c + " channel(s) of "
                    + size + " x " + size);
        }
        int plane = size * size;
        if (c == 1) {
            BufferedImage gray = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
            WritableRaster raster = gray.getRaster();
            for (int i = 0; i < size; i++) {
                for (int j = 0; j < size; j++) {
                    raster.setSample(j, i, 0, toByte(values[i * size + j]));
                }
            }
            return gray;
        }
        BufferedImage rgb = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        WritableRaster raster = rgb.getRaster();
        for (int k = 0; k < c; k++) {
            int band = channels.get(k).ordinal(); // phasic R, tonic G, origin B
            for (int i = 0; i < size; i++) {
                for (int j = 0; j < size; j++) {
                    raster.setSample(j, i, band, toByte(values[k * plane + i * size + j]));
                }
            }
        }
        return rgb;
    }

    /** The full-precision image as a {@link BufferedImage}. */
    public static BufferedImage toBufferedImage(DoubleSignalImage image) {
        return toBufferedImage(image.channels(), image.size(), image.renderDoubles());
    }

    /** PNG bytes of the full-precision image. */
    public static byte[] encode(DoubleSignalImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(toBufferedImage(image), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the full-precision image as PNG to {@code file} (replacing it). */
    public static void write(DoubleSignalImage image, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(toBufferedImage(image), out);
        }
    }

    private static void write(BufferedImage image, OutputStream out) throws IOException {
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer available in this Java runtime");
        }
    }
}
