package org.ressin.core.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ressin.core.cvxeda.CvxEda;
import org.ressin.core.cvxeda.CvxEdaParameters;
import org.ressin.core.cvxeda.Decomposition;

class DecompositionImageTest {

    private static Decomposition decomposition(double rate, int n) {
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double t = i / rate;
            y[i] = 3 + 0.02 * t + (t > 4 ? Math.exp(-(t - 4) / 2) - Math.exp(-(t - 4) / 0.7) : 0);
        }
        return new CvxEda(CvxEdaParameters.defaults()).decompose(y, rate);
    }

    @Test
    void imageOfDecompositionUsesItsChannelsAndRate() {
        Decomposition d = decomposition(10, 123);
        SignalImager im = new SignalImager(new ImageSettings(List.of(Channel.values()), 16, 10));
        CompactSignalImage a = im.image("r", d);
        CompactSignalImage b = im.image("r", d.origin(), d.phasic(), d.tonic(), 10);
        assertEquals(b, a);
        assertEquals(12, a.rows());
        assertArrayEquals(im.imageDoubles("r", d.origin(), d.phasic(), d.tonic(), 10).renderDoubles(),
                im.imageDoubles("r", d).renderDoubles());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SignalImager(new ImageSettings(List.of(Channel.ORIGIN), 16, 10)).image("r7", decomposition(12.5, 60)));
        assertEquals(true, e.getMessage().contains("r7"), e.getMessage());
    }
}
