package org.ressin.core.net;

import java.lang.reflect.Field;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.layers.convolution.subsampling.SubsamplingLayer;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNBatchNormHelper;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNConvHelper;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNSubsamplingHelper;
import org.deeplearning4j.nn.layers.normalization.BatchNormalization;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Routes DL4J's convolution, max-pooling and batch-norm layers to ND4J's native ops ({@code conv2d},
 * {@code maxpool2d}, {@code batchnorm} and their gradients), which the oneDNN build of nd4j-native
 * runs through oneDNN. Without this, DL4J 1.0.0-M2.1 computes convolutions in Java with
 * im2col + GEMM: its helper lookup is disabled by default and its oneDNN availability check looks
 * for a class ({@code org.nd4j.nativeblas.Nd4jCpu$Environment}) that ND4J 1.0.0-M2.1 no longer has.
 * We therefore attach DL4J's own helper objects to the layers directly. DL4J falls back to its
 * built-in path if a helper fails. Measured effect: see docs/network.md ("Speed").
 *
 * <p>Off with {@code -Dressin.nativeKernels=false}; only done on the CPU backend.
 */
public final class NativeKernels {

    /** System property that switches the native kernels off when "false". */
    public static final String PROPERTY = "ressin.nativeKernels";

    private NativeKernels() {}

    /** Whether {@link #attach} will attach helpers in this process. */
    public static boolean enabled() {
        return Boolean.parseBoolean(System.getProperty(PROPERTY, "true"))
                && "CPU".equalsIgnoreCase(Nd4j.getExecutioner().getEnvironmentInformation().getProperty("backend"));
    }

    /**
     * Attaches native helpers to the layers of an initialised graph that have none.
     *
     * @return the number of layers now using a native helper
     */
    public static int attach(ComputationGraph graph) {
        if (!enabled()) return 0;
        int attached = 0;
        for (Layer layer : graph.getLayers()) {
            if (layer.getClass() == ConvolutionLayer.class) {
                attached += set(ConvolutionLayer.class, layer, new MKLDNNConvHelper(DataType.FLOAT));
            } else if (layer.getClass() == SubsamplingLayer.class) {
                attached += set(SubsamplingLayer.class, layer, new MKLDNNSubsamplingHelper(DataType.FLOAT));
            } else if (layer.getClass() == BatchNormalization.class) {
                attached += set(BatchNormalization.class, layer, new MKLDNNBatchNormHelper(DataType.FLOAT));
            }
        }
        return attached;
    }

    private static int set(Class<?> type, Layer layer, Object helper) {
        try {
            Field f = type.getDeclaredField("helper");
            f.setAccessible(true);
            if (f.get(layer) != null) return 1; // DL4J chose one itself (e.g. cuDNN): keep it
            f.set(layer, helper);
            return 1;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return 0; // another DL4J version: stay on the built-in path
        }
    }
}
