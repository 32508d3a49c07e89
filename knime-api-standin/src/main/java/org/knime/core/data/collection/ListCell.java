package org.knime.core.data.collection;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;

/** An immutable list of cells; create with {@link CollectionCellFactory#createListCell(java.util.Collection)}. */
public class ListCell extends DataCell implements ListDataValue {

    private static final long serialVersionUID = 1L;

    private final List<DataCell> m_list;

    private final DataType m_elementType;

    ListCell(final List<DataCell> list, final DataType elementType) {
        m_list = Collections.unmodifiableList(list);
        m_elementType = elementType;
    }

    /**
     * @param elementType the element type
     * @return the type of list columns with that element type
     */
    public static final DataType getCollectionType(final DataType elementType) {
        return DataType.getType(ListCell.class, elementType);
    }

    @Override
    public DataType getElementType() {
        return m_elementType;
    }

    @Override
    public Iterator<DataCell> iterator() {
        return m_list.iterator();
    }

    @Override
    public DataCell get(final int index) {
        return m_list.get(index);
    }

    @Override
    public int size() {
        return m_list.size();
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return ((ListCell)dc).m_list.equals(m_list);
    }

    @Override
    public int hashCode() {
        return m_list.hashCode();
    }

    @Override
    public String toString() {
        return m_list.toString();
    }
}
