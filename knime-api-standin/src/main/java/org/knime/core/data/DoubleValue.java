package org.knime.core.data;

/** Interface of cells holding a double value. */
public interface DoubleValue extends DataValue {

    /** @return the value */
    double getDoubleValue();
}
