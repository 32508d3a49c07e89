package org.knime.core.node.defaultnodesettings;

/** Base class of numeric settings models (the string accessors are used by number dialog components). */
public abstract class SettingsModelNumber extends SettingsModel {

    /** @return the value as string */
    abstract String getNumberValueStr();

    /**
     * @param newValueStr the new value as string
     * @throws IllegalArgumentException if it cannot be parsed or is out of range
     */
    abstract void setNumberValueStr(final String newValueStr);
}
