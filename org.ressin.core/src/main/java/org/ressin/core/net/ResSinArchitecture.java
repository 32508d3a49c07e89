package org.ressin.core.net;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.linalg.schedule.ScheduleType;
import org.nd4j.linalg.schedule.StepSchedule;

/**
 * Builds the DL4J computation graph of Res-SIN from the settings and counts its arithmetic.
 *
 * <p>Graph: input "image" -> stem conv (+ max pool) -> stages of residual units -> global pooling
 * "eda_features" -> [merge with input "music" when fusion is on] -> dense "fusion_dense" (ReLU)
 * -> softmax output "out" (2 classes, cross-entropy).
 */
public final class ResSinArchitecture {

    /** Name of the image input. */
    public static final String IMAGE_INPUT = "image";
    /** Name of the music input (present only with fusion). */
    public static final String MUSIC_INPUT = "music";
    /** Name of the global-pooling layer whose output is the EDA feature vector. */
    public static final String FEATURES = "eda_features";
    /** Name of the output layer. */
    public static final String OUTPUT = "out";

    private final NetworkSettings net;
    private final int musicDimension;
    private final ComputationGraphConfiguration.GraphBuilder graph;
    private final CNN2DFormat format;
    private long forwardFlops;
    private int side;

    private ResSinArchitecture(NetworkSettings net, TrainingSettings training, int musicDimension) {
        Nd4jRuntime.configure(0);
        this.net = net;
        this.musicDimension = musicDimension;
        this.format = net.dataFormat() == NetworkSettings.DataFormat.NHWC ? CNN2DFormat.NHWC : CNN2DFormat.NCHW;
        ISchedule lr = new StepSchedule(ScheduleType.ITERATION, training.learningRate(), training.lrFactor(),
                training.lrStep());
        IUpdater updater = training.momentum() > 0 ? new Nesterovs(lr, training.momentum()) : new Sgd(lr);
        NeuralNetConfiguration.Builder base = new NeuralNetConfiguration.Builder()
                .seed(training.seed())
                .dataType(DataType.FLOAT)
                .updater(updater)
                .weightInit(WeightInit.RELU) // He et al. initialisation, suited to ReLU units
                .convolutionMode(ConvolutionMode.Same)
                .trainingWorkspaceMode(WorkspaceMode.ENABLED)
                .inferenceWorkspaceMode(WorkspaceMode.ENABLED);
        if (training.weightDecay() > 0) base.weightDecay(training.weightDecay());
        this.graph = base.graphBuilder();
    }

    /**
     * The graph configuration for {@code net} trained with {@code training}.
     *
     * @param musicDimension length of the music vector (ignored without fusion)
     */
    public static ComputationGraphConfiguration configuration(NetworkSettings net, TrainingSettings training,
                                                              int musicDimension) {
        return new ResSinArchitecture(net, training, musicDimension).build();
    }

    /**
     * Multiply-add FLOPs (2 per multiply-accumulate) of one forward pass of one image through the
     * convolutions and dense layers; element-wise work (ReLU, additions, pooling, batch norm) is not
     * counted. Training costs about three times this (forward, input gradients, weight gradients).
     */
    public static long forwardFlopsPerImage(NetworkSettings net, int musicDimension) {
        ResSinArchitecture a = new ResSinArchitecture(net, TrainingSettings.small(), musicDimension);
        a.build();
        return a.forwardFlops;
    }

    private ComputationGraphConfiguration build() {
        int inChannels = net.channels().count();
        side = net.cropSize();
        if (net.fusion()) {
            if (musicDimension <= 0) {
                throw new IllegalArgumentException("fusion needs music features, but their dimension is " + musicDimension);
            }
            graph.addInputs(IMAGE_INPUT, MUSIC_INPUT)
                    .setInputTypes(InputType.convolutional(side, side, inChannels, format),
                            InputType.feedForward(musicDimension));
        } else {
            graph.addInputs(IMAGE_INPUT).setInputTypes(InputType.convolutional(side, side, inChannels, format));
        }

        int width = net.stageWidths().get(0);
        String x = conv("stem", IMAGE_INPUT, inChannels, width, net.stemKernel(), net.stemStride(), true, false);
        if (net.stemMaxPool()) {
            graph.addLayer("stem_pool", new SubsamplingLayer.Builder(PoolingType.MAX)
                    .kernelSize(3, 3).stride(2, 2).dataFormat(format).build(), x);
            x = "stem_pool";
            side = ceilDiv(side, 2);
        }
        int channels = width;
        for (int s = 0; s < net.stageWidths().size(); s++) {
            int out = net.stageWidths().get(s);
            for (int u = 0; u < net.unitsPerStage(); u++) {
                int stride = (s > 0 && u == 0) ? 2 : 1; // ResNet: first unit of stages 2.. halves the map
                x = residualUnit("s" + (s + 1) + "u" + (u + 1), x, channels, out, stride);
                channels = out;
            }
        }
        graph.addLayer(FEATURES, new GlobalPoolingLayer.Builder(
                net.globalPooling() == NetworkSettings.Pooling.MAX ? PoolingType.MAX : PoolingType.AVG).build(), x);

        int fusedWidth = channels;
        String head = FEATURES;
        if (net.fusion()) {
            String music = MUSIC_INPUT;
            if (net.musicDropout() > 0) { // DL4J's dropout argument is the probability of keeping an input
                graph.addLayer("music_dropout", new DropoutLayer.Builder(1 - net.musicDropout()).build(), MUSIC_INPUT);
                music = "music_dropout";
            }
            graph.addVertex("fusion_concat", new MergeVertex(), FEATURES, music);
            head = "fusion_concat";
            fusedWidth += musicDimension;
        }
        graph.addLayer("fusion_dense", new DenseLayer.Builder().nOut(net.fusionWidth())
                .activation(Activation.RELU).build(), head);
        graph.addLayer(OUTPUT, new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(2)
                .activation(Activation.SOFTMAX).weightInit(WeightInit.XAVIER).build(), "fusion_dense");
        forwardFlops += 2L * fusedWidth * net.fusionWidth() + 2L * net.fusionWidth() * 2;
        graph.setOutputs(OUTPUT);
        return graph.build();
    }

    /** Adds conv (+ batch norm) (+ ReLU); returns the name of the last vertex; updates side and FLOPs. */
    private String conv(String name, String input, int in, int out, int kernel, int stride, boolean relu, boolean zeroInit) {
        ConvolutionLayer.Builder b = new ConvolutionLayer.Builder(kernel, kernel).stride(stride, stride).nOut(out)
                .dataFormat(format).hasBias(!net.batchNorm())
                .activation(relu && !net.batchNorm() ? Activation.RELU : Activation.IDENTITY);
        if (zeroInit) b.weightInit(WeightInit.ZERO);
        graph.addLayer(name, b.build(), input);
        side = ceilDiv(side, stride);
        forwardFlops += 2L * kernel * kernel * in * out * side * side;
        if (!net.batchNorm()) return name;
        graph.addLayer(name + "_bn", new BatchNormalization.Builder().dataFormat(format)
                .activation(relu ? Activation.RELU : Activation.IDENTITY).build(), name);
        return name + "_bn";
    }

    private String residualUnit(String name, String input, int in, int out, int stride) {
        int inSide = side;
        String x = input;
        int c = in;
        for (int k = 1; k <= net.convsPerUnit(); k++) {
            boolean last = k == net.convsPerUnit();
            x = conv(name + "_conv" + k, x, c, out, 3, k == 1 ? stride : 1, !last, last && net.zeroInitResidual());
            c = out;
        }
        String shortcut = input;
        if (stride != 1 || in != out) { // projection shortcut (ResNet option B)
            int outSide = side;
            side = inSide;
            shortcut = conv(name + "_proj", input, in, out, 1, stride, false, false);
            side = outSide;
        }
        graph.addVertex(name + "_add", new ElementWiseVertex(ElementWiseVertex.Op.Add), x, shortcut);
        graph.addLayer(name + "_relu", new ActivationLayer.Builder().activation(Activation.RELU).build(), name + "_add");
        return name + "_relu";
    }

    private static int ceilDiv(int a, int b) { return (a + b - 1) / b; }
}
