package org.ressin.core.pipeline;

import org.ressin.core.cvxeda.CvxEda;
import org.ressin.core.cvxeda.CvxEdaException;
import org.ressin.core.cvxeda.CvxEdaParameters;
import org.ressin.core.cvxeda.Decomposition;
import org.ressin.core.cvxeda.GapFiller;
import org.ressin.core.eda.Recording;

/**
 * What the method keeps of a raw recording (method §1): the first seconds discarded, short NaN gaps interpolated
 * (up to 1 s, as the cvxEDA node does), then the cvxEDA decomposition; or why the recording was left out. Shared by
 * the image preparation and the regression pre-experiment, so both see the same retained signal. Thread-safe.
 */
public final class RecordingDecomposer {

    private static final GapFiller GAPS = GapFiller.defaults();

    /** Why a recording was left out. */
    public enum LeftOut {
        TOO_SHORT("too short"), MISSING_VALUES("missing values"), FAILED("decomposition failed");

        private final String text;

        LeftOut(String text) { this.text = text; }

        /** Lower-case words for warnings. */
        public String text() { return text; }
    }

    /** A decomposed recording or the reason it was left out. */
    public sealed interface Result permits Decomposed, Skipped { }

    /** The retained part of a recording (start discarded, gaps filled) and its decomposition. */
    public record Decomposed(Recording retained, Decomposition decomposition) implements Result { }

    /** A recording left out, with a detail that names it. */
    public record Skipped(LeftOut reason, String detail) implements Result { }

    private final double skipSeconds;
    private final CvxEda cvxEda;
    private final int minimumSamples;
    private final double minimumSeconds;

    /**
     * @param skipSeconds    seconds discarded at the start of each recording
     * @param minimumSeconds a retained part shorter than this is left out as too short
     * @param minimumSamples likewise for a number of samples (cvxEDA's own minimum always applies)
     */
    public RecordingDecomposer(double skipSeconds, CvxEdaParameters parameters, double minimumSeconds,
            int minimumSamples) {
        this.skipSeconds = skipSeconds;
        this.cvxEda = new CvxEda(parameters);
        this.minimumSeconds = minimumSeconds;
        this.minimumSamples = Math.max(minimumSamples, CvxEda.minimumLength(parameters.version()));
    }

    public Result apply(Recording raw) {
        Recording r = raw.skipSeconds(skipSeconds);
        try {
            r = GAPS.fill(r);
        } catch (CvxEdaException e) {
            return new Skipped(LeftOut.MISSING_VALUES, e.getMessage());
        }
        if (r.length() < minimumSamples || r.durationSeconds() < minimumSeconds) {
            return new Skipped(LeftOut.TOO_SHORT, r.id() + ": " + r.length() + " samples (" + r.durationSeconds()
                    + " s) after the discard");
        }
        try {
            return new Decomposed(r, cvxEda.decompose(r));
        } catch (IllegalArgumentException e) { // CvxEdaException included
            return new Skipped(LeftOut.FAILED, r.id() + ": " + e.getMessage());
        }
    }
}
