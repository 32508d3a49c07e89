package org.knime.core.data;

/** Interface of cells holding a long value. */
public interface LongValue extends DataValue {

    /** @return the value */
    long getLongValue();
}
