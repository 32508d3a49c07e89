package org.knime.core.data;

/** The unique identifier of a row. */
public final class RowKey {

    private final String m_id;

    /** @param id the row ID, not null */
    public RowKey(final String id) {
        if (id == null) {
            throw new NullPointerException("Row key must not be null.");
        }
        m_id = id;
    }

    /** @return the row ID */
    public String getString() {
        return m_id;
    }

    /**
     * @param rowIndex the row index
     * @return "Row" + rowIndex
     */
    public static RowKey createRowKey(final long rowIndex) {
        return new RowKey("Row" + rowIndex);
    }

    /**
     * @param rowIndex the row index
     * @return "Row" + rowIndex
     * @deprecated use {@link #createRowKey(long)}
     */
    @Deprecated
    public static RowKey createRowKey(final int rowIndex) {
        return createRowKey((long)rowIndex);
    }

    @Override
    public String toString() {
        return m_id;
    }

    @Override
    public boolean equals(final Object obj) {
        return obj instanceof RowKey k && k.m_id.equals(m_id);
    }

    @Override
    public int hashCode() {
        return m_id.hashCode();
    }
}
