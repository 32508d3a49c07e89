package org.knime.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import javax.swing.JComponent;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContent;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.config.ConfigRO;
import org.knime.core.node.config.ConfigWO;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortObjectSpecZipInputStream;
import org.knime.core.node.port.PortObjectSpecZipOutputStream;

/**
 * Immutable description of a table: a name and an ordered list of uniquely named columns.
 * <p>
 * Stand-in notes: table properties and color/shape/size handlers are not modelled.
 */
public final class DataTableSpec implements PortObjectSpec, Iterable<DataColumnSpec> {

    private static final String DFT_SPEC_NAME = "default";

    private static final String CFG_SPEC_NAME = "spec_name";

    private static final String CFG_NR_COLUMNS = "number_columns";

    private static final String CFG_COLUMN_SPEC = "column_spec_";

    /** Serializer writing the spec as {@code spec.xml} (XMLConfig) into the zip stream. */
    public static final class Serializer extends PortObjectSpecSerializer<DataTableSpec> {
        private static final String FILENAME = "spec.xml";

        @Override
        public DataTableSpec loadPortObjectSpec(final PortObjectSpecZipInputStream in) throws IOException {
            ZipEntry entry = in.getNextEntry();
            if (entry == null || !FILENAME.equals(entry.getName())) {
                throw new IOException("Expected '" + FILENAME + "' zip entry, got "
                    + (entry == null ? "end of stream" : entry.getName()));
            }
            ModelContentRO content = ModelContent.loadFromXML(new InputStream() {
                // keep the zip stream open for the caller
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(final byte[] b, final int off, final int len) throws IOException {
                    return in.read(b, off, len);
                }
            });
            try {
                return DataTableSpec.load(content);
            } catch (InvalidSettingsException e) {
                throw new IOException(e.getMessage(), e);
            }
        }

        @Override
        public void savePortObjectSpec(final DataTableSpec spec, final PortObjectSpecZipOutputStream out)
            throws IOException {
            ModelContent content = new ModelContent(FILENAME);
            spec.save(content);
            out.putNextEntry(new ZipEntry(FILENAME));
            content.saveToXML(new OutputStream() {
                // keep the zip stream open for the caller
                @Override
                public void write(final int b) throws IOException {
                    out.write(b);
                }

                @Override
                public void write(final byte[] b, final int off, final int len) throws IOException {
                    out.write(b, off, len);
                }
            });
            out.closeEntry();
        }
    }

    private final String m_name;

    private final DataColumnSpec[] m_columns;

    private final Map<String, Integer> m_index;

    /** Creates an empty spec named "default". */
    public DataTableSpec() {
        this(DFT_SPEC_NAME);
    }

    /** @param name the name of an empty spec */
    public DataTableSpec(final String name) {
        this(name, new DataColumnSpec[0]);
    }

    /** @param colSpecs the columns */
    public DataTableSpec(final DataColumnSpec... colSpecs) {
        this(DFT_SPEC_NAME, colSpecs);
    }

    /**
     * @param name the spec name
     * @param colSpecs the columns; names must be unique
     */
    public DataTableSpec(final String name, final DataColumnSpec... colSpecs) {
        m_name = name == null ? DFT_SPEC_NAME : name;
        m_columns = colSpecs.clone();
        m_index = new HashMap<>();
        for (int i = 0; i < m_columns.length; i++) {
            Objects.requireNonNull(m_columns[i], "Column spec at index " + i + " must not be null");
            Integer previous = m_index.put(m_columns[i].getName(), i);
            if (previous != null) {
                throw new IllegalArgumentException("Multiple columns with identical name \"" + m_columns[i].getName()
                    + "\" at indices " + previous + " and " + i);
            }
        }
    }

    /**
     * @param names the column names
     * @param types the column types (same length)
     */
    public DataTableSpec(final String[] names, final DataType[] types) {
        this(DFT_SPEC_NAME, names, types);
    }

    /**
     * @param name the spec name
     * @param names the column names
     * @param types the column types (same length)
     */
    public DataTableSpec(final String name, final String[] names, final DataType[] types) {
        this(name, columns(names, types));
    }

    /**
     * Concatenates the columns of two specs.
     *
     * @param spec1 the first spec
     * @param spec2 the second spec
     */
    public DataTableSpec(final DataTableSpec spec1, final DataTableSpec spec2) {
        this(concatName(spec1.getName(), spec2.getName()), spec1, spec2);
    }

    /**
     * Concatenates the columns of two specs.
     *
     * @param name the new name
     * @param spec1 the first spec
     * @param spec2 the second spec
     */
    public DataTableSpec(final String name, final DataTableSpec spec1, final DataTableSpec spec2) {
        this(name, Stream.concat(spec1.stream(), spec2.stream()).toArray(DataColumnSpec[]::new));
    }

    private static String concatName(final String n1, final String n2) {
        if (DFT_SPEC_NAME.equals(n1)) {
            return n2;
        }
        return DFT_SPEC_NAME.equals(n2) ? n1 : n1 + "_" + n2;
    }

    private static DataColumnSpec[] columns(final String[] names, final DataType[] types) {
        if (names.length != types.length) {
            throw new IllegalArgumentException(
                names.length + " column names but " + types.length + " column types");
        }
        DataColumnSpec[] cols = new DataColumnSpec[names.length];
        for (int i = 0; i < names.length; i++) {
            cols[i] = new DataColumnSpecCreator(names[i], types[i]).createSpec();
        }
        return cols;
    }

    /**
     * @param valueClass a value interface
     * @return whether any column is compatible with it
     */
    public boolean containsCompatibleType(final Class<? extends DataValue> valueClass) {
        return stream().anyMatch(c -> c.getType().isCompatible(valueClass));
    }

    /**
     * @param columnName a name
     * @return whether a column has that name
     */
    public boolean containsName(final String columnName) {
        return m_index.containsKey(columnName);
    }

    /**
     * @param columnName a name
     * @return the column index, or -1
     */
    public int findColumnIndex(final String columnName) {
        Integer i = m_index.get(columnName);
        return i == null ? -1 : i;
    }

    /** @return the column names in order */
    public final String[] getColumnNames() {
        return stream().map(DataColumnSpec::getName).toArray(String[]::new);
    }

    /**
     * @param index a column index
     * @return the column spec
     */
    public DataColumnSpec getColumnSpec(final int index) {
        return m_columns[index];
    }

    /**
     * @param column a column name
     * @return the column spec, or null if there is no such column
     */
    public DataColumnSpec getColumnSpec(final String column) {
        int i = findColumnIndex(column);
        return i < 0 ? null : m_columns[i];
    }

    /** @return the spec name */
    public String getName() {
        return m_name;
    }

    /** @return the number of columns */
    public int getNumColumns() {
        return m_columns.length;
    }

    @Override
    public Iterator<DataColumnSpec> iterator() {
        return Arrays.asList(m_columns).iterator();
    }

    /** @return the columns in order */
    public Stream<DataColumnSpec> stream() {
        return Arrays.stream(m_columns);
    }

    /** @param config receives name, column count and one sub-config per column */
    public void save(final ConfigWO config) {
        config.addString(CFG_SPEC_NAME, m_name);
        config.addInt(CFG_NR_COLUMNS, m_columns.length);
        for (int i = 0; i < m_columns.length; i++) {
            m_columns[i].save(config.addConfig(CFG_COLUMN_SPEC + i));
        }
    }

    /**
     * @param config as written by {@link #save(ConfigWO)}
     * @return the spec
     * @throws InvalidSettingsException if entries are missing
     */
    public static DataTableSpec load(final ConfigRO config) throws InvalidSettingsException {
        String name = config.getString(CFG_SPEC_NAME);
        int n = config.getInt(CFG_NR_COLUMNS);
        DataColumnSpec[] cols = new DataColumnSpec[n];
        for (int i = 0; i < n; i++) {
            cols[i] = DataColumnSpec.load(config.getConfig(CFG_COLUMN_SPEC + i));
        }
        return new DataTableSpec(name, cols);
    }

    /**
     * @param specs specs whose columns are concatenated
     * @return the merged spec
     */
    public static DataTableSpec mergeDataTableSpecs(final DataTableSpec... specs) {
        List<DataColumnSpec> cols = new ArrayList<>();
        for (DataTableSpec s : specs) {
            s.forEach(cols::add);
        }
        return new DataTableSpec(cols.toArray(new DataColumnSpec[0]));
    }

    /**
     * @param spec a spec
     * @param columnName a desired name
     * @return the trimmed name, made unique by appending " (#i)"
     */
    public static String getUniqueColumnName(final DataTableSpec spec, final String columnName) {
        if (columnName == null) {
            throw new NullPointerException("Column name must not be null.");
        }
        String base = columnName.trim();
        String candidate = base;
        for (int i = 1; spec.containsName(candidate); i++) {
            candidate = base + " (#" + i + ")";
        }
        return candidate;
    }

    @Override
    public JComponent[] getViews() {
        return new JComponent[0];
    }

    @Override
    public boolean equals(final Object obj) {
        return obj instanceof DataTableSpec s && s.m_name.equals(m_name) && Arrays.equals(s.m_columns, m_columns);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(m_columns);
    }

    @Override
    public String toString() {
        return "name=" + m_name + ",columns=" + Arrays.toString(getColumnNames());
    }
}
