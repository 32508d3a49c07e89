package org.ressin.core.labels;

import java.util.Locale;

/** Which threshold a subject's target ended up with. */
public enum ThresholdRule {
    /** The subject's own two-means threshold. */
    PERSONAL,
    /** The global threshold ({@link Fallback#GLOBAL}). */
    GLOBAL,
    /** No threshold and no labels ({@link Fallback#EXCLUDE}, or the global threshold is undefined). */
    EXCLUDED;

    public String lowerName() { return name().toLowerCase(Locale.ROOT); }
}
