package org.ressin.core.labels;

/** What a subject gets when a personal threshold cannot be computed (see {@link LabelSettings}). */
public enum Fallback {
    /** Use the threshold from two-means over all ratings of all subjects. */
    GLOBAL,
    /** Give that subject no labels for that target. */
    EXCLUDE
}
