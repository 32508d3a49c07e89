package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;

/** A double setting restricted to [min, max]; out-of-range values are rejected. */
public class SettingsModelDoubleBounded extends SettingsModelDouble {

    private final double m_minValue;

    private final double m_maxValue;

    /**
     * @param configName the settings key, not empty
     * @param defaultValue the initial value, within the bounds
     * @param minValue the smallest allowed value
     * @param maxValue the largest allowed value
     */
    public SettingsModelDoubleBounded(final String configName, final double defaultValue, final double minValue,
        final double maxValue) {
        super(configName, defaultValue);
        if (minValue > maxValue) {
            throw new IllegalArgumentException("Specified min value must be smaller than the max value.");
        }
        m_minValue = minValue;
        m_maxValue = maxValue;
        try {
            checkBounds(defaultValue);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("InitialValue: " + e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    @Override
    protected SettingsModelDoubleBounded createClone() {
        return new SettingsModelDoubleBounded(getConfigName(), getDoubleValue(), m_minValue, m_maxValue);
    }

    /** @return the smallest allowed value */
    public double getLowerBound() {
        return m_minValue;
    }

    /** @return the largest allowed value */
    public double getUpperBound() {
        return m_maxValue;
    }

    @Override
    protected void validateValue(final double value) throws InvalidSettingsException {
        super.validateValue(value);
        try {
            checkBounds(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage());
        }
    }

    /** @throws IllegalArgumentException if the value is out of bounds */
    @Override
    public void setDoubleValue(final double newValue) {
        checkBounds(newValue);
        super.setDoubleValue(newValue);
    }

    private void checkBounds(final double value) {
        if (!(value >= m_minValue && value <= m_maxValue)) {
            throw new IllegalArgumentException("Value of \"" + getConfigName() + "\" (=" + value
                + ") must be within the range [" + m_minValue + "..." + m_maxValue + "].");
        }
    }
}
