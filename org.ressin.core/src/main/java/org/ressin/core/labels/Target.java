package org.ressin.core.labels;

import java.util.Locale;

/** The two emotion dimensions that get separate labels and separate classifiers. */
public enum Target {
    VALENCE, AROUSAL;

    public String lowerName() { return name().toLowerCase(Locale.ROOT); }
}
