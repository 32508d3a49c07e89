package org.knime.core.data.def;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;

/** A cell holding a double (stand-in: the fuzzy/complex/bounded value interfaces are not included). */
public final class DoubleCell extends DataCell implements DoubleValue {

    private static final long serialVersionUID = 1L;

    /** The type of double cells. */
    public static final DataType TYPE = DataType.getType(DoubleCell.class);

    private final double m_double;

    /** @param d the value */
    public DoubleCell(final double d) {
        m_double = d;
    }

    @Override
    public double getDoubleValue() {
        return m_double;
    }

    /** Equal if the bit patterns are equal (like {@link Double#equals(Object)}: NaN equals NaN, 0.0 != -0.0). */
    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return Double.doubleToLongBits(((DoubleCell)dc).m_double) == Double.doubleToLongBits(m_double);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(m_double);
    }

    @Override
    public String toString() {
        return Double.toString(m_double);
    }
}
