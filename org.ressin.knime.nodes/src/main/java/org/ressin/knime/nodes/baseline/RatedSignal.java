package org.ressin.knime.nodes.baseline;

import org.ressin.core.eval.LabeledItem;

/**
 * One recording of the regression task: its featurised signal and rating. A {@link LabeledItem} only so that the
 * core's fold assignment can group it by subject or recording; it has no class.
 *
 * @param features the {@link org.ressin.core.baseline.SignalFeaturiser} vector (read-only)
 */
record RatedSignal(String subjectId, String musicId, double[] features, double rating) implements LabeledItem {

    @Override
    public int label() {
        return 0;
    }
}
