package org.knime.core.data.image.png;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.image.ImageContent;

/**
 * Encoded PNG bytes. Stand-in notes: images are decoded lazily with ImageIO; there is no blob cell for large images.
 */
public class PNGImageContent implements ImageContent {

    /** The type of PNG image columns. */
    public static final DataType TYPE = DataType.getType(PNGImageCell.class);

    private final byte[] m_imageBytes;

    /** @param imageBytes the PNG bytes (not copied) */
    public PNGImageContent(final byte[] imageBytes) {
        if (imageBytes == null) {
            throw new NullPointerException("Argument must not be null.");
        }
        m_imageBytes = imageBytes;
    }

    /**
     * @param is the stream to read the PNG bytes from (not closed)
     * @throws IOException on read errors
     */
    public PNGImageContent(final InputStream is) throws IOException {
        this(is.readAllBytes());
    }

    /** @return the underlying bytes (do not modify) */
    public byte[] getByteArrayReference() {
        return m_imageBytes;
    }

    /** @return a copy of the bytes */
    public byte[] getByteArray() {
        return m_imageBytes.clone();
    }

    /** @return the decoded image, or null if the bytes cannot be decoded */
    public Image getImage() {
        try {
            return ImageIO.read(new ByteArrayInputStream(m_imageBytes));
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void paint(final Graphics2D g, final int width, final int height) {
        Image img = getImage();
        if (img != null) {
            g.drawImage(img, 0, 0, width, height, null);
        }
    }

    @Override
    public void save(final OutputStream output) throws IOException {
        output.write(m_imageBytes);
    }

    @Override
    public DataCell toImageCell() {
        return new PNGImageCell(this);
    }

    @Override
    public Dimension getPreferredSize() {
        Image img = getImage();
        return img instanceof BufferedImage b ? new Dimension(b.getWidth(), b.getHeight()) : new Dimension(16, 16);
    }

    @Override
    public String getSummary() {
        Dimension dim = getPreferredSize();
        String size = m_imageBytes.length < 1000 ? m_imageBytes.length + " B" : (m_imageBytes.length / 1024) + " KB";
        return "PNG Image " + dim.width + " x " + dim.height + " with " + size;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(m_imageBytes);
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof PNGImageContent p && Arrays.equals(p.m_imageBytes, m_imageBytes);
    }
}
