package org.ressin.core.eval;

/** What cross-validation needs to know of an example: who, which song, and the true class (1 = high). */
public interface LabeledItem {

    String subjectId();

    String musicId();

    /** 0 (low) or 1 (high). */
    int label();
}
