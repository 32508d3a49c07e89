package org.ressin.core.net;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class ResSinArchitectureTest {

    @org.junit.jupiter.api.BeforeAll
    static void oneThread() { Nd4jRuntime.configure(1); }

    /** Parameters of the ResNet-18 plan without batch norm and FC, with conv biases, plus our fusion head. */
    static long expectedParams(NetworkSettings n, int musicDim) {
        int in = n.channels().count();
        int w0 = n.stageWidths().get(0);
        long p = (long) n.stemKernel() * n.stemKernel() * in * w0 + w0;
        int c = w0;
        for (int s = 0; s < n.stageWidths().size(); s++) {
            int out = n.stageWidths().get(s);
            for (int u = 0; u < n.unitsPerStage(); u++) {
                p += 9L * c * out + out;
                for (int k = 1; k < n.convsPerUnit(); k++) p += 9L * out * out + out;
                if (c != out || (s > 0 && u == 0)) p += (long) c * out + out;
                c = out;
            }
        }
        long fused = c + (n.fusion() ? musicDim : 0);
        p += fused * n.fusionWidth() + n.fusionWidth();
        p += n.fusionWidth() * 2L + 2;
        return p;
    }

    @Test
    void paperPresetIsResNet18WithoutBatchNormAndFc() {
        NetworkSettings paper = NetworkSettings.paper().withImageSize(64); // parameters do not depend on size
        ComputationGraph g = new ComputationGraph(ResSinArchitecture.configuration(paper, TrainingSettings.paper(), 100));
        g.init();
        assertEquals(expectedParams(paper, 100), g.numParams());
        // ResNet-18's convolutions hold 11.17 M weights; ours add biases and the fusion head
        assertTrue(g.numParams() > 11_100_000 && g.numParams() < 11_600_000, "params " + g.numParams());
        long convs = g.getVertices().length;
        assertTrue(convs > 40, "vertices " + convs);

        INDArray img = Nd4j.rand(new long[] {2, 3, paper.cropSize(), paper.cropSize()});
        INDArray music = Nd4j.randn(2, 100);
        INDArray out = g.output(false, img, music)[0];
        assertArrayEquals(new long[] {2, 2}, out.shape());
        assertEquals(1.0, out.getRow(0).sumNumber().doubleValue(), 1e-5);
        INDArray feat = g.output(List.of(ResSinArchitecture.FEATURES), false, new INDArray[] {img, music}, null)[0];
        assertArrayEquals(new long[] {2, 512}, feat.shape());
    }

    @Test
    void flopCountMatchesResNet18At224() {
        // ResNet-18 at 224 px: 1.81 G multiply-accumulates in its convolutions
        NetworkSettings full = NetworkSettings.paper().withFusion(false).withCropSize(224);
        double gflops = ResSinArchitecture.forwardFlopsPerImage(full, 0) / 1e9;
        assertEquals(2 * 1.814, gflops, 0.03);
        // the default 196 px crop costs about (196/224)^2 of that
        double cropped = ResSinArchitecture.forwardFlopsPerImage(NetworkSettings.paper(), 6373) / 1e9;
        assertTrue(cropped < 0.85 * gflops && cropped > 0.7 * gflops, "cropped " + cropped);
    }

    @Test
    void singleChannelAndEdaOnlyVariantsBuild() {
        for (ChannelSelection c : ChannelSelection.values()) {
            NetworkSettings n = NetworkSettings.small().withImageSize(16).withChannels(c).withFusion(false).withBatchNorm(true);
            ComputationGraph g = new ComputationGraph(ResSinArchitecture.configuration(n, TrainingSettings.small(), 0));
            g.init();
            INDArray out = g.output(false, Nd4j.rand(new long[] {3, c.count(), n.cropSize(), n.cropSize()}))[0];
            assertArrayEquals(new long[] {3, 2}, out.shape());
        }
        assertThrows(IllegalArgumentException.class,
                () -> ResSinArchitecture.configuration(NetworkSettings.small(), TrainingSettings.small(), 0));
    }

    @Test
    void nhwcLayoutGivesTheSameFunctionAsNchw() {
        NetworkSettings nchw = NetworkSettings.small().withImageSize(16).withFusion(false);
        NetworkSettings nhwc = nchw.withDataFormat(NetworkSettings.DataFormat.NHWC);
        ComputationGraph a = new ComputationGraph(ResSinArchitecture.configuration(nchw, TrainingSettings.small(), 0));
        ComputationGraph b = new ComputationGraph(ResSinArchitecture.configuration(nhwc, TrainingSettings.small(), 0));
        a.init();
        b.init();
        b.setParams(a.params()); // same parameter layout, only activations are permuted
        INDArray x = Nd4j.rand(new long[] {2, 3, nchw.cropSize(), nchw.cropSize()});
        INDArray ya = a.output(false, x)[0];
        INDArray yb = b.output(false, x.permute(0, 2, 3, 1).dup())[0];
        assertTrue(ya.equalsWithEps(yb, 1e-4), ya + " vs " + yb);
    }

    @Test
    void musicDropoutActsInTrainingOnlyAndAddsNoParameters() {
        NetworkSettings plain = NetworkSettings.small().withImageSize(16).withMusicDropout(0);
        NetworkSettings dropped = plain.withMusicDropout(0.5);
        ComputationGraph a = new ComputationGraph(ResSinArchitecture.configuration(plain, TrainingSettings.small(), 6));
        ComputationGraph b = new ComputationGraph(ResSinArchitecture.configuration(dropped, TrainingSettings.small(), 6));
        a.init();
        b.init();
        assertNull(a.getVertex("music_dropout"));
        assertNotNull(b.getVertex("music_dropout"));
        assertEquals(expectedParams(plain, 6), b.numParams());
        b.setParams(a.params());
        INDArray x = Nd4j.rand(new long[] {4, 3, plain.cropSize(), plain.cropSize()});
        INDArray m = Nd4j.rand(4, 6).addi(1); // no zeros, so a dropped input always changes the output
        assertTrue(a.output(false, x, m)[0].equalsWithEps(b.output(false, x, m)[0], 1e-6), "inference ignores dropout");
        assertFalse(b.output(true, x, m)[0].equalsWithEps(b.output(false, x, m)[0], 1e-6), "training drops inputs");
        assertThrows(IllegalArgumentException.class, () -> plain.withMusicDropout(1.0));
    }
}
