package org.ressin.knime.nodes.decomposer;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentNumberEdit;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.util.ColumnFilter;

/** Dialog of the cvxEDA Decomposer: one component per setting of {@link DecomposerSettings}. */
final class DecomposerNodeDialog extends DefaultNodeSettingsPane {

    @SuppressWarnings("unchecked")
    DecomposerNodeDialog() {
        DecomposerSettings s = new DecomposerSettings();

        createNewGroup("Input");
        addDialogComponent(new DialogComponentColumnNameSelection(s.signalColumn(), "Signal column (list of numbers)",
                0, new ColumnFilter() {
                    @Override
                    public boolean includeColumn(DataColumnSpec colSpec) {
                        return SignalCells.isSignalColumn(colSpec);
                    }

                    @Override
                    public String allFilteredMsg() {
                        return "The input has no list-of-numbers column to decompose (e.g. \"eda\" from the EDA Reader)";
                    }
                }));
        addDialogComponent(new DialogComponentBoolean(s.useRateColumn(), "Take the sampling rate from a column"));
        addDialogComponent(new DialogComponentColumnNameSelection(s.rateColumn(), "Sampling-rate column (Hz)", 0,
                false, DoubleValue.class));
        addDialogComponent(new DialogComponentNumber(s.samplingRate(), "Fixed sampling rate (Hz)", 1.0));
        closeCurrentGroup();

        createNewGroup("cvxEDA model (defaults: Greco et al. 2016)");
        addDialogComponent(new DialogComponentNumber(s.tau0(), "tau0: slow recovery time constant (s)", 0.1));
        addDialogComponent(new DialogComponentNumber(s.tau1(), "tau1: fast rise time constant (s)", 0.1));
        addDialogComponent(new DialogComponentNumber(s.knotSpacing(), "Tonic spline knot spacing (s)", 1.0));
        addDialogComponent(new DialogComponentNumberEdit(s.alpha(), "alpha: driver sparsity penalty", 10));
        addDialogComponent(new DialogComponentNumberEdit(s.gamma(), "gamma: tonic smoothness penalty", 10));
        addDialogComponent(new DialogComponentStringSelection(s.baseline(), "Baseline correction",
                DecomposerSettings.BASELINE_CHOICES));
        addDialogComponent(new DialogComponentStringSelection(s.version(), "cvxEDA version",
                DecomposerSettings.VERSION_CHOICES));
        closeCurrentGroup();

        createNewGroup("Missing values and failures");
        addDialogComponent(new DialogComponentNumber(s.maxGapSeconds(),
                "Fill gaps of missing values up to (s; 0 = fill none)", 0.5));
        addDialogComponent(new DialogComponentBoolean(s.skipFailedRows(),
                "Skip rows that cannot be decomposed (missing cells and a warning) instead of failing"));
        closeCurrentGroup();
    }
}
