package org.ressin.core.labels;

import java.util.Objects;

/**
 * How personal thresholds are made.
 *
 * @param minRatings a subject needs at least this many ratings for a personal threshold (at least 1; with
 *                   fewer than 2 distinct values a personal threshold is impossible anyway)
 * @param fallback   what subjects without a personal threshold get
 */
public record LabelSettings(int minRatings, Fallback fallback) {

    /**
     * Our default, since the paper is silent: 5 ratings (a PMEmo subject heard about 17 songs; with 2-4
     * ratings the "clusters" are mostly single songs) and the global threshold as fallback, so that every
     * recording keeps a label.
     */
    public static final int DEFAULT_MIN_RATINGS = 5;

    public LabelSettings {
        Objects.requireNonNull(fallback, "fallback");
        if (minRatings < 1) {
            throw new IllegalArgumentException("setting minRatings must be at least 1, was " + minRatings);
        }
    }

    /** {@value #DEFAULT_MIN_RATINGS} ratings, {@link Fallback#GLOBAL}. */
    public static LabelSettings defaults() {
        return new LabelSettings(DEFAULT_MIN_RATINGS, Fallback.GLOBAL);
    }
}
