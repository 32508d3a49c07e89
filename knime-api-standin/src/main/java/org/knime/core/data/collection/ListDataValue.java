package org.knime.core.data.collection;

import org.knime.core.data.DataCell;

/** An ordered collection value. */
public interface ListDataValue extends CollectionDataValue {

    /**
     * @param index the element index
     * @return the element
     */
    DataCell get(final int index);
}
