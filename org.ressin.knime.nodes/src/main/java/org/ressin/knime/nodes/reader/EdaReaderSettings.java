package org.ressin.knime.nodes.reader;

import java.nio.file.Path;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.ressin.knime.nodes.common.NodeSettingsGroup;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.ressin.core.pmemo.PmemoDataset;
import org.ressin.core.pmemo.PmemoReadOptions;
import org.ressin.knime.nodes.common.LocalPaths;

/**
 * The settings of the EDA Reader: which folder, how much of each recording's start to discard, the sampling rate
 * of files without a time column, and what to do with recordings too short after the discard. Owns the
 * SettingsModels (the dialog uses its own instance) and turns them into the core's read options.
 */
public final class EdaReaderSettings implements NodeSettingsGroup {

    /** Key of the PMEmo folder: a path or URL, e.g. {@code knime://knime.workflow/../data/pmemo-mini}. */
    public static final String CFG_FOLDER = "folder";

    /** Key of the seconds discarded at the start of every recording. */
    public static final String CFG_DISCARD_SECONDS = "discard_seconds";

    /** Key of the sampling rate used when an EDA file's first column is a row index. */
    public static final String CFG_DEFAULT_SAMPLING_RATE = "default_sampling_rate";

    /** Key of "fail on recordings too short after the discard" (else they are skipped with a warning). */
    public static final String CFG_FAIL_ON_SHORT = "fail_on_short_recordings";

    /** Names of the settings as the dialog shows them, for messages. */
    static final String LABEL_FOLDER = "PMEmo folder";

    static final String LABEL_DISCARD = "Seconds discarded at the start";

    static final String LABEL_RATE = "Sampling rate of files without time column (Hz)";

    static final String LABEL_FAIL_ON_SHORT = "Fail on recordings too short after the discard (else skip them)";

    /** The method discards the first 15 s of every recording. */
    static final double DEFAULT_DISCARD_SECONDS = PmemoDataset.DISCARDED_SECONDS;

    /** An hour is far beyond any song clip; a bound keeps typos from discarding everything silently. */
    static final double MAX_DISCARD_SECONDS = 3600;

    static final double MIN_SAMPLING_RATE = 0.01;

    static final double MAX_SAMPLING_RATE = 100_000;

    private final SettingsModelString m_folder = new SettingsModelString(CFG_FOLDER, "");

    private final SettingsModelDoubleBounded m_discardSeconds =
        new SettingsModelDoubleBounded(CFG_DISCARD_SECONDS, DEFAULT_DISCARD_SECONDS, 0, MAX_DISCARD_SECONDS);

    private final SettingsModelDoubleBounded m_defaultSamplingRate = new SettingsModelDoubleBounded(
        CFG_DEFAULT_SAMPLING_RATE, PmemoReadOptions.PMEMO_SAMPLING_RATE, MIN_SAMPLING_RATE, MAX_SAMPLING_RATE);

    private final SettingsModelBoolean m_failOnShort = new SettingsModelBoolean(CFG_FAIL_ON_SHORT, false);

    SettingsModelString folderModel() {
        return m_folder;
    }

    SettingsModelDoubleBounded discardSecondsModel() {
        return m_discardSeconds;
    }

    SettingsModelDoubleBounded defaultSamplingRateModel() {
        return m_defaultSamplingRate;
    }

    SettingsModelBoolean failOnShortModel() {
        return m_failOnShort;
    }

    /** @return the folder setting as entered (path or URL) */
    public String folder() {
        return m_folder.getStringValue();
    }

    /**
     * @return the folder as a local path (a knime:// URL resolved against the workflow)
     * @throws InvalidSettingsException naming the setting when it is empty or not a local path
     */
    public Path resolveFolder() throws InvalidSettingsException {
        return LocalPaths.resolve(folder(), LABEL_FOLDER);
    }

    /** @return seconds discarded at the start of every recording (0 keeps everything) */
    public double discardSeconds() {
        return m_discardSeconds.getDoubleValue();
    }

    /** @return whether a recording too short after the discard fails the node (else it is skipped) */
    public boolean failOnShortRecordings() {
        return m_failOnShort.getBooleanValue();
    }

    /** @return how the core reads the folder */
    public PmemoReadOptions readOptions() {
        return PmemoReadOptions.defaults().withDefaultSamplingRate(m_defaultSamplingRate.getDoubleValue());
    }

    @Override
    public void saveSettingsTo(final NodeSettingsWO settings) {
        m_folder.saveSettingsTo(settings);
        m_discardSeconds.saveSettingsTo(settings);
        m_defaultSamplingRate.saveSettingsTo(settings);
        m_failOnShort.saveSettingsTo(settings);
    }

    @Override
    public void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        m_folder.validateSettings(settings);
        m_discardSeconds.validateSettings(settings);
        m_defaultSamplingRate.validateSettings(settings);
        m_failOnShort.validateSettings(settings);
    }

    @Override
    public void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        m_folder.loadSettingsFrom(settings);
        m_discardSeconds.loadSettingsFrom(settings);
        m_defaultSamplingRate.loadSettingsFrom(settings);
        m_failOnShort.loadSettingsFrom(settings);
    }
}
