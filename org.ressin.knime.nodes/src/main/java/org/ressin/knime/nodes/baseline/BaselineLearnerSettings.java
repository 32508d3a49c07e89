package org.ressin.knime.nodes.baseline;

import java.util.List;
import java.util.Locale;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.ressin.knime.nodes.common.NodeSettingsGroup;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.ressin.core.baseline.RegressionMethod;
import org.ressin.core.baseline.SvmKernel;
import org.ressin.core.baseline.SvmSettings;
import org.ressin.core.eval.CrossValidation;
import org.ressin.core.eval.Grouping;

/**
 * The settings of the Emotion Baseline Learner: task and method, the columns of either task, the cross-validation
 * and the SVM. Owns the SettingsModels and turns them into the core's {@link SvmSettings}.
 */
public final class BaselineLearnerSettings implements NodeSettingsGroup {

    public static final String CFG_TASK = "task";
    public static final String CFG_METHOD = "method";
    public static final String CFG_LABEL_COLUMN = "labelColumn";
    public static final String CFG_MUSIC_COLUMN = "musicColumn";
    public static final String CFG_SIGNAL_COLUMN = "signalColumn";
    public static final String CFG_RATE_COLUMN = "rateColumn";
    public static final String CFG_RATING_COLUMN = "ratingColumn";
    public static final String CFG_SUBJECT_COLUMN = "subjectColumn";
    public static final String CFG_SONG_COLUMN = "songColumn";
    public static final String CFG_FOLDS = "folds";
    public static final String CFG_GROUPING = "grouping";
    public static final String CFG_SEED = "seed";
    public static final String CFG_SVM_C = "svmC";
    public static final String CFG_KERNEL = "kernel";

    public static final String TASK_CLASSIFICATION = "classification";
    public static final String TASK_REGRESSION = "regression";
    public static final List<String> TASKS = List.of(TASK_CLASSIFICATION, TASK_REGRESSION);

    public static final String METHOD_SVM = "SVM";
    public static final String METHOD_MLR = "MLR";
    public static final String METHOD_SVR = "SVR";
    public static final List<String> METHODS = List.of(METHOD_SVM, METHOD_MLR, METHOD_SVR);

    public static final String GROUP_SUBJECT = "subject";
    public static final String GROUP_RECORDING = "recording";
    public static final List<String> GROUPINGS = List.of(GROUP_SUBJECT, GROUP_RECORDING);

    public static final List<String> KERNELS = List.of("rbf", "linear");

    // dialog labels, also used in messages
    static final String TASK = "Task";
    static final String METHOD = "Method";
    static final String LABEL_COLUMN = "Label column (classification)";
    static final String MUSIC_COLUMN = "Music features column (classification)";
    static final String SIGNAL_COLUMN = "Signal column (regression)";
    static final String RATE_COLUMN = "Sampling rate column (regression)";
    static final String RATING_COLUMN = "Rating column (regression)";
    static final String SUBJECT_COLUMN = "Subject column";
    static final String SONG_COLUMN = "Song column";
    static final String FOLDS = "Folds";
    static final String GROUPING = "Keep together in one fold";
    static final String SEED = "Seed";
    static final String SVM_C = "SVM cost C";
    static final String KERNEL = "SVM kernel";

    static final int MAX_FOLDS = 1_000_000;
    static final double MAX_C = 1e9;

    private final SettingsModelString task = new SettingsModelString(CFG_TASK, TASK_CLASSIFICATION);
    private final SettingsModelString method = new SettingsModelString(CFG_METHOD, METHOD_SVM);
    private final SettingsModelString labelColumn = new SettingsModelString(CFG_LABEL_COLUMN, "valence_label");
    private final SettingsModelString musicColumn = new SettingsModelString(CFG_MUSIC_COLUMN, "music_features");
    private final SettingsModelString signalColumn = new SettingsModelString(CFG_SIGNAL_COLUMN, "eda");
    private final SettingsModelString rateColumn = new SettingsModelString(CFG_RATE_COLUMN, "sampling_rate");
    private final SettingsModelString ratingColumn = new SettingsModelString(CFG_RATING_COLUMN, "valence");
    private final SettingsModelString subjectColumn = new SettingsModelString(CFG_SUBJECT_COLUMN, "subjectId");
    private final SettingsModelString songColumn = new SettingsModelString(CFG_SONG_COLUMN, "musicId");
    private final SettingsModelIntegerBounded folds =
        new SettingsModelIntegerBounded(CFG_FOLDS, CrossValidation.DEFAULT_FOLDS, 2, MAX_FOLDS);
    private final SettingsModelString grouping = new SettingsModelString(CFG_GROUPING, GROUP_SUBJECT);
    private final SettingsModelInteger seed = new SettingsModelInteger(CFG_SEED, 42);
    private final SettingsModelDoubleBounded svmC = new SettingsModelDoubleBounded(CFG_SVM_C, 1.0, 0, MAX_C);
    private final SettingsModelString kernel = new SettingsModelString(CFG_KERNEL, "rbf");

    SettingsModelString taskModel() {
        return task;
    }

    SettingsModelString methodModel() {
        return method;
    }

    SettingsModelString labelColumnModel() {
        return labelColumn;
    }

    SettingsModelString musicColumnModel() {
        return musicColumn;
    }

    SettingsModelString signalColumnModel() {
        return signalColumn;
    }

    SettingsModelString rateColumnModel() {
        return rateColumn;
    }

    SettingsModelString ratingColumnModel() {
        return ratingColumn;
    }

    SettingsModelString subjectColumnModel() {
        return subjectColumn;
    }

    SettingsModelString songColumnModel() {
        return songColumn;
    }

    SettingsModelIntegerBounded foldsModel() {
        return folds;
    }

    SettingsModelString groupingModel() {
        return grouping;
    }

    SettingsModelInteger seedModel() {
        return seed;
    }

    SettingsModelDoubleBounded svmCModel() {
        return svmC;
    }

    SettingsModelString kernelModel() {
        return kernel;
    }

    boolean classification() {
        return !TASK_REGRESSION.equals(task.getStringValue());
    }

    /** The regression method (MLR or SVR); only meaningful for the regression task. */
    RegressionMethod regressionMethod() {
        return METHOD_SVR.equals(method.getStringValue()) ? RegressionMethod.SVR : RegressionMethod.MLR;
    }

    String labelColumn() {
        return labelColumn.getStringValue();
    }

    String musicColumn() {
        return musicColumn.getStringValue();
    }

    String signalColumn() {
        return signalColumn.getStringValue();
    }

    String rateColumn() {
        return rateColumn.getStringValue();
    }

    String ratingColumn() {
        return ratingColumn.getStringValue();
    }

    String subjectColumn() {
        return subjectColumn.getStringValue();
    }

    String songColumn() {
        return songColumn.getStringValue();
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

    /** libsvm's defaults with the dialog's kernel and C (SVM for classification, SVR for regression). */
    SvmSettings svm() {
        SvmKernel k = SvmKernel.valueOf(kernel.getStringValue().toUpperCase(Locale.ROOT));
        return SvmSettings.defaults().withKernel(k).withC(svmC.getDoubleValue());
    }

    private List<SettingsModel> models() {
        return List.of(task, method, labelColumn, musicColumn, signalColumn, rateColumn, ratingColumn, subjectColumn,
            songColumn, folds, grouping, seed, svmC, kernel);
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
        int k = settings.getInt(CFG_FOLDS);
        if (k < 2 || k > MAX_FOLDS) {
            throw new InvalidSettingsException(
                "Setting \"" + FOLDS + "\" (" + CFG_FOLDS + ") must be between 2 and " + MAX_FOLDS + ", was " + k);
        }
        double c = settings.getDouble(CFG_SVM_C);
        if (!(c > 0 && c <= MAX_C)) {
            throw new InvalidSettingsException(
                "Setting \"" + SVM_C + "\" (" + CFG_SVM_C + ") must be above 0 and at most " + MAX_C + ", was " + c);
        }
        BaselineLearnerSettings probe = new BaselineLearnerSettings();
        probe.loadValidatedSettingsFrom(settings);
        probe.check();
    }

    @Override
    public void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        for (SettingsModel m : models()) {
            m.loadSettingsFrom(settings);
        }
    }

    /** Checks the choices and their combination; messages name the setting. */
    void check() throws InvalidSettingsException {
        choice(TASK, CFG_TASK, task, TASKS);
        choice(METHOD, CFG_METHOD, method, METHODS);
        choice(GROUPING, CFG_GROUPING, grouping, GROUPINGS);
        choice(KERNEL, CFG_KERNEL, kernel, KERNELS);
        String m = method.getStringValue();
        if (classification() && !METHOD_SVM.equals(m)) {
            throw new InvalidSettingsException("Setting \"" + METHOD + "\" is " + m + ", but the classification"
                + " task (music-only baseline) uses SVM: choose SVM, or switch \"" + TASK + "\" to regression");
        }
        if (!classification() && METHOD_SVM.equals(m)) {
            throw new InvalidSettingsException("Setting \"" + METHOD + "\" is SVM, but the regression task uses MLR"
                + " or SVR: choose one of them, or switch \"" + TASK + "\" to classification");
        }
        try {
            svm();
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Setting \"" + SVM_C + "\": " + e.getMessage(), e);
        }
    }

    private static void choice(final String label, final String key, final SettingsModelString model,
        final List<String> choices) throws InvalidSettingsException {
        if (!choices.contains(model.getStringValue())) {
            throw new InvalidSettingsException("Setting \"" + label + "\" (" + key + ") must be one of " + choices
                + ", was \"" + model.getStringValue() + "\"");
        }
    }
}
