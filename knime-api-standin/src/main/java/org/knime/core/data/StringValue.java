package org.knime.core.data;

/** Interface of cells holding a string value. */
public interface StringValue extends DataValue {

    /** @return the value */
    String getStringValue();
}
