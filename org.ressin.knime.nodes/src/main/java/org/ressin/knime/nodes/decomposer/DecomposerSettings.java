package org.ressin.knime.nodes.decomposer;

import java.util.Arrays;
import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.ressin.knime.nodes.common.NodeSettingsGroup;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDouble;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.ressin.core.cvxeda.BaselineCorrection;
import org.ressin.core.cvxeda.CvxEdaParameters;
import org.ressin.core.cvxeda.CvxEdaVersion;
import org.ressin.core.cvxeda.GapFiller;

/**
 * The settings of the cvxEDA Decomposer: owns its SettingsModels (shared by node model and dialog) and turns them
 * into the core's {@link CvxEdaParameters} and {@link GapFiller}.
 *
 * <p>The model parameters are stored under the names the core uses in its messages ({@code tau0},
 * {@code knotSpacingSeconds}, ...), so an error from the core names the setting as it is stored.
 */
public final class DecomposerSettings implements NodeSettingsGroup {

    public static final String KEY_SIGNAL_COLUMN = "signalColumn";
    public static final String KEY_USE_RATE_COLUMN = "useRateColumn";
    public static final String KEY_RATE_COLUMN = "rateColumn";
    public static final String KEY_SAMPLING_RATE = "samplingRate";
    public static final String KEY_TAU0 = "tau0";
    public static final String KEY_TAU1 = "tau1";
    public static final String KEY_KNOT_SPACING = "knotSpacingSeconds";
    public static final String KEY_ALPHA = "alpha";
    public static final String KEY_GAMMA = "gamma";
    public static final String KEY_BASELINE = "baseline";
    public static final String KEY_VERSION = "version";
    public static final String KEY_MAX_GAP = "maxGapSeconds";
    public static final String KEY_SKIP_FAILED_ROWS = "skipFailedRows";

    public static final String DEFAULT_SIGNAL_COLUMN = "eda";
    public static final String DEFAULT_RATE_COLUMN = "sampling_rate";
    /** PMEmo's rate; used only when the rate does not come from a column. */
    public static final double DEFAULT_SAMPLING_RATE = 50.0;

    /** The choices offered for the baseline and the version: the core's enum names. */
    public static final List<String> BASELINE_CHOICES =
            Arrays.stream(BaselineCorrection.values()).map(Enum::name).toList();
    public static final List<String> VERSION_CHOICES = Arrays.stream(CvxEdaVersion.values()).map(Enum::name).toList();

    private static final CvxEdaParameters DEFAULTS = CvxEdaParameters.defaults();

    private final SettingsModelString signalColumn = new SettingsModelString(KEY_SIGNAL_COLUMN, DEFAULT_SIGNAL_COLUMN);
    private final SettingsModelBoolean useRateColumn = new SettingsModelBoolean(KEY_USE_RATE_COLUMN, true);
    private final SettingsModelString rateColumn = new SettingsModelString(KEY_RATE_COLUMN, DEFAULT_RATE_COLUMN);
    private final SettingsModelDouble samplingRate = new SettingsModelDouble(KEY_SAMPLING_RATE, DEFAULT_SAMPLING_RATE);
    private final SettingsModelDouble tau0 = new SettingsModelDouble(KEY_TAU0, DEFAULTS.tau0());
    private final SettingsModelDouble tau1 = new SettingsModelDouble(KEY_TAU1, DEFAULTS.tau1());
    private final SettingsModelDouble knotSpacing = new SettingsModelDouble(KEY_KNOT_SPACING,
            DEFAULTS.knotSpacingSeconds());
    private final SettingsModelDouble alpha = new SettingsModelDouble(KEY_ALPHA, DEFAULTS.alpha());
    private final SettingsModelDouble gamma = new SettingsModelDouble(KEY_GAMMA, DEFAULTS.gamma());
    private final SettingsModelString baseline = new SettingsModelString(KEY_BASELINE, DEFAULTS.baseline().name());
    private final SettingsModelString version = new SettingsModelString(KEY_VERSION, DEFAULTS.version().name());
    private final SettingsModelDouble maxGapSeconds = new SettingsModelDouble(KEY_MAX_GAP,
            GapFiller.DEFAULT_MAX_GAP_SECONDS);
    private final SettingsModelBoolean skipFailedRows = new SettingsModelBoolean(KEY_SKIP_FAILED_ROWS, false);

    private final List<SettingsModel> all = List.of(signalColumn, useRateColumn, rateColumn, samplingRate, tau0,
            tau1, knotSpacing, alpha, gamma, baseline, version, maxGapSeconds, skipFailedRows);

    public DecomposerSettings() {
        // the rate comes either from the column or from the fixed setting: only one of them is editable
        useRateColumn.addChangeListener(e -> updateEnabledStates());
        updateEnabledStates();
    }

    private void updateEnabledStates() {
        rateColumn.setEnabled(useRateColumn.getBooleanValue());
        samplingRate.setEnabled(!useRateColumn.getBooleanValue());
    }

    public SettingsModelString signalColumn() { return signalColumn; }

    public SettingsModelBoolean useRateColumn() { return useRateColumn; }

    public SettingsModelString rateColumn() { return rateColumn; }

    public SettingsModelDouble samplingRate() { return samplingRate; }

    public SettingsModelDouble tau0() { return tau0; }

    public SettingsModelDouble tau1() { return tau1; }

    public SettingsModelDouble knotSpacing() { return knotSpacing; }

    public SettingsModelDouble alpha() { return alpha; }

    public SettingsModelDouble gamma() { return gamma; }

    public SettingsModelString baseline() { return baseline; }

    public SettingsModelString version() { return version; }

    public SettingsModelDouble maxGapSeconds() { return maxGapSeconds; }

    public SettingsModelBoolean skipFailedRows() { return skipFailedRows; }

    @Override
    public void saveSettingsTo(NodeSettingsWO settings) {
        for (SettingsModel model : all) {
            model.saveSettingsTo(settings);
        }
    }

    /** Checks that {@code settings} are complete and consistent without changing this instance. */
    @Override
    public void validateSettings(NodeSettingsRO settings) throws InvalidSettingsException {
        for (SettingsModel model : all) {
            model.validateSettings(settings);
        }
        DecomposerSettings candidate = new DecomposerSettings();
        candidate.loadValidatedSettingsFrom(settings);
        candidate.resolve();
    }

    @Override
    public void loadValidatedSettingsFrom(NodeSettingsRO settings) throws InvalidSettingsException {
        for (SettingsModel model : all) {
            model.loadSettingsFrom(settings);
        }
    }

    /**
     * What one execution needs, resolved from the current values.
     *
     * @param signalColumn   the list column holding each recording's samples
     * @param rateColumn     the column holding each recording's sampling rate, or {@code null} for {@code fixedRate}
     * @param fixedRate      the sampling rate (Hz) of every recording when there is no rate column
     * @param parameters     the cvxEDA model
     * @param gapFiller      fills short runs of missing values before decomposing
     * @param skipFailedRows give rows that cannot be decomposed missing cells (with a warning) instead of failing
     */
    public record Resolved(String signalColumn, String rateColumn, double fixedRate, CvxEdaParameters parameters,
                           GapFiller gapFiller, boolean skipFailedRows) {
    }

    /** The current values, checked; every message names the setting. Does not look at the input table. */
    public Resolved resolve() throws InvalidSettingsException {
        CvxEdaParameters parameters = toParameters();
        GapFiller gapFiller = toGapFiller();
        String signal = signalColumn.getStringValue();
        if (signal == null || signal.isEmpty()) {
            throw new InvalidSettingsException("No signal column selected (setting " + KEY_SIGNAL_COLUMN + ")");
        }
        String rate = null;
        double fixed = samplingRate.getDoubleValue();
        if (useRateColumn.getBooleanValue()) {
            rate = rateColumn.getStringValue();
            if (rate == null || rate.isEmpty()) {
                throw new InvalidSettingsException("No sampling-rate column selected (setting " + KEY_RATE_COLUMN
                        + "); select one or switch off " + KEY_USE_RATE_COLUMN + " to use a fixed rate");
            }
        } else if (!(fixed > 0) || Double.isInfinite(fixed)) {
            throw new InvalidSettingsException("Setting " + KEY_SAMPLING_RATE
                    + " (fixed sampling rate, Hz) must be positive and finite, was " + fixed);
        }
        return new Resolved(signal, rate, fixed, parameters, gapFiller, skipFailedRows.getBooleanValue());
    }

    /** The cvxEDA model parameters; the core's validation names the offending setting. */
    public CvxEdaParameters toParameters() throws InvalidSettingsException {
        BaselineCorrection baselineValue = parseEnum(BaselineCorrection.class, KEY_BASELINE, baseline);
        CvxEdaVersion versionValue = parseEnum(CvxEdaVersion.class, KEY_VERSION, version);
        try {
            return new CvxEdaParameters(tau0.getDoubleValue(), tau1.getDoubleValue(), knotSpacing.getDoubleValue(),
                    alpha.getDoubleValue(), gamma.getDoubleValue(), baselineValue, versionValue);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Invalid cvxEDA setting: " + e.getMessage(), e);
        }
    }

    /** The filler of short gaps (runs of missing values) applied before each decomposition. */
    public GapFiller toGapFiller() throws InvalidSettingsException {
        try {
            return new GapFiller(maxGapSeconds.getDoubleValue());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Invalid setting " + KEY_MAX_GAP + ": " + e.getMessage(), e);
        }
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String key, SettingsModelString model)
            throws InvalidSettingsException {
        String value = model.getStringValue();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw new InvalidSettingsException("Setting " + key + " has the unknown value \"" + value + "\"; expected one of "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }
}
