package org.ressin.core.labels;

/** Where a subject's ratings come from. */
public enum RatingSource {
    /** The subject's own static ratings. */
    SUBJECT_ANNOTATION,
    /** The mean ratings of the songs the subject heard (the subject gave no ratings). */
    SONG_MEAN
}
