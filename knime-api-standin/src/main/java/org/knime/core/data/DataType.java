package org.knime.core.data;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.knime.core.data.collection.CollectionDataValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.config.ConfigRO;
import org.knime.core.node.config.ConfigWO;

/**
 * The type of a column: a cell class plus, for collection types, the element type.
 * <p>
 * Stand-in notes: only "native" types (backed by a cell class) exist; there is no type hierarchy beyond Java
 * assignability ({@link #isCompatible(Class)}) and no renderer/comparator machinery. Cell classes named in saved
 * configs are loaded with this bundle's class loader, then the thread context class loader.
 */
public final class DataType {

    private static final String CFG_CELL_NAME = "cell_class";

    private static final String CFG_COLL_ELEMENT_TYPE = "collection_element_type";

    /** Display names KNIME uses for the preferred value interfaces of the stand-in's cells. */
    private static final Map<String, String> VALUE_NAMES = Map.of( //
        "org.knime.core.data.DoubleValue", "Number (Float)", //
        "org.knime.core.data.IntValue", "Number (Integer)", //
        "org.knime.core.data.LongValue", "Number (Long Integer)", //
        "org.knime.core.data.StringValue", "String", //
        "org.knime.core.data.collection.ListDataValue", "Collection (List)", //
        "org.knime.core.data.image.png.PNGImageValue", "Image (PNG)");

    private static final Map<Class<? extends DataCell>, DataType> NATIVE_TYPES = new ConcurrentHashMap<>();

    /** The missing cell (KNIME's MissingCell, here private). */
    private static final class MissingCell extends DataCell {
        private static final long serialVersionUID = 1L;

        private static final MissingCell INSTANCE = new MissingCell();

        @Override
        public boolean isMissing() {
            return true;
        }

        @Override
        public String toString() {
            return "?";
        }

        @Override
        protected boolean equalsDataCell(final DataCell dc) {
            return true;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    private final Class<? extends DataCell> m_cellClass;

    private final DataType m_elementType;

    private DataType(final Class<? extends DataCell> cellClass, final DataType elementType) {
        m_cellClass = cellClass;
        m_elementType = elementType;
    }

    /**
     * @param cell a cell class
     * @return the type of that cell class
     */
    public static DataType getType(final Class<? extends DataCell> cell) {
        Objects.requireNonNull(cell, "Cell class must not be null");
        return NATIVE_TYPES.computeIfAbsent(cell, c -> new DataType(c, null));
    }

    /**
     * @param cellImplementsCollectionDataValue a collection cell class (e.g. ListCell)
     * @param collectionElementType the element type, may be null
     * @return the collection type
     */
    public static DataType getType(final Class<? extends DataCell> cellImplementsCollectionDataValue,
        final DataType collectionElementType) {
        if (collectionElementType == null) {
            return getType(cellImplementsCollectionDataValue);
        }
        if (!CollectionDataValue.class.isAssignableFrom(cellImplementsCollectionDataValue)) {
            throw new IllegalArgumentException("Cell class " + cellImplementsCollectionDataValue.getName()
                + " is not a collection but an element type was given");
        }
        return new DataType(cellImplementsCollectionDataValue, collectionElementType);
    }

    /** @return the singleton missing cell */
    public static DataCell getMissingCell() {
        return MissingCell.INSTANCE;
    }

    /**
     * @param valueClass a value interface
     * @return whether cells of this type implement it
     */
    public boolean isCompatible(final Class<? extends DataValue> valueClass) {
        return valueClass.isAssignableFrom(m_cellClass);
    }

    /** @return whether this is the type of the missing cell */
    public boolean isMissingValueType() {
        return m_cellClass == MissingCell.class;
    }

    /** @return whether this is a collection type */
    public boolean isCollectionType() {
        return CollectionDataValue.class.isAssignableFrom(m_cellClass);
    }

    /** @return the element type of a collection type, or null */
    public DataType getCollectionElementType() {
        return m_elementType;
    }

    /** @return the cell class */
    public Class<? extends DataCell> getCellClass() {
        return m_cellClass;
    }

    /** @return the display name (as KNIME shows it for the stand-in's cells; else the cell's simple name) */
    public String getName() {
        for (Class<?> i : m_cellClass.getInterfaces()) {
            String name = VALUE_NAMES.get(i.getName());
            if (name != null) {
                return name;
            }
        }
        return m_cellClass.getSimpleName();
    }

    /** @return the name including the element type of collections */
    public String toPrettyString() {
        return toString();
    }

    @Override
    public String toString() {
        return m_elementType == null ? getName() : getName() + " (Collection of: " + m_elementType + ")";
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof DataType t && t.m_cellClass == m_cellClass
            && Objects.equals(t.m_elementType, m_elementType);
    }

    @Override
    public int hashCode() {
        return m_cellClass.getName().hashCode() * 31 + Objects.hashCode(m_elementType);
    }

    /** @param config receives {@code cell_class} and, for collections, {@code collection_element_type} */
    public void save(final ConfigWO config) {
        if (m_elementType != null) {
            m_elementType.save(config.addConfig(CFG_COLL_ELEMENT_TYPE));
        }
        config.addString(CFG_CELL_NAME, m_cellClass.getName());
    }

    /**
     * @param config as written by {@link #save(ConfigWO)}
     * @return the type
     * @throws InvalidSettingsException if entries are missing or the cell class cannot be loaded
     */
    public static DataType load(final ConfigRO config) throws InvalidSettingsException {
        String cellClassName = config.getString(CFG_CELL_NAME);
        if (cellClassName == null) {
            throw new InvalidSettingsException("Non-native data types are not supported by the stand-in");
        }
        DataType element = config.containsKey(CFG_COLL_ELEMENT_TYPE)
            ? load(config.getConfig(CFG_COLL_ELEMENT_TYPE)) : null;
        return getType(loadCellClass(cellClassName), element);
    }

    private static Class<? extends DataCell> loadCellClass(final String name) throws InvalidSettingsException {
        if (name.equals(MissingCell.class.getName()) || name.equals("org.knime.core.data.MissingCell")) {
            return MissingCell.class;
        }
        Class<?> c;
        try {
            c = Class.forName(name, false, DataType.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            ClassLoader ctx = Thread.currentThread().getContextClassLoader();
            try {
                c = Class.forName(name, false, ctx);
            } catch (ClassNotFoundException | NullPointerException e2) {
                throw new InvalidSettingsException("Data cell implementation '" + name + "' not found.", e);
            }
        }
        if (!DataCell.class.isAssignableFrom(c)) {
            throw new InvalidSettingsException("Class '" + name + "' is not a DataCell");
        }
        return c.asSubclass(DataCell.class);
    }
}
