package org.knime.core.data;

/**
 * Marker interface of all cell value interfaces (stand-in: the UTILITY factory of KNIME is not included).
 */
public interface DataValue {

    /**
     * @return a cell holding this value
     * @throws UnsupportedOperationException unless implemented
     */
    default DataCell materializeDataCell() {
        throw new UnsupportedOperationException("This DataValue does not implement materializeDataCell.");
    }
}
