package org.ressin.knime.nodes.joiner;

import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.ressin.knime.nodes.common.NodeSettingsGroup;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.ressin.knime.nodes.imager.SignalImageColumn;

/**
 * The settings of the Fusion Joiner: the key columns of the three inputs, the image column, and what happens to
 * recordings without labels or music features.
 */
public final class FusionJoinerSettings implements NodeSettingsGroup {

    public static final String CFG_RECORDING_SUBJECT = "recordingSubjectColumn";
    public static final String CFG_RECORDING_MUSIC = "recordingMusicColumn";
    public static final String CFG_IMAGE = "imageColumn";
    public static final String CFG_FEATURE_MUSIC = "featureMusicColumn";
    public static final String CFG_LABEL_SUBJECT = "labelSubjectColumn";
    public static final String CFG_LABEL_MUSIC = "labelMusicColumn";
    public static final String CFG_UNMATCHED = "unmatchedRecordings";

    /** Unmatched recordings stay, with missing label or feature cells. */
    public static final String KEEP = "keep";
    /** Unmatched recordings are left out of the joined table (still counted and listed). */
    public static final String REMOVE = "remove";
    public static final List<String> UNMATCHED_CHOICES = List.of(KEEP, REMOVE);

    static final String RECORDING_SUBJECT = "Recordings: subject column";
    static final String RECORDING_MUSIC = "Recordings: song column";
    static final String IMAGE = "Recordings: signal image column";
    static final String FEATURE_MUSIC = "Music features: song column";
    static final String LABEL_SUBJECT = "Labels: subject column";
    static final String LABEL_MUSIC = "Labels: song column";
    static final String UNMATCHED = "Unmatched recordings";

    private final SettingsModelString recordingSubject = new SettingsModelString(CFG_RECORDING_SUBJECT, "subjectId");
    private final SettingsModelString recordingMusic = new SettingsModelString(CFG_RECORDING_MUSIC, "musicId");
    private final SettingsModelString image = new SettingsModelString(CFG_IMAGE, SignalImageColumn.NAME);
    private final SettingsModelString featureMusic = new SettingsModelString(CFG_FEATURE_MUSIC, "musicId");
    private final SettingsModelString labelSubject = new SettingsModelString(CFG_LABEL_SUBJECT, "subjectId");
    private final SettingsModelString labelMusic = new SettingsModelString(CFG_LABEL_MUSIC, "musicId");
    private final SettingsModelString unmatched = new SettingsModelString(CFG_UNMATCHED, KEEP);

    SettingsModelString recordingSubjectModel() {
        return recordingSubject;
    }

    SettingsModelString recordingMusicModel() {
        return recordingMusic;
    }

    SettingsModelString imageModel() {
        return image;
    }

    SettingsModelString featureMusicModel() {
        return featureMusic;
    }

    SettingsModelString labelSubjectModel() {
        return labelSubject;
    }

    SettingsModelString labelMusicModel() {
        return labelMusic;
    }

    SettingsModelString unmatchedModel() {
        return unmatched;
    }

    String recordingSubject() {
        return recordingSubject.getStringValue();
    }

    String recordingMusic() {
        return recordingMusic.getStringValue();
    }

    String image() {
        return image.getStringValue();
    }

    String featureMusic() {
        return featureMusic.getStringValue();
    }

    String labelSubject() {
        return labelSubject.getStringValue();
    }

    String labelMusic() {
        return labelMusic.getStringValue();
    }

    /** Whether unmatched recordings are removed from the joined table. */
    boolean removeUnmatched() {
        return REMOVE.equals(unmatched.getStringValue());
    }

    private List<SettingsModel> models() {
        return List.of(recordingSubject, recordingMusic, image, featureMusic, labelSubject, labelMusic, unmatched);
    }

    @Override
    public void saveSettingsTo(final NodeSettingsWO settings) {
        models().forEach(m -> m.saveSettingsTo(settings));
    }

    /** Checks {@code settings} without changing this instance. */
    @Override
    public void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        validate(settings);
    }

    static void validate(final NodeSettingsRO settings) throws InvalidSettingsException {
        FusionJoinerSettings probe = new FusionJoinerSettings();
        probe.loadValidatedSettingsFrom(settings);
        probe.check();
    }

    @Override
    public void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        for (SettingsModel m : models()) {
            m.loadSettingsFrom(settings);
        }
    }

    /** Checks what the models cannot: the choice of what to do with unmatched recordings. */
    void check() throws InvalidSettingsException {
        if (!UNMATCHED_CHOICES.contains(unmatched.getStringValue())) {
            throw new InvalidSettingsException("Setting \"" + UNMATCHED + "\" (" + CFG_UNMATCHED + ") must be one of "
                + UNMATCHED_CHOICES + ", was \"" + unmatched.getStringValue() + "\"");
        }
    }
}
