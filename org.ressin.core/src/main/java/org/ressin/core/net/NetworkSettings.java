package org.ressin.core.net;

import java.util.List;
import java.util.Objects;

/**
 * The architecture of the residual signal-image network and its fusion classifier. Where the paper
 * is silent (stem, batch norm, pooling, crop, initialisation) the values are our documented
 * defaults; see {@code docs/network.md}.
 *
 * @param channels         input channels (mix = 3, origin/phasic/tonic = 1)
 * @param fusion           true: concat(EDA feature, z-scored music features) feeds the classifier;
 *                         false: EDA feature only (the Res-SI subnet ablation)
 * @param imageSize        side S of the rendered signal images
 * @param cropSize         side c of the crop fed to the network (random in training, centred otherwise)
 * @param stageWidths      output channels of each residual stage (ResNet-18: 64, 128, 256, 512);
 *                         the last one is the EDA feature dimension
 * @param unitsPerStage    residual units per stage (ResNet-18: 2)
 * @param convsPerUnit     3 x 3 convolutions in a unit's residual branch (ResNet basic block: 2)
 * @param stemKernel       kernel of the stem convolution (ResNet: 7)
 * @param stemStride       stride of the stem convolution (ResNet: 2)
 * @param stemMaxPool      3 x 3 stride-2 max pooling after the stem (ResNet: yes)
 * @param batchNorm        batch normalisation after each convolution (ResNet: yes; the paper's unit
 *                         is "3 x 3 convolution followed by ReLU", so default no)
 * @param zeroInitResidual initialise the last convolution of each residual branch to zero, so each
 *                         unit starts as the identity (keeps activations bounded without batch norm)
 * @param globalPooling    pooling of the last feature map to the EDA feature vector
 * @param fusionWidth      width of the hidden dense layer of the classifier (paper: 512)
 * @param dataFormat       memory layout of image activations (NCHW is DL4J's default)
 * @param musicDropout     fraction of the music inputs dropped at random in training (0 = none); keeps a small
 *                         training set from being fitted through the music alone before the EDA branch learns
 */
public record NetworkSettings(ChannelSelection channels, boolean fusion, int imageSize, int cropSize,
                              List<Integer> stageWidths, int unitsPerStage, int convsPerUnit,
                              int stemKernel, int stemStride, boolean stemMaxPool, boolean batchNorm,
                              boolean zeroInitResidual, Pooling globalPooling, int fusionWidth,
                              DataFormat dataFormat, double musicDropout) {

    /** Global pooling of the last feature map. */
    public enum Pooling { AVG, MAX }

    /** Layout of image activations inside the network. */
    public enum DataFormat { NCHW, NHWC }

    public NetworkSettings {
        Objects.requireNonNull(channels, "channels");
        Objects.requireNonNull(globalPooling, "globalPooling");
        Objects.requireNonNull(dataFormat, "dataFormat");
        stageWidths = List.copyOf(stageWidths);
        positive("imageSize", imageSize);
        positive("cropSize", cropSize);
        if (cropSize > imageSize) {
            throw new IllegalArgumentException("cropSize " + cropSize + " exceeds imageSize " + imageSize);
        }
        if (stageWidths.isEmpty()) throw new IllegalArgumentException("stageWidths must name at least one stage");
        for (int w : stageWidths) positive("stageWidths entry", w);
        positive("unitsPerStage", unitsPerStage);
        positive("convsPerUnit", convsPerUnit);
        positive("stemKernel", stemKernel);
        positive("stemStride", stemStride);
        positive("fusionWidth", fusionWidth);
        if (!(musicDropout >= 0 && musicDropout < 1)) {
            throw new IllegalArgumentException("NetworkSettings.musicDropout must be in [0, 1), was " + musicDropout);
        }
    }

    private static void positive(String name, int value) {
        if (value <= 0) throw new IllegalArgumentException("NetworkSettings." + name + " must be positive, was " + value);
    }

    /** The crop the defaults use: c = S - S/8 (224 -> 196). */
    public static int defaultCrop(int imageSize) { return imageSize - imageSize / 8; }

    /**
     * The paper's network: ResNet-18 plan (64-128-256-512, 2 units of two 3 x 3 convolutions per
     * stage, 7 x 7 stride-2 stem with max pooling), no batch norm, 224 px images, fusion on.
     */
    public static NetworkSettings paper() {
        return new NetworkSettings(ChannelSelection.MIX, true, 224, defaultCrop(224), List.of(64, 128, 256, 512),
                2, 2, 7, 2, true, false, true, Pooling.AVG, 512, DataFormat.NCHW, 0.0);
    }

    /**
     * A small network for tests and quick experiments: 8-16-32-64, one unit per stage, 3 x 3 stride-1
     * stem without pooling, 32 px images, a 16-unit fusion layer and half the music inputs dropped in
     * training (on a few hundred recordings the full-width head fits the music first and leaves the
     * EDA branch untrained: docs/network.md); trains in seconds.
     */
    public static NetworkSettings small() {
        return new NetworkSettings(ChannelSelection.MIX, true, 32, defaultCrop(32), List.of(8, 16, 32, 64),
                1, 2, 3, 1, false, false, true, Pooling.AVG, 16, DataFormat.NCHW, 0.5);
    }

    /** Dimension of the pooled EDA feature (the last stage width; 512 in the paper). */
    public int featureDimension() { return stageWidths.get(stageWidths.size() - 1); }

    public NetworkSettings withChannels(ChannelSelection c) {
        return new NetworkSettings(c, fusion, imageSize, cropSize, stageWidths, unitsPerStage, convsPerUnit,
                stemKernel, stemStride, stemMaxPool, batchNorm, zeroInitResidual, globalPooling, fusionWidth, dataFormat, musicDropout);
    }

    public NetworkSettings withFusion(boolean f) {
        return new NetworkSettings(channels, f, imageSize, cropSize, stageWidths, unitsPerStage, convsPerUnit,
                stemKernel, stemStride, stemMaxPool, batchNorm, zeroInitResidual, globalPooling, fusionWidth, dataFormat, musicDropout);
    }

    /** The same network for images of side {@code size}, with the default crop for that size. */
    public NetworkSettings withImageSize(int size) {
        return new NetworkSettings(channels, fusion, size, defaultCrop(size), stageWidths, unitsPerStage, convsPerUnit,
                stemKernel, stemStride, stemMaxPool, batchNorm, zeroInitResidual, globalPooling, fusionWidth, dataFormat, musicDropout);
    }

    public NetworkSettings withCropSize(int crop) {
        return new NetworkSettings(channels, fusion, imageSize, crop, stageWidths, unitsPerStage, convsPerUnit,
                stemKernel, stemStride, stemMaxPool, batchNorm, zeroInitResidual, globalPooling, fusionWidth, dataFormat, musicDropout);
    }

    public NetworkSettings withBatchNorm(boolean bn) {
        return new NetworkSettings(channels, fusion, imageSize, cropSize, stageWidths, unitsPerStage, convsPerUnit,
                stemKernel, stemStride, stemMaxPool, bn, zeroInitResidual, globalPooling, fusionWidth, dataFormat, musicDropout);
    }

    public NetworkSettings withZeroInitResidual(boolean zero) {
        return new NetworkSettings(channels, fusion, imageSize, cropSize, stageWidths, unitsPerStage, convsPerUnit,
                stemKernel, stemStride, stemMaxPool, batchNorm, zero, globalPooling, fusionWidth, dataFormat, musicDropout);
    }

    public NetworkSettings withDataFormat(DataFormat format) {
        return new NetworkSettings(channels, fusion, imageSize, cropSize, stageWidths, unitsPerStage, convsPerUnit,
                stemKernel, stemStride, stemMaxPool, batchNorm, zeroInitResidual, globalPooling, fusionWidth, format, musicDropout);
    }

    public NetworkSettings withFusionWidth(int width) {
        return new NetworkSettings(channels, fusion, imageSize, cropSize, stageWidths, unitsPerStage, convsPerUnit,
                stemKernel, stemStride, stemMaxPool, batchNorm, zeroInitResidual, globalPooling, width, dataFormat,
                musicDropout);
    }

    public NetworkSettings withMusicDropout(double dropout) {
        return new NetworkSettings(channels, fusion, imageSize, cropSize, stageWidths, unitsPerStage, convsPerUnit,
                stemKernel, stemStride, stemMaxPool, batchNorm, zeroInitResidual, globalPooling, fusionWidth, dataFormat,
                dropout);
    }
}
