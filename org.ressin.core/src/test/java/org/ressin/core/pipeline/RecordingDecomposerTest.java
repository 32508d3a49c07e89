package org.ressin.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.ressin.core.cvxeda.CvxEda;
import org.ressin.core.cvxeda.CvxEdaParameters;
import org.ressin.core.cvxeda.SyntheticEda;
import org.ressin.core.eda.Recording;
import org.ressin.core.pipeline.RecordingDecomposer.Decomposed;
import org.ressin.core.pipeline.RecordingDecomposer.LeftOut;
import org.ressin.core.pipeline.RecordingDecomposer.Skipped;

class RecordingDecomposerTest {

    private static final double FS = 50;
    private final RecordingDecomposer decomposer =
            new RecordingDecomposer(15, CvxEdaParameters.defaults(), 1.0, 0);

    private static Recording recording(double[] samples) {
        return new Recording("1", "100001", FS, samples);
    }

    @Test
    void discardsTheStartFillsShortGapsAndDecomposesWhatRemains() {
        double[] y = SyntheticEda.generate(1500, FS, 3);
        double[] withGap = y.clone();
        Arrays.fill(withGap, 1000, 1010, Double.NaN); // 0.2 s, after the discarded 15 s
        Decomposed d = assertInstanceOf(Decomposed.class, decomposer.apply(recording(withGap)));
        assertEquals(1500 - 750, d.retained().length());
        assertTrue(Arrays.stream(d.retained().samples()).allMatch(Double::isFinite));
        // outside the gap the retained samples are the recording's own, and the decomposition is of them
        assertArrayEquals(Arrays.copyOfRange(y, 750, 1000), Arrays.copyOfRange(d.retained().samples(), 0, 250));
        Recording same = recording(y).skipSeconds(15);
        double[] expected = new CvxEda(CvxEdaParameters.defaults()).decompose(d.retained()).phasic();
        assertArrayEquals(expected, d.decomposition().phasic());
        assertEquals(same.length(), d.decomposition().phasic().length);
    }

    @Test
    void namesWhyARecordingIsLeftOut() {
        Skipped shortOne = assertInstanceOf(Skipped.class, decomposer.apply(recording(new double[15 * 50 + 40])));
        assertEquals(LeftOut.TOO_SHORT, shortOne.reason());
        assertTrue(shortOne.detail().contains("1/100001") && shortOne.detail().contains("40 samples"),
                shortOne.detail());

        double[] longGap = SyntheticEda.generate(1500, FS, 4);
        Arrays.fill(longGap, 900, 1000, Double.NaN); // 2 s: longer than the gap filler fills
        Skipped gap = assertInstanceOf(Skipped.class, decomposer.apply(recording(longGap)));
        assertEquals(LeftOut.MISSING_VALUES, gap.reason());

        RecordingDecomposer needsMore = new RecordingDecomposer(15, CvxEdaParameters.defaults(), 0, 800);
        Skipped fewSamples = assertInstanceOf(Skipped.class,
                needsMore.apply(recording(SyntheticEda.generate(1500, FS, 5))));
        assertEquals(LeftOut.TOO_SHORT, fewSamples.reason());
    }
}
