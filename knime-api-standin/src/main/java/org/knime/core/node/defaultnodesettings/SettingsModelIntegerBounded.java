package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;

/** A integer setting restricted to [min, max]; out-of-range values are rejected. */
public class SettingsModelIntegerBounded extends SettingsModelInteger {

    private final int m_minValue;

    private final int m_maxValue;

    /**
     * @param configName the settings key, not empty
     * @param defaultValue the initial value, within the bounds
     * @param minValue the smallest allowed value
     * @param maxValue the largest allowed value
     */
    public SettingsModelIntegerBounded(final String configName, final int defaultValue, final int minValue,
        final int maxValue) {
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
    protected SettingsModelIntegerBounded createClone() {
        return new SettingsModelIntegerBounded(getConfigName(), getIntValue(), m_minValue, m_maxValue);
    }

    /** @return the smallest allowed value */
    public int getLowerBound() {
        return m_minValue;
    }

    /** @return the largest allowed value */
    public int getUpperBound() {
        return m_maxValue;
    }

    @Override
    protected void validateValue(final int value) throws InvalidSettingsException {
        super.validateValue(value);
        try {
            checkBounds(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage());
        }
    }

    /** @throws IllegalArgumentException if the value is out of bounds */
    @Override
    public void setIntValue(final int newValue) {
        checkBounds(newValue);
        super.setIntValue(newValue);
    }

    private void checkBounds(final int value) {
        if (!(value >= m_minValue && value <= m_maxValue)) {
            throw new IllegalArgumentException("Value of \"" + getConfigName() + "\" (=" + value
                + ") must be within the range [" + m_minValue + "..." + m_maxValue + "].");
        }
    }
}
