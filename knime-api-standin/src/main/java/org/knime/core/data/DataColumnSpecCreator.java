package org.knime.core.data;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Mutable builder of {@link DataColumnSpec}s. */
public final class DataColumnSpecCreator {

    private String m_name;

    private DataType m_type;

    private List<String> m_elementNames;

    private DataColumnProperties m_properties = new DataColumnProperties();

    /**
     * @param name the column name
     * @param type the column type
     */
    public DataColumnSpecCreator(final String name, final DataType type) {
        setName(name);
        setType(type);
    }

    /** @param cspec the spec to copy */
    public DataColumnSpecCreator(final DataColumnSpec cspec) {
        m_name = cspec.getName();
        m_type = cspec.getType();
        m_elementNames = cspec.getElementNames();
        m_properties = cspec.getProperties();
    }

    /** @param name the new name, not null */
    public void setName(final String name) {
        m_name = Objects.requireNonNull(name, "Column name must not be null.");
    }

    /** @param elNames the element names (e.g. of a list column), or null to reset to just the column name */
    public void setElementNames(final String[] elNames) {
        m_elementNames = elNames == null ? null : List.copyOf(Arrays.asList(elNames));
    }

    /** @param props the column's properties; null means none */
    public void setProperties(final DataColumnProperties props) {
        m_properties = props == null ? new DataColumnProperties() : props;
    }

    /** @param type the new type, not null */
    public void setType(final DataType type) {
        m_type = Objects.requireNonNull(type, "Column type must not be null.");
    }

    /** @return the current type */
    public DataType getType() {
        return m_type;
    }

    /** @return a new column spec */
    public DataColumnSpec createSpec() {
        return new DataColumnSpec(m_name, m_type, m_elementNames == null ? List.of(m_name) : m_elementNames,
            m_properties);
    }
}
