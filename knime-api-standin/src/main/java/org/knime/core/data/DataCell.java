package org.knime.core.data;

import java.io.Serializable;

import org.knime.core.data.collection.CollectionDataValue;

/**
 * Abstract base class of all cells. Immutable.
 */
public abstract class DataCell implements DataValue, Serializable {

    private static final long serialVersionUID = 1L;

    @Override
    public DataCell materializeDataCell() {
        return this;
    }

    /** @return the type of this cell (collections include their element type) */
    public final DataType getType() {
        if (this instanceof CollectionDataValue coll) {
            return DataType.getType(getClass(), coll.getElementType());
        }
        return DataType.getType(getClass());
    }

    /** @return whether this is a missing cell */
    public boolean isMissing() {
        return false;
    }

    @Override
    public abstract String toString();

    /**
     * Two cells are equal if both are missing, or if they have the same class and {@link #equalsDataCell(DataCell)}
     * holds, or (different classes) {@link #equalContent(DataValue)} holds.
     */
    @Override
    public final boolean equals(final Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DataCell other)) {
            return false;
        }
        if (isMissing() || other.isMissing()) {
            return isMissing() && other.isMissing();
        }
        if (getClass() == other.getClass()) {
            return equalsDataCell(other);
        }
        return equalContent(other);
    }

    /**
     * @param dc a non-missing cell of the same class
     * @return whether the content is equal
     */
    protected abstract boolean equalsDataCell(final DataCell dc);

    /**
     * Compares to a value of a different cell class; false unless overridden.
     *
     * @param otherValue the other value
     * @return whether the content is equal
     */
    protected boolean equalContent(final DataValue otherValue) {
        return false;
    }

    @Override
    public abstract int hashCode();
}
