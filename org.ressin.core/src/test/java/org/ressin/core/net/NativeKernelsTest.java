package org.ressin.core.net;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The native (oneDNN) kernels compute the same function and gradients as DL4J's built-in layers. */
class NativeKernelsTest {

    @Test
    void sameOutputsAndGradientsAsTheBuiltInLayers() {
        Nd4jRuntime.configure(1);
        assertTrue(NativeKernels.enabled());
        // every layer type we route: stride-2 7x7 stem with max pooling ("Same" padding on odd and even
        // sizes), projection shortcuts, batch norm; both layouts
        NetworkSettings base = new NetworkSettings(ChannelSelection.MIX, true, 24, 21, List.of(8, 16), 2, 2, 7, 2,
                true, true, false, NetworkSettings.Pooling.AVG, 16, NetworkSettings.DataFormat.NCHW, 0.0);
        for (NetworkSettings net : List.of(base, base.withDataFormat(NetworkSettings.DataFormat.NHWC),
                base.withBatchNorm(false))) {
            ComputationGraph builtIn = graph(net);
            ComputationGraph nativ = graph(net);
            assertTrue(NativeKernels.attach(nativ) >= 8, "helpers attached");
            nativ.setParams(builtIn.params());

            int s = net.cropSize();
            INDArray x = net.dataFormat() == NetworkSettings.DataFormat.NHWC
                    ? Nd4j.rand(new long[] {4, s, s, 3}) : Nd4j.rand(new long[] {4, 3, s, s});
            INDArray music = Nd4j.randn(4, 5);
            INDArray y = Nd4j.createFromArray(new float[][] {{1, 0}, {0, 1}, {0, 1}, {1, 0}});
            assertTrue(builtIn.output(false, x, music)[0].equalsWithEps(nativ.output(false, x, music)[0], 1e-4),
                    net + ": outputs differ");

            INDArray g1 = gradient(builtIn, x, music, y);
            INDArray g2 = gradient(nativ, x, music, y);
            double rel = g1.sub(g2).norm2Number().doubleValue() / g1.norm2Number().doubleValue();
            assertTrue(rel < 1e-4, net + ": relative gradient difference " + rel);
            assertEquals(0, helperFailures(nativ), "a native kernel failed and DL4J fell back");
        }
    }

    /** Sum of DL4J's per-layer helper failure counters (it falls back to built-in code on failure). */
    static int helperFailures(ComputationGraph g) {
        int failures = 0;
        for (org.deeplearning4j.nn.api.Layer l : g.getLayers()) {
            for (Class<?> c = l.getClass(); c != Object.class; c = c.getSuperclass()) {
                try {
                    java.lang.reflect.Field f = c.getDeclaredField("helperCountFail");
                    f.setAccessible(true);
                    failures += f.getInt(l);
                    break;
                } catch (NoSuchFieldException e) {
                    // look in the superclass
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return failures;
    }

    static ComputationGraph graph(NetworkSettings net) {
        ComputationGraph g = new ComputationGraph(ResSinArchitecture.configuration(net, TrainingSettings.small(), 5));
        g.init();
        return g;
    }

    static INDArray gradient(ComputationGraph g, INDArray x, INDArray music, INDArray y) {
        g.setInputs(x, music);
        g.setLabels(y);
        g.computeGradientAndScore();
        return g.gradient().gradient().dup();
    }
}
