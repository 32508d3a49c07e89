package org.ressin.core.labels;

/** Why a subject's target did not get a personal threshold. */
public enum FallbackReason {
    /** The subject has fewer ratings than {@link LabelSettings#minRatings()}. */
    TOO_FEW_RATINGS("too-few-ratings"),
    /** All of the subject's ratings of that target are equal, so there is nothing to split. */
    SINGLE_DISTINCT_VALUE("single-value");

    private final String code;

    FallbackReason(String code) { this.code = code; }

    /** Short lower-case code used in files and messages. */
    public String code() { return code; }
}
