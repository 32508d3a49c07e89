package org.knime.core.data;

/** Interface of cells holding an int value. */
public interface IntValue extends DataValue {

    /** @return the value */
    int getIntValue();
}
