package org.ressin.core.net;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.ressin.core.eval.LossPoint;

/**
 * A trained Res-SIN network with everything needed to apply it to new data: the settings, the
 * per-channel image means and the music z-score statistics of its training part, the music feature
 * names, and the training-loss history.
 */
public final class ResSinModel {

    private static final int FORMAT_VERSION = 1;
    private static final String METADATA_ENTRY = "ressin-model.json";
    private static final String NETWORK_ENTRY = "network-dl4j.zip";
    private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().setPrettyPrinting().create();

    private final ComputationGraph network;
    private final Metadata meta;
    private final ImageBatcher batcher;

    /** What is stored beside the DL4J network, as JSON. */
    private record Metadata(int formatVersion, NetworkSettings network, TrainingSettings training,
                            float[] channelMeans, MusicScaler music, List<String> musicFeatureNames,
                            List<LossPoint> lossHistory) {
        Metadata {
            Objects.requireNonNull(network, "network settings");
            Objects.requireNonNull(training, "training settings");
            channelMeans = Objects.requireNonNull(channelMeans, "channel means").clone();
            musicFeatureNames = musicFeatureNames == null ? List.of() : List.copyOf(musicFeatureNames);
            lossHistory = lossHistory == null ? List.of() : List.copyOf(lossHistory);
        }
    }

    ResSinModel(ComputationGraph network, NetworkSettings net, TrainingSettings training, float[] channelMeans,
                MusicScaler music, List<String> musicFeatureNames, List<LossPoint> lossHistory) {
        this(network, new Metadata(FORMAT_VERSION, net, training, channelMeans, music, musicFeatureNames,
                lossHistory));
    }

    private ResSinModel(ComputationGraph network, Metadata meta) {
        this.network = Objects.requireNonNull(network);
        this.meta = meta;
        if (meta.network().fusion() && meta.music() == null) {
            throw new IllegalArgumentException("a fusion model needs music z-score statistics");
        }
        this.batcher = new ImageBatcher(meta.network(), meta.channelMeans());
    }

    public NetworkSettings networkSettings() { return meta.network(); }

    public TrainingSettings trainingSettings() { return meta.training(); }

    /** Per-channel mean subtracted from the images, fitted on the training part. */
    public float[] channelMeans() { return meta.channelMeans().clone(); }

    /** Music z-score statistics of the training part, or {@code null} when fusion is off. */
    public MusicScaler musicScaler() { return meta.music(); }

    /** Names of the music features the model expects, in order (empty without fusion). */
    public List<String> musicFeatureNames() { return meta.musicFeatureNames(); }

    /** Length of the music vector the model expects (0 without fusion). */
    public int musicDimension() { return meta.music() == null ? 0 : meta.music().dimension(); }

    /** Dimension of the pooled EDA feature (512 in the paper). */
    public int featureDimension() { return meta.network().featureDimension(); }

    /** Loss, learning rate per training iteration. */
    public List<LossPoint> lossHistory() { return meta.lossHistory(); }

    /** The underlying DL4J graph (for inspection; do not train it further). */
    public ComputationGraph network() { return network; }

    /** Class probabilities and labels of {@code examples}, computed in mini-batches (centred crops). */
    public synchronized List<Prediction> predict(List<? extends Example> examples) {
        List<Prediction> out = new ArrayList<>(examples.size());
        try {
            forEachBatch(examples, (inputs, n) -> {
                INDArray probs = network.output(false, inputs)[0];
                for (int i = 0; i < n; i++) {
                    double p1 = probs.getDouble(i, 1);
                    double p0 = probs.getDouble(i, 0);
                    out.add(new Prediction(p1, p1 > p0 ? 1 : 0));
                }
            });
        } finally {
            Nd4j.getWorkspaceManager().destroyAllWorkspacesForCurrentThread();
        }
        return out;
    }

    /** The pooled EDA feature vector of each example ({@link #featureDimension()} values). */
    public synchronized float[][] edaFeatures(List<? extends Example> examples) {
        List<float[]> out = new ArrayList<>(examples.size());
        try {
            forEachBatch(examples, (inputs, n) -> {
                INDArray f = network.output(List.of(ResSinArchitecture.FEATURES), false, inputs, null)[0];
                for (int i = 0; i < n; i++) out.add(f.getRow(i).dup().toFloatVector());
            });
        } finally {
            Nd4j.getWorkspaceManager().destroyAllWorkspacesForCurrentThread();
        }
        return out.toArray(new float[0][]);
    }

    private interface BatchConsumer { void accept(INDArray[] inputs, int n); }

    private void forEachBatch(List<? extends Example> examples, BatchConsumer consumer) {
        Nd4jRuntime.configure(meta.training().threads());
        int[] order = new int[examples.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        int batch = meta.training().batchSize();
        for (int from = 0; from < order.length; from += batch) {
            int to = Math.min(order.length, from + batch);
            INDArray images = batcher.images(examples, order, from, to, null);
            INDArray[] inputs = meta.network().fusion()
                    ? new INDArray[] {images, ImageBatcher.music(examples, order, from, to, meta.music())}
                    : new INDArray[] {images};
            consumer.accept(inputs, to - from);
        }
    }

    /**
     * Writes the model as a zip: {@value #METADATA_ENTRY} (settings, statistics, history as JSON) and
     * {@value #NETWORK_ENTRY} (DL4J's own model format, without updater state). The stream is
     * finished but not closed.
     */
    public void save(OutputStream target) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(target);
        zip.putNextEntry(new ZipEntry(METADATA_ENTRY));
        zip.write(GSON.toJson(meta).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(NETWORK_ENTRY));
        ModelSerializer.writeModel(network, new UnclosableOutputStream(zip), false);
        zip.closeEntry();
        zip.finish();
    }

    /** Reads a model written by {@link #save}. The stream is not closed. */
    public static ResSinModel load(InputStream in) throws IOException {
        Nd4jRuntime.configure(0);
        ZipInputStream zip = new ZipInputStream(in);
        Metadata meta = null;
        ComputationGraph network = null;
        for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
            if (e.getName().equals(METADATA_ENTRY)) {
                meta = parse(zip.readAllBytes());
            } else if (e.getName().equals(NETWORK_ENTRY)) {
                network = ModelSerializer.restoreComputationGraph(new FilterInputStream(zip) {
                    @Override public void close() {} // DL4J closes its stream: keep the zip open
                }, false);
            }
        }
        if (meta == null || network == null) {
            throw new IOException("not a Res-SIN model: the zip lacks the entry "
                    + (meta == null ? METADATA_ENTRY : NETWORK_ENTRY));
        }
        NativeKernels.attach(network);
        return new ResSinModel(network, meta);
    }

    private static Metadata parse(byte[] json) throws IOException {
        Metadata meta;
        try {
            meta = GSON.fromJson(new String(json, StandardCharsets.UTF_8), Metadata.class);
        } catch (JsonParseException | IllegalArgumentException e) {
            throw new IOException("Res-SIN model metadata " + METADATA_ENTRY + " is unreadable: " + e.getMessage(), e);
        }
        if (meta == null || meta.formatVersion() != FORMAT_VERSION) {
            throw new IOException("Res-SIN model metadata " + METADATA_ENTRY + " has format version "
                    + (meta == null ? "none" : meta.formatVersion()) + ", this library reads " + FORMAT_VERSION);
        }
        return meta;
    }

    /** Passes writes through but not close(): DL4J closes the stream it writes to. */
    private static final class UnclosableOutputStream extends FilterOutputStream {
        UnclosableOutputStream(OutputStream out) { super(out); }

        @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }

        @Override public void close() throws IOException { flush(); }
    }

    /** The model serialised to bytes (convenience for tests and small models). */
    byte[] toBytes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        save(bytes);
        return bytes.toByteArray();
    }

    static ResSinModel fromBytes(byte[] bytes) throws IOException {
        return load(new ByteArrayInputStream(bytes));
    }
}
