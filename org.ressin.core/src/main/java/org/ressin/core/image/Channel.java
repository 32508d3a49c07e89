package org.ressin.core.image;

/** The channels of a signal image, in the paper's order (phasic, tonic, origin = R, G, B). */
public enum Channel {
    PHASIC, TONIC, ORIGIN;

    public String lowerName() { return name().toLowerCase(java.util.Locale.ROOT); }
}
