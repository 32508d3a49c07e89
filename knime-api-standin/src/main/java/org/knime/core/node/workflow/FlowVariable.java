package org.knime.core.node.workflow;

import java.util.Objects;

/**
 * A named flow variable holding a string, double or int (stand-in: VariableType-based variables, scopes and
 * credentials are not included).
 */
public final class FlowVariable {

    /**
     * The type of a variable.
     *
     * @deprecated KNIME uses VariableType instead
     */
    @Deprecated
    public enum Type {
            /** double type. */
            DOUBLE,
            /** int type. */
            INTEGER,
            /** String type. */
            STRING,
            /** Credentials. */
            CREDENTIALS,
            /** All other types. */
            OTHER;
    }

    private final String m_name;

    private final Type m_type;

    private final Object m_value;

    private FlowVariable(final String name, final Type type, final Object value) {
        m_name = Objects.requireNonNull(name, "Variable name must not be null");
        m_type = type;
        m_value = value;
    }

    /**
     * @param name the name
     * @param valueS the string value
     */
    public FlowVariable(final String name, final String valueS) {
        this(name, Type.STRING, Objects.requireNonNull(valueS, "Value must not be null"));
    }

    /**
     * @param name the name
     * @param valueD the double value
     */
    public FlowVariable(final String name, final double valueD) {
        this(name, Type.DOUBLE, valueD);
    }

    /**
     * @param name the name
     * @param valueI the int value
     */
    public FlowVariable(final String name, final int valueI) {
        this(name, Type.INTEGER, valueI);
    }

    /** @return the name */
    public String getName() {
        return m_name;
    }

    /**
     * @return the type
     * @deprecated KNIME uses getVariableType()
     */
    @Deprecated
    public Type getType() {
        return m_type;
    }

    /** @return the string value, or null if this is not a string variable */
    public String getStringValue() {
        return m_type == Type.STRING ? (String)m_value : null;
    }

    /** @return the double value (ints are widened), or NaN for string variables */
    public double getDoubleValue() {
        return m_value instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** @return the int value, or 0 if this is not an int variable */
    public int getIntValue() {
        return m_type == Type.INTEGER ? (Integer)m_value : 0;
    }

    /** @return the value as string */
    public String getValueAsString() {
        return String.valueOf(m_value);
    }

    @Override
    public String toString() {
        return "\"" + m_name + "\" (" + m_type + ": " + m_value + ")";
    }

    @Override
    public boolean equals(final Object obj) {
        return obj instanceof FlowVariable v && v.m_name.equals(m_name) && v.m_type == m_type
            && v.m_value.equals(m_value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(m_name, m_type, m_value);
    }
}
