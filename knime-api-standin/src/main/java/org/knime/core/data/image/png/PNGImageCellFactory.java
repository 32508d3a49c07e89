package org.knime.core.data.image.png;

import java.io.IOException;
import java.io.InputStream;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;

/** Creates PNG image cells. */
public class PNGImageCellFactory {

    /** The type of PNG image columns. */
    public static final DataType TYPE = PNGImageContent.TYPE;

    /** @return {@link #TYPE} */
    public DataType getDataType() {
        return TYPE;
    }

    /**
     * @param input PNG bytes
     * @return a PNG image cell
     * @throws IOException on read errors
     */
    public DataCell createCell(final InputStream input) throws IOException {
        return create(input);
    }

    /**
     * @param is PNG bytes
     * @return a PNG image cell
     * @throws IOException on read errors
     */
    public static DataCell create(final InputStream is) throws IOException {
        return new PNGImageContent(is).toImageCell();
    }

    /**
     * @param contents PNG bytes
     * @return a PNG image cell
     */
    public static DataCell create(final byte[] contents) {
        return new PNGImageContent(contents).toImageCell();
    }
}
