package org.ressin.core.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.ressin.core.eval.Grouping;
import org.ressin.core.image.ImageSettings;
import org.ressin.core.labels.Target;
import org.ressin.core.net.ChannelSelection;
import org.ressin.core.net.NetworkSettings;
import org.ressin.core.net.TrainingSettings;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * What an experiment runs: the data, the grid (quick or full), network and training settings, folds, grouping and
 * seed. The same settings give the same numbers; {@link #toJson()} is what a report folder is resumed against.
 *
 * @param data    the PMEmo folder
 * @param quick   the reduced grid: small network, Table 2 top for {@link #QUICK_INPUTS} only
 * @param network the network (its channels and fusion are set per configuration)
 * @param inputs  the inputs of Table 2 top
 * @param phasicSpan the signal images' phasic scaling ({@link ImageSettings#phasicSpan()}): by default
 *                {@link ImageSettings#MIN_MAX}, the method, in both grids; e.g. {@value #AMPLITUDE_PHASIC_SPAN} keeps
 *                SCR amplitude (opt-in)
 */
public record ExperimentSettings(Path data, boolean quick, NetworkSettings network, TrainingSettings training,
        Grouping grouping, int folds, long seed, List<ChannelSelection> inputs, double phasicSpan) {

    /** The quick grid's defaults: 32 px, 8 epochs (the small preset's), 3 folds. */
    public static final int QUICK_SIZE = 32, QUICK_EPOCHS = 8, QUICK_FOLDS = 3;
    /**
     * A phasic scaling that keeps SCR amplitude (white = an SCR of half the tonic level), not the method's: on the
     * demo's data (three data seeds, 5 folds) it changed arousal fusion accuracy by +1.3 ± 3.4 points over the
     * method's per-recording min-max (docs/signal-images.md). Opt-in, so that an experiment runs the method.
     */
    public static final double AMPLITUDE_PHASIC_SPAN = 0.5;
    /** The full grid's folds (the paper's). */
    public static final int FULL_FOLDS = 10;
    /** Table 2 top of the full grid: every input image. */
    public static final List<ChannelSelection> FULL_INPUTS = List.of(ChannelSelection.ORIGIN, ChannelSelection.TONIC,
            ChannelSelection.PHASIC, ChannelSelection.MIX);
    /** Table 2 top of the quick grid. */
    public static final List<ChannelSelection> QUICK_INPUTS = List.of(ChannelSelection.PHASIC, ChannelSelection.MIX);

    public ExperimentSettings {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(grouping, "grouping");
        inputs = List.copyOf(inputs);
        ImageSettings.checkPhasicSpan(phasicSpan);
        if (folds < 2) throw new IllegalArgumentException("folds must be at least 2, was " + folds);
        if (inputs.isEmpty()) throw new IllegalArgumentException("Table 2 needs at least one input image");
        if (!inputs.contains(ChannelSelection.MIX)) {
            throw new IllegalArgumentException("the inputs must include mix (the ablation and Fig. 5 use it)");
        }
    }

    /**
     * The quick or full grid with its defaults, changed where a value is given.
     *
     * @param folds     null: {@value #QUICK_FOLDS} (quick) or {@value #FULL_FOLDS}
     * @param imageSize null: {@value #QUICK_SIZE} (quick) or the paper network's 224
     * @param epochs    null: {@value #QUICK_EPOCHS} (quick) or the paper preset's
     * @throws IllegalArgumentException naming the setting that is out of range
     */
    public static ExperimentSettings of(Path data, boolean quick, Integer folds, Grouping grouping, Integer imageSize,
            Integer epochs, long seed) {
        NetworkSettings net = quick ? NetworkSettings.small() : NetworkSettings.paper();
        Integer size = imageSize != null ? imageSize : quick ? Integer.valueOf(QUICK_SIZE) : null;
        if (size != null) {
            if (size < ImageSettings.MIN_SIZE || size > ImageSettings.MAX_SIZE) {
                throw new IllegalArgumentException("image size must be " + ImageSettings.MIN_SIZE + " to "
                        + ImageSettings.MAX_SIZE + ", was " + size);
            }
            net = net.withImageSize(size);
        }
        TrainingSettings training = quick ? TrainingSettings.small() : TrainingSettings.paper();
        Integer e = epochs != null ? epochs : quick ? Integer.valueOf(QUICK_EPOCHS) : null;
        if (e != null) {
            if (e < 1) throw new IllegalArgumentException("epochs must be at least 1, was " + e);
            training = training.withEpochs(e);
        }
        return new ExperimentSettings(data, quick, net, training.withSeed(seed), grouping,
                folds != null ? folds : quick ? QUICK_FOLDS : FULL_FOLDS, seed, quick ? QUICK_INPUTS : FULL_INPUTS,
                ImageSettings.MIN_MAX);
    }

    /** The same experiment with the images' phasic channel scaled by {@code span} ({@link ImageSettings#MIN_MAX}: the method). */
    public ExperimentSettings withPhasicSpan(double span) {
        return new ExperimentSettings(data, quick, network, training, grouping, folds, seed, inputs, span);
    }

    /** How the experiment makes its signal images. */
    public ImageSettings images() {
        return ImageSettings.defaults().withSize(network.imageSize()).withPhasicSpan(phasicSpan);
    }

    /** The network preset's name: small (quick) or paper. */
    public String preset() { return quick ? "small" : "paper"; }

    /** Every configuration, in the order they run: Table 2 per target, then Table 1. */
    public List<Configuration> configurations() {
        List<Configuration> c = new ArrayList<>();
        for (Target t : Target.values()) {
            inputs.forEach(in -> c.add(Configuration.resSin(t, in, true)));
            c.add(Configuration.resSin(t, ChannelSelection.MIX, false));
            c.add(Configuration.musicSvm(t));
        }
        c.add(Configuration.regression());
        return c;
    }

    /** The settings as stored in {@value ExperimentStore#SETTINGS_FILE}. */
    public JsonObject toJson() {
        JsonObject s = new JsonObject();
        s.addProperty("data", data.toAbsolutePath().normalize().toString());
        s.addProperty("quick", quick);
        s.addProperty("preset", preset());
        s.addProperty("imageSize", network.imageSize());
        JsonArray widths = new JsonArray();
        network.stageWidths().forEach(widths::add);
        s.add("stageWidths", widths); // so a changed preset is not resumed as the old one
        s.addProperty("epochs", training.epochs());
        s.addProperty("batchSize", training.batchSize());
        s.addProperty("learningRate", training.learningRate());
        s.addProperty("weightDecay", training.weightDecay());
        s.addProperty("fusionWidth", network.fusionWidth());
        s.addProperty("musicDropout", network.musicDropout());
        if (phasicSpan != ImageSettings.MIN_MAX) s.addProperty("phasicSpan", phasicSpan); // absent: the method, as before
        s.addProperty("folds", folds);
        s.addProperty("grouping", grouping.name().toLowerCase(Locale.ROOT));
        s.addProperty("seed", seed);
        JsonArray in = new JsonArray();
        inputs.forEach(ch -> in.add(ch.name().toLowerCase(Locale.ROOT)));
        s.add("table2Inputs", in);
        return s;
    }
}
