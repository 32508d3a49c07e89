package org.ressin.core.baseline;

import java.util.Objects;

import org.ressin.core.labels.Target;

/**
 * One recording of the regression pre-experiment: its rating and a fixed-length vector per input.
 *
 * @param valence the static valence rating (the subject's own, else the song mean)
 * @param arousal the static arousal rating, likewise
 * @param raw     the featurised recording
 * @param tonic   the featurised tonic component
 * @param phasic  the featurised phasic component
 */
public record RegressionRow(String subjectId, String musicId, double valence, double arousal, double[] raw,
        double[] tonic, double[] phasic) {

    public RegressionRow {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(musicId, "musicId");
        if (!Double.isFinite(valence) || !Double.isFinite(arousal)) {
            throw new IllegalArgumentException("ratings of " + musicId + "/" + subjectId + " must be finite");
        }
        if (raw.length != tonic.length || raw.length != phasic.length) {
            throw new IllegalArgumentException("vectors of " + musicId + "/" + subjectId + " differ in length");
        }
        raw = raw.clone();
        tonic = tonic.clone();
        phasic = phasic.clone();
    }

    public double rating(Target target) {
        return target == Target.VALENCE ? valence : arousal;
    }

    /** The vector of {@code input} (not copied: read-only). */
    double[] vectorView(RegressionInput input) {
        return switch (input) {
            case RAW -> raw;
            case TONIC -> tonic;
            case PHASIC -> phasic;
        };
    }

    /** A copy of the vector of {@code input}. */
    public double[] vector(RegressionInput input) {
        return vectorView(input).clone();
    }

    @Override
    public double[] raw() { return raw.clone(); }

    @Override
    public double[] tonic() { return tonic.clone(); }

    @Override
    public double[] phasic() { return phasic.clone(); }

    public String id() { return musicId + "/" + subjectId; }
}
