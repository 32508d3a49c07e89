package org.ressin.core.eval;

/** Which examples cross-validation keeps together in one fold. */
public enum Grouping {
    /** All recordings of a subject in the same fold: test subjects are unseen (user independent, the default). */
    SUBJECT,
    /** Each recording (subject x song) on its own: plain k-fold over examples; subjects leak across folds. */
    RECORDING;

    /** The key that names the group of {@code item}. */
    public String groupOf(LabeledItem item) {
        return this == SUBJECT ? item.subjectId() : item.subjectId() + "\u0000" + item.musicId();
    }
}
