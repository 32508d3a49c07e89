package org.ressin.knime.nodes.learner;

import java.util.List;
import java.util.Locale;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.ressin.knime.nodes.common.NodeSettingsGroup;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.ressin.core.eval.CrossValidation;
import org.ressin.core.eval.Grouping;
import org.ressin.core.image.ImageSettings;
import org.ressin.core.net.ChannelSelection;
import org.ressin.core.net.NetworkSettings;
import org.ressin.core.net.TrainingSettings;
import org.ressin.knime.nodes.common.Columns;
import org.ressin.knime.nodes.imager.SignalImageColumn;

/**
 * The settings of the Res-SIN Learner: input columns, network (preset, channels, fusion, image size), training
 * schedule and the evaluation mode. Owns the SettingsModels and turns them into the core's
 * {@link NetworkSettings} and {@link TrainingSettings}.
 */
public final class ResSinLearnerSettings implements NodeSettingsGroup {

    public static final String CFG_IMAGE_COLUMN = "imageColumn";
    public static final String CFG_LABEL_COLUMN = "labelColumn";
    public static final String CFG_MUSIC_COLUMN = "musicColumn";
    public static final String CFG_FUSION = "fusion";
    public static final String CFG_SUBJECT_COLUMN = "subjectColumn";
    public static final String CFG_SONG_COLUMN = "songColumn";
    public static final String CFG_CHANNELS = "channels";
    public static final String CFG_PRESET = "preset";
    public static final String CFG_IMAGE_SIZE = "imageSize";
    public static final String CFG_EPOCHS = "epochs";
    public static final String CFG_BATCH_SIZE = "batchSize";
    public static final String CFG_LEARNING_RATE = "learningRate";
    public static final String CFG_LR_FACTOR = "learningRateFactor";
    public static final String CFG_LR_STEP = "learningRateStep";
    public static final String CFG_SEED = "seed";
    public static final String CFG_THREADS = "threads";
    public static final String CFG_MODE = "mode";
    public static final String CFG_FOLDS = "folds";
    public static final String CFG_GROUPING = "grouping";

    public static final String PRESET_PAPER = "paper";
    public static final String PRESET_SMALL = "small";
    public static final List<String> PRESETS = List.of(PRESET_PAPER, PRESET_SMALL);

    public static final List<String> CHANNEL_CHOICES =
        List.of(ChannelSelection.values()).stream().map(c -> c.name().toLowerCase(Locale.ROOT)).toList();

    /** Mode: train one model on all labelled rows. */
    public static final String MODE_TRAIN = "train on all rows";
    /** Mode: k-fold cross-validation, then one model on all labelled rows. */
    public static final String MODE_CV = "cross-validation";
    public static final List<String> MODES = List.of(MODE_TRAIN, MODE_CV);

    public static final String GROUP_SUBJECT = "subject";
    public static final String GROUP_RECORDING = "recording";
    public static final List<String> GROUPINGS = List.of(GROUP_SUBJECT, GROUP_RECORDING);

    // dialog labels, also used in messages
    static final String IMAGE_COLUMN = "Signal image column";
    static final String LABEL_COLUMN = "Label column";
    static final String MUSIC_COLUMN = "Music features column";
    static final String FUSION = "Fuse music features";
    static final String SUBJECT_COLUMN = "Subject column";
    static final String SONG_COLUMN = "Song column";
    static final String CHANNELS = "Channels";
    static final String PRESET = "Network preset";
    static final String IMAGE_SIZE = "Image size S";
    static final String EPOCHS = "Epochs";
    static final String BATCH_SIZE = "Batch size";
    static final String LEARNING_RATE = "Learning rate";
    static final String LR_FACTOR = "Learning-rate factor";
    static final String LR_STEP = "Learning-rate step (iterations)";
    static final String SEED = "Seed";
    static final String THREADS = "Threads (0 = ND4J default)";
    static final String MODE = "Mode";
    static final String FOLDS = "Folds";
    static final String GROUPING = "Keep together in one fold";

    static final int MAX_COUNT = 1_000_000;
    static final int MAX_THREADS = 1024;

    private static final TrainingSettings PAPER = TrainingSettings.paper();

    private final SettingsModelString imageColumn = new SettingsModelString(CFG_IMAGE_COLUMN, SignalImageColumn.NAME);
    private final SettingsModelString labelColumn = new SettingsModelString(CFG_LABEL_COLUMN, "valence_label");
    private final SettingsModelString musicColumn = new SettingsModelString(CFG_MUSIC_COLUMN, "music_features");
    private final SettingsModelBoolean fusion = new SettingsModelBoolean(CFG_FUSION, true);
    private final SettingsModelString subjectColumn = new SettingsModelString(CFG_SUBJECT_COLUMN, "subjectId");
    private final SettingsModelString songColumn = new SettingsModelString(CFG_SONG_COLUMN, "musicId");
    private final SettingsModelString channels = new SettingsModelString(CFG_CHANNELS, "mix");
    private final SettingsModelString preset = new SettingsModelString(CFG_PRESET, PRESET_PAPER);
    private final SettingsModelIntegerBounded imageSize = new SettingsModelIntegerBounded(CFG_IMAGE_SIZE,
        NetworkSettings.paper().imageSize(), ImageSettings.MIN_SIZE, ImageSettings.MAX_SIZE);
    private final SettingsModelIntegerBounded epochs =
        new SettingsModelIntegerBounded(CFG_EPOCHS, PAPER.epochs(), 1, MAX_COUNT);
    private final SettingsModelIntegerBounded batchSize =
        new SettingsModelIntegerBounded(CFG_BATCH_SIZE, PAPER.batchSize(), 1, MAX_COUNT);
    private final SettingsModelDoubleBounded learningRate =
        new SettingsModelDoubleBounded(CFG_LEARNING_RATE, PAPER.learningRate(), 0, 100);
    private final SettingsModelDoubleBounded lrFactor =
        new SettingsModelDoubleBounded(CFG_LR_FACTOR, PAPER.lrFactor(), 0, 1);
    private final SettingsModelIntegerBounded lrStep =
        new SettingsModelIntegerBounded(CFG_LR_STEP, PAPER.lrStep(), 1, Integer.MAX_VALUE);
    private final SettingsModelInteger seed = new SettingsModelInteger(CFG_SEED, (int)PAPER.seed());
    private final SettingsModelIntegerBounded threads =
        new SettingsModelIntegerBounded(CFG_THREADS, 0, 0, MAX_THREADS);
    private final SettingsModelString mode = new SettingsModelString(CFG_MODE, MODE_TRAIN);
    private final SettingsModelIntegerBounded folds =
        new SettingsModelIntegerBounded(CFG_FOLDS, CrossValidation.DEFAULT_FOLDS, 2, MAX_COUNT);
    private final SettingsModelString grouping = new SettingsModelString(CFG_GROUPING, GROUP_SUBJECT);

    SettingsModelString imageColumnModel() {
        return imageColumn;
    }

    SettingsModelString labelColumnModel() {
        return labelColumn;
    }

    SettingsModelString musicColumnModel() {
        return musicColumn;
    }

    SettingsModelBoolean fusionModel() {
        return fusion;
    }

    SettingsModelString subjectColumnModel() {
        return subjectColumn;
    }

    SettingsModelString songColumnModel() {
        return songColumn;
    }

    SettingsModelString channelsModel() {
        return channels;
    }

    SettingsModelString presetModel() {
        return preset;
    }

    SettingsModelIntegerBounded imageSizeModel() {
        return imageSize;
    }

    SettingsModelIntegerBounded epochsModel() {
        return epochs;
    }

    SettingsModelIntegerBounded batchSizeModel() {
        return batchSize;
    }

    SettingsModelDoubleBounded learningRateModel() {
        return learningRate;
    }

    SettingsModelDoubleBounded lrFactorModel() {
        return lrFactor;
    }

    SettingsModelIntegerBounded lrStepModel() {
        return lrStep;
    }

    SettingsModelInteger seedModel() {
        return seed;
    }

    SettingsModelIntegerBounded threadsModel() {
        return threads;
    }

    SettingsModelString modeModel() {
        return mode;
    }

    SettingsModelIntegerBounded foldsModel() {
        return folds;
    }

    SettingsModelString groupingModel() {
        return grouping;
    }

    String imageColumn() {
        return imageColumn.getStringValue();
    }

    String labelColumn() {
        return labelColumn.getStringValue();
    }

    /** The music column, or null when fusion is off or none is selected. */
    String musicColumn() {
        return fusion() && !Columns.isNone(musicColumn.getStringValue()) ? musicColumn.getStringValue() : null;
    }

    boolean fusion() {
        return fusion.getBooleanValue();
    }

    String subjectColumn() {
        return subjectColumn.getStringValue();
    }

    String songColumn() {
        return songColumn.getStringValue();
    }

    int imageSize() {
        return imageSize.getIntValue();
    }

    boolean crossValidation() {
        return MODE_CV.equals(mode.getStringValue());
    }

    int folds() {
        return folds.getIntValue();
    }

    Grouping grouping() {
        return GROUP_RECORDING.equals(grouping.getStringValue()) ? Grouping.RECORDING : Grouping.SUBJECT;
    }

    long seed() {
        return seed.getIntValue();
    }

    ChannelSelection channels() {
        return ChannelSelection.valueOf(channels.getStringValue().toUpperCase(Locale.ROOT));
    }

    private List<SettingsModel> models() {
        return List.of(imageColumn, labelColumn, musicColumn, fusion, subjectColumn, songColumn, channels, preset,
            imageSize, epochs, batchSize, learningRate, lrFactor, lrStep, seed, threads, mode, folds, grouping);
    }

    @Override
    public void saveSettingsTo(final NodeSettingsWO settings) {
        models().forEach(m -> m.saveSettingsTo(settings));
    }

    /** Checks {@code settings} without changing this instance; messages name the setting in words. */
    @Override
    public void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        validate(settings);
    }

    static void validate(final NodeSettingsRO settings) throws InvalidSettingsException {
        // bounds checked before the bounded models so the message names the setting as the dialog does
        intBetween(settings, CFG_IMAGE_SIZE, IMAGE_SIZE, ImageSettings.MIN_SIZE, ImageSettings.MAX_SIZE);
        intBetween(settings, CFG_EPOCHS, EPOCHS, 1, MAX_COUNT);
        intBetween(settings, CFG_BATCH_SIZE, BATCH_SIZE, 1, MAX_COUNT);
        intBetween(settings, CFG_LR_STEP, LR_STEP, 1, Integer.MAX_VALUE);
        intBetween(settings, CFG_THREADS, THREADS, 0, MAX_THREADS);
        intBetween(settings, CFG_FOLDS, FOLDS, 2, MAX_COUNT);
        double lr = settings.getDouble(CFG_LEARNING_RATE);
        if (!(lr > 0 && lr <= 100)) {
            throw new InvalidSettingsException(
                "Setting \"" + LEARNING_RATE + "\" (" + CFG_LEARNING_RATE + ") must be above 0 and at most 100, was " + lr);
        }
        double f = settings.getDouble(CFG_LR_FACTOR);
        if (!(f > 0 && f <= 1)) {
            throw new InvalidSettingsException(
                "Setting \"" + LR_FACTOR + "\" (" + CFG_LR_FACTOR + ") must be above 0 and at most 1, was " + f);
        }
        ResSinLearnerSettings probe = new ResSinLearnerSettings();
        probe.loadValidatedSettingsFrom(settings);
        probe.check();
    }

    private static void intBetween(final NodeSettingsRO settings, final String key, final String label,
        final int min, final int max) throws InvalidSettingsException {
        int v = settings.getInt(key);
        if (v < min || v > max) {
            throw new InvalidSettingsException(
                "Setting \"" + label + "\" (" + key + ") must be between " + min + " and " + max + ", was " + v);
        }
    }

    @Override
    public void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        for (SettingsModel m : models()) {
            m.loadSettingsFrom(settings);
        }
    }

    /** Checks the choices and their combination; messages name the setting. */
    void check() throws InvalidSettingsException {
        choice(CHANNELS, CFG_CHANNELS, channels, CHANNEL_CHOICES);
        choice(PRESET, CFG_PRESET, preset, PRESETS);
        choice(MODE, CFG_MODE, mode, MODES);
        choice(GROUPING, CFG_GROUPING, grouping, GROUPINGS);
        if (fusion() && musicColumn() == null) {
            throw new InvalidSettingsException("Setting \"" + FUSION + "\" is on but no \"" + MUSIC_COLUMN
                + "\" is selected: select the music features column (e.g. music_features) or switch fusion off"
                + " to learn from EDA only");
        }
        toCore();
    }

    private static void choice(final String label, final String key, final SettingsModelString model,
        final List<String> choices) throws InvalidSettingsException {
        if (!choices.contains(model.getStringValue())) {
            throw new InvalidSettingsException("Setting \"" + label + "\" (" + key + ") must be one of " + choices
                + ", was \"" + model.getStringValue() + "\"");
        }
    }

    /** The network: the preset's architecture with the chosen channels, fusion and image size (default crop). */
    NetworkSettings network() {
        NetworkSettings base = PRESET_SMALL.equals(preset.getStringValue()) ? NetworkSettings.small()
            : NetworkSettings.paper();
        return base.withChannels(channels()).withFusion(fusion()).withImageSize(imageSize());
    }

    /** The schedule: the dialog's values; momentum and weight decay as in the preset. */
    TrainingSettings training() {
        TrainingSettings base = PRESET_SMALL.equals(preset.getStringValue()) ? TrainingSettings.small() : PAPER;
        return new TrainingSettings(epochs.getIntValue(), batchSize.getIntValue(), learningRate.getDoubleValue(),
            lrFactor.getDoubleValue(), lrStep.getIntValue(), base.momentum(), base.weightDecay(), seed(),
            threads.getIntValue());
    }

    /** Both core settings; a value the core refuses becomes an InvalidSettingsException with its message. */
    void toCore() throws InvalidSettingsException {
        try {
            network();
            training();
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }
}
