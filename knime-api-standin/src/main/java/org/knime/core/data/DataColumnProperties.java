package org.knime.core.data;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.config.ConfigRO;
import org.knime.core.node.config.ConfigWO;

/**
 * Immutable string key/value annotations of a column (part of its {@link DataColumnSpec}), kept by nodes that pass
 * the column on.
 */
public final class DataColumnProperties implements Cloneable {

    private final Map<String, String> m_props;

    /** No properties. */
    public DataColumnProperties() {
        this(Map.of());
    }

    /** @param content the properties (copied) */
    public DataColumnProperties(final Map<String, String> content) {
        m_props = Collections.unmodifiableMap(new TreeMap<>(content));
    }

    /**
     * @param key the property key
     * @return whether the key is present
     */
    public boolean containsProperty(final String key) {
        return m_props.containsKey(key);
    }

    /**
     * @param key the property key
     * @param defaultValue returned if the key is absent
     * @return the value or {@code defaultValue}
     */
    public String getProperty(final String key, final String defaultValue) {
        return m_props.getOrDefault(key, defaultValue);
    }

    /**
     * @param key the property key
     * @return the value, or null if absent
     */
    public String getProperty(final String key) {
        return m_props.get(key);
    }

    /** @return the number of properties */
    public int size() {
        return m_props.size();
    }

    /** @return the keys */
    public Enumeration<String> properties() {
        return Collections.enumeration(m_props.keySet());
    }

    /**
     * @param newProperties properties to add or replace
     * @return a copy of these properties with {@code newProperties} put in
     */
    public DataColumnProperties cloneAndOverwrite(final Map<String, String> newProperties) {
        Map<String, String> all = new TreeMap<>(m_props);
        all.putAll(newProperties);
        return new DataColumnProperties(all);
    }

    @Override
    public String toString() {
        return m_props.toString();
    }

    @Override
    public boolean equals(final Object obj) {
        return obj instanceof DataColumnProperties p && p.m_props.equals(m_props);
    }

    @Override
    public int hashCode() {
        return m_props.hashCode();
    }

    /** @param config receives one string entry per property */
    public void save(final ConfigWO config) {
        m_props.forEach(config::addString);
    }

    /**
     * @param config as written by {@link #save(ConfigWO)}
     * @return the properties
     * @throws InvalidSettingsException if an entry is not a string
     */
    public static DataColumnProperties load(final ConfigRO config) throws InvalidSettingsException {
        Map<String, String> table = new TreeMap<>();
        for (String key : config) {
            table.put(key, config.getString(key));
        }
        return new DataColumnProperties(table);
    }
}
