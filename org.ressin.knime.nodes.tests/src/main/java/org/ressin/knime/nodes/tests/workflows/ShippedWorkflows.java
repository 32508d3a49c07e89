package org.ressin.knime.nodes.tests.workflows;

import java.util.List;

import org.ressin.knime.nodes.baseline.BaselineLearnerNodeFactory;
import org.ressin.knime.nodes.baseline.BaselineLearnerSettings;
import org.ressin.knime.nodes.decomposer.DecomposerNodeFactory;
import org.ressin.knime.nodes.imager.SignalImagerNodeFactory;
import org.ressin.knime.nodes.imager.SignalImagerSettings;
import org.ressin.knime.nodes.joiner.FusionJoinerNodeFactory;
import org.ressin.knime.nodes.labeler.PersonalThresholdLabelerNodeFactory;
import org.ressin.knime.nodes.learner.ResSinLearnerNodeFactory;
import org.ressin.knime.nodes.learner.ResSinLearnerSettings;
import org.ressin.knime.nodes.predictor.ResSinPredictorNodeFactory;
import org.ressin.knime.nodes.reader.EdaReaderNodeFactory;
import org.ressin.knime.nodes.reader.EdaReaderSettings;

/**
 * The example workflows shipped in {@code workflows/}, defined in code and written by {@link WorkflowWriter}
 * (see workflows/README.md for how to regenerate them). To add a workflow, add a method building it and list it in
 * {@link #all()}.
 */
public final class ShippedWorkflows {

    /** The bundled synthetic dataset, relative to any workflow folder in workflows/. */
    public static final String MINI_DATA = "knime://knime.workflow/../data/pmemo-mini";

    /** Where workflow annotations start; nodes go below them. */
    static final int NODE_ROW_Y = 380;

    private ShippedWorkflows() {
    }

    /** @return every shipped workflow */
    public static List<WorkflowWriter> all() {
        return List.of(readPmemo(), quickStart(), featureFusion(), edaRegression(), signalComponents());
    }

    /** 01-Read-and-Decompose: the EDA Reader on the bundled data, then the cvxEDA Decomposer. */
    static WorkflowWriter readPmemo() {
        WorkflowWriter w = new WorkflowWriter("01-Read-and-Decompose");
        w.description("Reads a PMEmo-format dataset (electrodermal activity recordings of people listening to"
            + " songs, their valence and arousal ratings and music features) into three KNIME tables with the"
            + " Res-SIN EDA Reader, then splits every recording into phasic, tonic and noise with the cvxEDA"
            + " Decomposer. Runs on the small synthetic dataset in ../data/pmemo-mini; point the reader at"
            + " your own PMEmo copy to read the real data.");
        w.annotation(String.join("\n",
            "Read PMEmo and decompose the skin conductance",
            "",
            "The EDA Reader opens a folder in the PMEmo layout and gives three tables:",
            "  1. Recordings: one row per listener and song, with the skin-conductance (EDA) signal as a list,",
            "     after the first 15 seconds of each recording were removed (as in the Res-SIN method).",
            "  2. Ratings: how each listener rated each song (valence = pleasant or not, arousal = calm or excited).",
            "  3. Music features: numbers describing each song.",
            "",
            "The cvxEDA Decomposer splits every recording into a fast part (phasic: the responses, and the",
            "driver that causes them), a slow part (tonic: the general level) and noise, with the settings of",
            "cvxEDA's authors (double-click it to change them). It appends these as list columns plus the",
            "solver's objective and status; a recording it cannot decompose fails the node with its row named,",
            "or is skipped with a warning if you tick that option.",
            "",
            "Run it: select the cvxEDA Decomposer and click Execute (F7). With a node selected, its tables",
            "show below the workflow (classic user interface: right-click the node and pick a table at the end",
            "of the menu).",
            "",
            "It reads the small synthetic dataset shipped next to this workflow (data/pmemo-mini, made by",
            "'ressin synth'). To read your own copy of PMEmo: download and unpack PMEmo2019, double-click the",
            "EDA Reader and choose the unpacked folder (the one that holds the EDA and annotations folders)",
            "under 'PMEmo folder'. Then execute again.",
            "",
            "If the reader says the folder is not found, the data folder is not next to this workflow (a .knwf",
            "file holds the workflow only): copy the 'data' folder of the Res-SIN workflows next to it, or",
            "choose your own PMEmo copy as above."), 20, 20, 700, 470);
        WorkflowWriter.Node reader = w.addNode(new EdaReaderNodeFactory(), 220, NODE_ROW_Y + 140)
            .set(EdaReaderSettings.CFG_FOLDER, MINI_DATA)
            .label("Read the PMEmo folder");
        WorkflowWriter.Node cvx = w.addNode(new DecomposerNodeFactory(), 440, NODE_ROW_Y + 140)
            .label("Phasic, tonic and noise");
        w.connect(reader, 0, cvx, 0);
        return w;
    }

    /** 02-Quick-Start: the whole Res-SIN chain, from a PMEmo folder to a cross-validated model and predictions. */
    static WorkflowWriter quickStart() {
        WorkflowWriter w = new WorkflowWriter("02-Quick-Start");
        w.description("The Res-SIN method step by step on the small synthetic dataset in ../data/pmemo-mini: read"
            + " the recordings, split each into phasic, tonic and noise with cvxEDA, turn each recording into a"
            + " signal image, label every rating high or low with the listener's own threshold, join images, music"
            + " features and labels, cross-validate and train the Res-SIN network, and predict.");
        w.annotation(String.join("\n",
            "Res-SIN quick start",
            "",
            "1. EDA Reader: the recordings (first 15 s removed), the ratings and the music features.",
            "2. cvxEDA Decomposer: splits each skin-conductance signal into a fast part (phasic: responses to",
            "   the music), a slow part (tonic: the general level) and noise. The authors' settings are the defaults.",
            "3. Signal Imager: draws each recording as a small picture whose red, green and blue channels are the",
            "   phasic, tonic and original signal, one row per second. Open its output table to look at them",
            "   (column signal_image_png). Here the pictures are 32 x 32 pixels so everything runs in seconds;",
            "   the paper uses 224 x 224 (double-click the node to change it).",
            "4. Personal Threshold Labeler: for every listener, splits his or her ratings into high and low at",
            "   that listener's own threshold (valence_label and arousal_label: 1 = high, 0 = low).",
            "5. Fusion Joiner: puts each recording's image, its song's music features and its labels in one row;",
            "   rows that do not match are listed in its second output, never dropped silently.",
            "6. Res-SIN Learner: 3-fold cross-validation (listeners kept together, so every test listener is new),",
            "   then one model on all rows. Its outputs: the model, the loss per training step, the scores per fold.",
            "   Here the small network trains for a few epochs; choose the paper preset and 224 px for real data.",
            "7. Res-SIN Predictor: high/low valence with its probability for every recording.",
            "",
            "Execute all: select the last nodes and press Shift+F7 (or the double-arrow button).",
            "To use your own PMEmo copy, double-click the EDA Reader and choose the unpacked PMEmo2019 folder."),
            20, 20, 760, 330);
        WorkflowWriter.Node joiner = trainingTable(w);
        WorkflowWriter.Node learner = quickLearner(w, 920, NODE_ROW_Y, true)
            .label("Cross-validate and train");
        WorkflowWriter.Node predictor = w.addNode(new ResSinPredictorNodeFactory(), 1120, NODE_ROW_Y + 40)
            .label("Predict high/low valence");
        w.connect(joiner, 0, learner, 0);
        w.connect(learner, 0, predictor, 0);
        w.connect(joiner, 0, predictor, 1);
        return w;
    }

    /**
     * The Fusion Joiner's training table from the bundled data: Reader -> Decomposer -> Imager (32 px); Labeler on
     * the ratings; Joiner (images, music features, labels). Shared by the workflows that learn from it.
     *
     * @return the joiner, whose first output is the training table
     */
    private static WorkflowWriter.Node trainingTable(final WorkflowWriter w) {
        WorkflowWriter.Node reader = w.addNode(new EdaReaderNodeFactory(), 120, NODE_ROW_Y)
            .set(EdaReaderSettings.CFG_FOLDER, MINI_DATA)
            .label("Read the PMEmo folder");
        WorkflowWriter.Node cvx = w.addNode(new DecomposerNodeFactory(), 320, NODE_ROW_Y)
            .label("Phasic, tonic, noise");
        WorkflowWriter.Node imager = w.addNode(new SignalImagerNodeFactory(), 520, NODE_ROW_Y)
            .set(SignalImagerSettings.CFG_SIZE, 32)
            .label("Signal images");
        WorkflowWriter.Node labeler = w.addNode(new PersonalThresholdLabelerNodeFactory(), 320, NODE_ROW_Y + 140)
            .label("High/low per listener");
        WorkflowWriter.Node joiner = w.addNode(new FusionJoinerNodeFactory(), 720, NODE_ROW_Y + 40)
            .label("Images + music + labels");
        w.connect(reader, 0, cvx, 0);
        w.connect(cvx, 0, imager, 0);
        w.connect(reader, 1, labeler, 0);
        w.connect(imager, 0, joiner, 0);
        w.connect(reader, 2, joiner, 1);
        w.connect(labeler, 0, joiner, 2);
        return joiner;
    }

    /** A Res-SIN Learner with the quick-start's quick settings in 3-fold cross-validation, fusion on or off. */
    private static WorkflowWriter.Node quickLearner(final WorkflowWriter w, final int x, final int y,
        final boolean fusion) {
        return w.addNode(new ResSinLearnerNodeFactory(), x, y)
            .set(ResSinLearnerSettings.CFG_FUSION, fusion)
            .set(ResSinLearnerSettings.CFG_PRESET, ResSinLearnerSettings.PRESET_SMALL)
            .set(ResSinLearnerSettings.CFG_IMAGE_SIZE, 32)
            .set(ResSinLearnerSettings.CFG_EPOCHS, 4)
            .set(ResSinLearnerSettings.CFG_BATCH_SIZE, 8)
            .set(ResSinLearnerSettings.CFG_LEARNING_RATE, 0.01)
            .set(ResSinLearnerSettings.CFG_MODE, ResSinLearnerSettings.MODE_CV)
            .set(ResSinLearnerSettings.CFG_FOLDS, 3);
    }

    /** 03-Feature-Fusion: the paper's Table 2 bottom: EDA only, music only and both, on the same folds. */
    static WorkflowWriter featureFusion() {
        WorkflowWriter w = new WorkflowWriter("03-Feature-Fusion");
        w.description("Does adding the music help? On the small synthetic dataset in ../data/pmemo-mini, three"
            + " learners predict each listener's high/low valence on the same 3 cross-validation folds: Res-SIN"
            + " on the skin-conductance images alone, an SVM on the song's music features alone, and Res-SIN with"
            + " both fused (the comparison of the paper's Table 2).");
        w.annotation(String.join("\n",
            "Feature fusion: EDA only, music only, or both?",
            "",
            "The first five nodes build the same training table as 02-Quick-Start: one row per listener and song",
            "with the picture of the skin-conductance signal, the song's music features and the listener's own",
            "high/low valence label.",
            "",
            "Three learners then try to predict the label, each from different information:",
            "  A. Res-SIN Learner, fusion off: only the body's reaction (the skin-conductance picture).",
            "  B. Emotion Baseline Learner: only the music (an SVM on the song's features; the body is ignored).",
            "  C. Res-SIN Learner, fusion on: both at once (the Res-SIN method).",
            "All three use 3-fold cross-validation with the same seed, so they are tested on the same folds:",
            "every listener in a test fold was never seen in training. Compare the accuracy and F1 of the rows",
            "'mean' in A's and C's third output (fold scores) and in B's second output (summary). The paper",
            "reports that C beats both A and B on PMEmo. Here the data is small and synthetic and the networks",
            "train for a few epochs only, so the numbers are a demonstration, not the paper's result.",
            "",
            "Execute all: select the learners and press Shift+F7 (or the double-arrow button)."),
            20, 20, 760, 330);
        WorkflowWriter.Node joiner = trainingTable(w);
        WorkflowWriter.Node edaOnly = quickLearner(w, 920, NODE_ROW_Y - 20, false)
            .label("A. EDA only (Res-SIN)");
        WorkflowWriter.Node musicOnly = w.addNode(new BaselineLearnerNodeFactory(), 920, NODE_ROW_Y + 100)
            .set(BaselineLearnerSettings.CFG_TASK, BaselineLearnerSettings.TASK_CLASSIFICATION)
            .set(BaselineLearnerSettings.CFG_METHOD, BaselineLearnerSettings.METHOD_SVM)
            .set(BaselineLearnerSettings.CFG_FOLDS, 3)
            .label("B. Music only (SVM)");
        WorkflowWriter.Node both = quickLearner(w, 920, NODE_ROW_Y + 220, true)
            .label("C. EDA + music (Res-SIN)");
        w.connect(joiner, 0, edaOnly, 0);
        w.connect(joiner, 0, musicOnly, 0);
        w.connect(joiner, 0, both, 0);
        return w;
    }
    /** 04-EDA-Regression: the paper's Table 1 pre-experiment: how well does each signal part predict valence? */
    static WorkflowWriter edaRegression() {
        WorkflowWriter w = new WorkflowWriter("04-EDA-Regression");
        w.description("The paper's pre-experiment (Table 1) on the small synthetic dataset in ../data/pmemo-mini:"
            + " a linear regression predicts each listener's valence rating from the whole skin-conductance"
            + " signal, from its slow (tonic) part and from its fast (phasic) part, scored by 3-fold"
            + " cross-validation.");
        w.annotation(String.join("\n",
            "Which part of the signal tells the emotion? (paper, Table 1)",
            "",
            "The first five nodes build the same table as 02-Quick-Start; here only three of its columns matter:",
            "the skin-conductance signal (eda), its slow part (tonic) and its fast part (phasic), plus the",
            "listener's valence rating.",
            "",
            "Each Emotion Baseline Learner (task: regression) smooths one signal, shrinks it to 50 numbers and",
            "fits a multivariate linear regression (MLR) that predicts the rating from them, with 3-fold",
            "cross-validation (listeners kept together). Compare the 'mean' row of each learner's second output:",
            "rmse is the typical prediction error (lower is better), pearson_r how well predictions and ratings",
            "go up and down together (higher is better). The paper found the phasic part the most informative,",
            "which motivated building Res-SIN on it. Double-click a learner and choose Method SVR to see the",
            "support vector regression column of Table 1, or Rating column arousal for the arousal half.",
            "",
            "Execute all: select the learners and press Shift+F7 (or the double-arrow button)."),
            20, 20, 760, 330);
        WorkflowWriter.Node joiner = trainingTable(w);
        String[][] signals = {{"eda", "Whole signal"}, {"tonic", "Slow part (tonic)"}, {"phasic", "Fast part (phasic)"}};
        for (int i = 0; i < signals.length; i++) {
            WorkflowWriter.Node learner = w.addNode(new BaselineLearnerNodeFactory(), 920, NODE_ROW_Y - 20 + 120 * i)
                .settings(s -> { // task and method change together: SVM is for classification only
                    s.addString(BaselineLearnerSettings.CFG_TASK, BaselineLearnerSettings.TASK_REGRESSION);
                    s.addString(BaselineLearnerSettings.CFG_METHOD, BaselineLearnerSettings.METHOD_MLR);
                })
                .set(BaselineLearnerSettings.CFG_SIGNAL_COLUMN, signals[i][0])
                .set(BaselineLearnerSettings.CFG_RATING_COLUMN, "valence")
                .set(BaselineLearnerSettings.CFG_FOLDS, 3)
                .label(signals[i][1] + " -> valence");
            w.connect(joiner, 0, learner, 0);
        }
        return w;
    }

    /** 05-Signal-Components: the paper's Table 2 top: which signal image channels does Res-SIN need? */
    static WorkflowWriter signalComponents() {
        WorkflowWriter w = new WorkflowWriter("05-Signal-Components");
        w.description("Which part of the skin-conductance signal helps Res-SIN most? On the small synthetic dataset"
            + " in ../data/pmemo-mini, four Res-SIN Learners with music fusion predict high/low valence from"
            + " signal images made of only the original signal, only the tonic part, only the phasic part, or all"
            + " three (mix), each with 3-fold cross-validation on the same folds (the paper's Table 2, top).");
        w.annotation(String.join("\n",
            "Signal components: origin, tonic, phasic or all three? (paper, Table 2 top)",
            "",
            "The first five nodes build the same training table as 02-Quick-Start. Each signal image has three",
            "colour channels: red = phasic (fast responses), green = tonic (slow level), blue = the original signal.",
            "",
            "Four Res-SIN Learners (music fusion on) each look at different channels of the same images:",
            "  origin only, tonic only, phasic only, and mix (all three, the Res-SIN method).",
            "All use 3-fold cross-validation with the same seed, so they are tested on the same listeners.",
            "Compare the accuracy and F1 in the 'mean' row of each learner's third output (fold scores). The",
            "paper found mix best for both valence and arousal. Here the data is small and synthetic and the",
            "networks train for a few epochs only, so the numbers are a demonstration, not the paper's result.",
            "",
            "Execute all: select the learners and press Shift+F7 (or the double-arrow button)."),
            20, 20, 760, 330);
        WorkflowWriter.Node joiner = trainingTable(w);
        String[] channels = {"origin", "tonic", "phasic", "mix"};
        for (int i = 0; i < channels.length; i++) {
            WorkflowWriter.Node learner = quickLearner(w, 920, NODE_ROW_Y - 60 + 110 * i, true)
                .set(ResSinLearnerSettings.CFG_CHANNELS, channels[i])
                .label("Res-SIN on " + channels[i]);
            w.connect(joiner, 0, learner, 0);
        }
        return w;
    }
}
