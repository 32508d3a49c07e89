package org.ressin.knime.nodes.model;

import java.io.FilterInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;

import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.port.AbstractPortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortObjectZipInputStream;
import org.knime.core.node.port.PortObjectZipOutputStream;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;
import org.ressin.core.eval.LossPoint;
import org.ressin.core.net.NetworkSettings;
import org.ressin.core.net.ResSinModel;
import org.ressin.core.net.TrainingSettings;

/**
 * A trained Res-SIN network passed from the Res-SIN Learner to the Res-SIN Predictor. Its content is the core's
 * own model file ({@link ResSinModel#save}: settings, image means, music z-scores, loss history and the DL4J
 * network) stored as the zip entry {@value #ENTRY}; the spec ({@link ResSinModelPortObjectSpec}) is saved by KNIME
 * beside it.
 */
public final class ResSinModelPortObject extends AbstractPortObject {

    /** The port type (registered in plugin.xml). */
    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(ResSinModelPortObject.class);
    /** The optional port type. */
    public static final PortType TYPE_OPTIONAL =
        PortTypeRegistry.getInstance().getPortType(ResSinModelPortObject.class, true);

    /** The zip entry holding the core's model file. */
    static final String ENTRY = "ressin-model.zip";

    private ResSinModelPortObjectSpec spec;
    private ResSinModel model;

    /** Framework constructor; the content is filled by {@link #load}. */
    public ResSinModelPortObject() {
    }

    /**
     * @param spec what the model expects (see {@link #specOf})
     * @param model the trained network
     */
    public ResSinModelPortObject(final ResSinModelPortObjectSpec spec, final ResSinModel model) {
        this.spec = spec;
        this.model = model;
    }

    /**
     * The spec of a trained model.
     *
     * @param target the label column it predicts
     * @param imageColumn the image column it was trained on
     * @param musicColumn the music column it was trained on (null without fusion)
     * @param trainingExamples the number of training examples
     */
    public static ResSinModelPortObjectSpec specOf(final ResSinModel model, final String target,
        final String imageColumn, final String musicColumn, final int trainingExamples) {
        NetworkSettings net = model.networkSettings();
        return new ResSinModelPortObjectSpec(target, net.channels(), net.imageSize(), net.cropSize(), net.fusion(),
            model.musicDimension(), model.musicFeatureNames(), imageColumn, net.fusion() ? musicColumn : null,
            model.featureDimension(), trainingExamples);
    }

    /** The trained network. */
    public ResSinModel model() {
        return model;
    }

    @Override
    public ResSinModelPortObjectSpec getSpec() {
        return spec;
    }

    @Override
    public String getSummary() {
        return spec.describe();
    }

    @Override
    public JComponent[] getViews() {
        JTextArea text = new JTextArea(details());
        text.setEditable(false);
        JScrollPane view = new JScrollPane(text);
        view.setName("Res-SIN model");
        return new JComponent[]{view};
    }

    /** The summary, the settings and the end of the loss curve, as plain text for the port view. */
    String details() {
        NetworkSettings n = model.networkSettings();
        TrainingSettings t = model.trainingSettings();
        List<LossPoint> h = model.lossHistory();
        StringBuilder b = new StringBuilder(spec.describe()).append("\n\n");
        b.append("Network: stages ").append(n.stageWidths()).append(", ").append(n.unitsPerStage())
            .append(" unit(s) per stage, stem ").append(n.stemKernel()).append('x').append(n.stemKernel())
            .append(" stride ").append(n.stemStride()).append(n.stemMaxPool() ? " + max pool" : "")
            .append(", crop ").append(n.cropSize()).append(" px, batch norm ").append(n.batchNorm() ? "on" : "off")
            .append(", EDA feature ").append(n.featureDimension()).append("-d\n");
        b.append(String.format(Locale.ROOT,
            "Training: %d epochs, batch %d, learning rate %g x %g every %d iterations, momentum %g, seed %d%n",
            t.epochs(), t.batchSize(), t.learningRate(), t.lrFactor(), t.lrStep(), t.momentum(), t.seed()));
        if (!h.isEmpty()) {
            b.append(String.format(Locale.ROOT, "Loss: %.4f at the first iteration, %.4f at the last (%d)%n",
                h.get(0).loss(), h.get(h.size() - 1).loss(), h.size()));
        }
        if (spec.fusion() && !spec.featureNames().isEmpty()) {
            b.append("Music features (in order): ").append(String.join(", ", spec.featureNames())).append('\n');
        }
        return b.toString();
    }

    @Override
    protected void save(final PortObjectZipOutputStream out, final ExecutionMonitor exec) throws IOException {
        out.putNextEntry(new ZipEntry(ENTRY));
        model.save(out); // a zip inside the entry; finished, not closed
        out.closeEntry();
    }

    @Override
    protected void load(final PortObjectZipInputStream in, final PortObjectSpec loadedSpec,
        final ExecutionMonitor exec) throws IOException, CanceledExecutionException {
        ZipEntry entry = in.getNextEntry();
        if (entry == null || !ENTRY.equals(entry.getName())) {
            throw new IOException("Not a Res-SIN model: expected the zip entry " + ENTRY + ", found "
                + (entry == null ? "nothing" : entry.getName()));
        }
        Nd4jSetup.ensure();
        try {
            model = ResSinModel.load(new FilterInputStream(in) {
                @Override
                public void close() {
                    // the framework closes the port object stream
                }
            });
        } catch (LinkageError | OutOfMemoryError e) {
            // a failed ND4J start shows up as an Error; tell the user instead of losing the node
            throw new IOException("Cannot load the Res-SIN model's network (ND4J/DL4J): " + e, e);
        }
        spec = (ResSinModelPortObjectSpec)loadedSpec;
    }

    /** Public nested serializer, found by KNIME through plugin.xml (and by the stand-in by reflection). */
    public static final class Serializer extends AbstractPortObjectSerializer<ResSinModelPortObject> {
    }
}
