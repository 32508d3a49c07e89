package org.knime.core.data.collection;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.DataValue;

/** A value holding a collection of cells (stand-in: CellCollection is folded into Iterable&lt;DataCell&gt;). */
public interface CollectionDataValue extends DataValue, Iterable<DataCell> {

    /** @return the common type of the elements */
    DataType getElementType();

    /** @return the number of elements */
    int size();
}
