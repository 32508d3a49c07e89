package org.knime.core.data;

import java.util.List;
import java.util.Objects;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.config.ConfigRO;
import org.knime.core.node.config.ConfigWO;

/**
 * Immutable description of a column: name, type and element names. Created with {@link DataColumnSpecCreator}.
 * <p>
 * Stand-in notes: domain and handlers are not modelled; properties are.
 */
public final class DataColumnSpec {

    private static final String CFG_COLUMN_NAME = "column_name";

    private static final String CFG_ELEMENT_NAMES = "element_names";

    private static final String CFG_COLUMN_TYPE = "column_type";

    private static final String CFG_COLUMN_PROPS = "column_properties";

    private final String m_name;

    private final DataType m_type;

    private final List<String> m_elementNames;

    private final DataColumnProperties m_properties;

    DataColumnSpec(final String name, final DataType type, final List<String> elementNames,
        final DataColumnProperties properties) {
        m_name = Objects.requireNonNull(name, "Column name must not be null");
        m_type = Objects.requireNonNull(type, "Column type must not be null");
        m_elementNames = List.copyOf(elementNames);
        m_properties = Objects.requireNonNull(properties, "Column properties must not be null");
    }

    /** @return the column name */
    public String getName() {
        return m_name;
    }

    /** @return the names of the elements (by default just the column name) */
    public List<String> getElementNames() {
        return m_elementNames;
    }

    /** @return the column's annotation properties, never null */
    public DataColumnProperties getProperties() {
        return m_properties;
    }

    /** @return the column type */
    public DataType getType() {
        return m_type;
    }

    /** @param config receives name, element names (if not just the name), type and properties */
    public void save(final ConfigWO config) {
        config.addString(CFG_COLUMN_NAME, m_name);
        if (m_elementNames.size() != 1 || !m_name.equals(m_elementNames.get(0))) {
            config.addStringArray(CFG_ELEMENT_NAMES, m_elementNames.toArray(new String[0]));
        }
        m_type.save(config.addConfig(CFG_COLUMN_TYPE));
        m_properties.save(config.addConfig(CFG_COLUMN_PROPS));
    }

    /**
     * @param config as written by {@link #save(ConfigWO)}
     * @return the column spec
     * @throws InvalidSettingsException if entries are missing
     */
    public static DataColumnSpec load(final ConfigRO config) throws InvalidSettingsException {
        String name = config.getString(CFG_COLUMN_NAME);
        if (name == null) {
            throw new InvalidSettingsException("Column name in config \"" + config.getKey() + "\" is null");
        }
        String[] elementNames = config.getStringArray(CFG_ELEMENT_NAMES, name);
        DataType type = DataType.load(config.getConfig(CFG_COLUMN_TYPE));
        DataColumnProperties properties = config.containsKey(CFG_COLUMN_PROPS)
            ? DataColumnProperties.load(config.getConfig(CFG_COLUMN_PROPS)) : new DataColumnProperties();
        return new DataColumnSpec(name, type, List.of(elementNames), properties);
    }

    @Override
    public boolean equals(final Object obj) {
        return obj instanceof DataColumnSpec s && s.m_name.equals(m_name) && s.m_type.equals(m_type)
            && s.m_elementNames.equals(m_elementNames) && s.m_properties.equals(m_properties);
    }

    @Override
    public int hashCode() {
        return m_name.hashCode() ^ m_type.hashCode();
    }

    @Override
    public String toString() {
        return "name=" + m_name + ",type=" + m_type;
    }
}
