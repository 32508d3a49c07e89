package org.ressin.knime.nodes.model;

import java.util.List;
import java.util.Locale;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.AbstractSimplePortObjectSpec;
import org.ressin.core.net.ChannelSelection;

/**
 * What a Res-SIN model expects of its input, known at configure time: the target it predicts, the channels and
 * side of the signal images, whether it fuses music features and how many (with their names), and the columns it
 * was trained on. A music dimension of -1 means "not known before the learner runs".
 */
public final class ResSinModelPortObjectSpec extends AbstractSimplePortObjectSpec {

    private static final String TARGET = "target";
    private static final String CHANNELS = "channels";
    private static final String IMAGE_SIZE = "imageSize";
    private static final String CROP_SIZE = "cropSize";
    private static final String FUSION = "fusion";
    private static final String MUSIC_DIMENSION = "musicDimension";
    private static final String FEATURE_NAMES = "musicFeatureNames";
    private static final String IMAGE_COLUMN = "imageColumn";
    private static final String MUSIC_COLUMN = "musicColumn";
    private static final String EDA_DIMENSION = "edaFeatureDimension";
    private static final String TRAINING_EXAMPLES = "trainingExamples";

    private String target;
    private ChannelSelection channels;
    private int imageSize;
    private int cropSize;
    private boolean fusion;
    private int musicDimension;
    private List<String> featureNames;
    private String imageColumn;
    private String musicColumn;
    private int edaDimension;
    private int trainingExamples;

    /** Framework constructor; the content is filled by {@link #load}. */
    public ResSinModelPortObjectSpec() {
        featureNames = List.of();
    }

    /**
     * @param target the label column the model predicts, e.g. {@code valence_label}
     * @param channels the channels the network reads
     * @param imageSize the side S of the signal images
     * @param cropSize the side of the centred crop the network sees
     * @param fusion whether music features are fused
     * @param musicDimension the length of the music vector (0 without fusion, -1 if not yet known)
     * @param featureNames the music feature names (empty if unknown or without fusion)
     * @param imageColumn the image column the learner read
     * @param musicColumn the music features column the learner read, or null without fusion
     * @param edaDimension the length of the pooled EDA feature vector
     * @param trainingExamples the number of training examples (-1 if not yet known)
     */
    public ResSinModelPortObjectSpec(final String target, final ChannelSelection channels, final int imageSize,
        final int cropSize, final boolean fusion, final int musicDimension, final List<String> featureNames,
        final String imageColumn, final String musicColumn, final int edaDimension, final int trainingExamples) {
        this.target = target;
        this.channels = channels;
        this.imageSize = imageSize;
        this.cropSize = cropSize;
        this.fusion = fusion;
        this.musicDimension = musicDimension;
        this.featureNames = List.copyOf(featureNames);
        this.imageColumn = imageColumn;
        this.musicColumn = musicColumn;
        this.edaDimension = edaDimension;
        this.trainingExamples = trainingExamples;
    }

    public String target() {
        return target;
    }

    public ChannelSelection channels() {
        return channels;
    }

    public int imageSize() {
        return imageSize;
    }

    public int cropSize() {
        return cropSize;
    }

    public boolean fusion() {
        return fusion;
    }

    /** The music vector length: 0 without fusion, -1 when not known yet. */
    public int musicDimension() {
        return musicDimension;
    }

    public List<String> featureNames() {
        return featureNames;
    }

    public String imageColumn() {
        return imageColumn;
    }

    /** The music column the learner read, or null without fusion. */
    public String musicColumn() {
        return musicColumn;
    }

    public int edaDimension() {
        return edaDimension;
    }

    /** The number of training examples, -1 when not known yet. */
    public int trainingExamples() {
        return trainingExamples;
    }

    /** The channel selection's name as the learner's dialog shows it. */
    public static String channelName(final ChannelSelection c) {
        return c.name().toLowerCase(Locale.ROOT);
    }

    /** One line: what the model predicts from what. */
    public String describe() {
        String music = !fusion ? "EDA only"
            : "EDA fused with " + (musicDimension < 0 ? "the" : Integer.toString(musicDimension)) + " music features";
        String examples = trainingExamples < 0 ? "" : ", trained on " + trainingExamples + " recordings";
        return "Res-SIN model for " + target + ": " + channelName(channels) + " signal images of " + imageSize + " x "
            + imageSize + " px, " + music + examples;
    }

    @Override
    protected void save(final ModelContentWO model) {
        model.addString(TARGET, target);
        model.addString(CHANNELS, channels.name());
        model.addInt(IMAGE_SIZE, imageSize);
        model.addInt(CROP_SIZE, cropSize);
        model.addBoolean(FUSION, fusion);
        model.addInt(MUSIC_DIMENSION, musicDimension);
        model.addStringArray(FEATURE_NAMES, featureNames.toArray(String[]::new));
        model.addString(IMAGE_COLUMN, imageColumn);
        model.addString(MUSIC_COLUMN, musicColumn);
        model.addInt(EDA_DIMENSION, edaDimension);
        model.addInt(TRAINING_EXAMPLES, trainingExamples);
    }

    @Override
    protected void load(final ModelContentRO model) throws InvalidSettingsException {
        target = model.getString(TARGET);
        try {
            channels = ChannelSelection.valueOf(model.getString(CHANNELS));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidSettingsException("Unknown channel selection \"" + model.getString(CHANNELS) + "\"", e);
        }
        imageSize = model.getInt(IMAGE_SIZE);
        cropSize = model.getInt(CROP_SIZE);
        fusion = model.getBoolean(FUSION);
        musicDimension = model.getInt(MUSIC_DIMENSION);
        String[] names = model.getStringArray(FEATURE_NAMES);
        featureNames = names == null ? List.of() : List.of(names);
        imageColumn = model.getString(IMAGE_COLUMN);
        musicColumn = model.getString(MUSIC_COLUMN);
        edaDimension = model.getInt(EDA_DIMENSION);
        trainingExamples = model.getInt(TRAINING_EXAMPLES);
    }

    @Override
    public String toString() {
        return describe();
    }

    /** Public nested serializer, found by KNIME through plugin.xml (and by the stand-in by reflection). */
    public static final class Serializer extends AbstractSimplePortObjectSpecSerializer<ResSinModelPortObjectSpec> {
    }
}
