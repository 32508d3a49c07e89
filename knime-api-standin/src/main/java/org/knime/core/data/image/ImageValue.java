package org.knime.core.data.image;

import org.knime.core.data.DataValue;

/** Value interface of image cells. */
public interface ImageValue extends DataValue {

    /** @return the image content */
    public ImageContent getImageContent();

    /** @return the file extension of the image format, e.g. "png" */
    public String getImageExtension();
}
