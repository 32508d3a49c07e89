package org.knime.core.data.image;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.io.IOException;
import java.io.OutputStream;

import org.knime.core.data.DataCell;

/** Content of an image cell. */
public interface ImageContent {

    /**
     * @param g where to paint
     * @param maxWidth the available width
     * @param maxHeight the available height
     */
    public void paint(final Graphics2D g, final int maxWidth, final int maxHeight);

    /** @return the natural size */
    public Dimension getPreferredSize();

    /** @return a cell holding this content */
    public DataCell toImageCell();

    /**
     * @param out receives the encoded image (not closed)
     * @throws IOException on write errors
     */
    public void save(final OutputStream out) throws IOException;

    /** @return a short description */
    public String getSummary();
}
