package org.ressin.core.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.ressin.core.cvxeda.CvxEda;
import org.ressin.core.cvxeda.Decomposition;
import org.ressin.core.cvxeda.GapFiller;
import org.ressin.core.eda.Recording;
import org.ressin.core.eval.ConfusionMatrix;
import org.ressin.core.eval.CvResultFormat;
import org.ressin.core.eval.LossPoint;
import org.ressin.core.experiment.plot.ConfusionMatrixPlot;
import org.ressin.core.experiment.plot.DecompositionPlot;
import org.ressin.core.experiment.plot.LossCurvePlot;
import org.ressin.core.experiment.plot.SignalImageGallery;
import org.ressin.core.experiment.report.Report;
import org.ressin.core.image.CompactSignalImage;
import org.ressin.core.image.SignalImagePng;
import org.ressin.core.labels.Target;
import org.ressin.core.net.ChannelSelection;
import org.ressin.core.pipeline.PreparationSettings;
import org.ressin.core.pipeline.PreparedDataset;
import org.ressin.core.pipeline.PreparedRecording;
import org.ressin.core.pmemo.PmemoDataset;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The report's PNG figures, drawn into the report folder: one decomposed recording, signal images of high and low
 * labels per target, the Fig. 5 loss curves (EDA only against fusion) and a confusion matrix per target (fusion,
 * mix input, summed over folds). Everything but the signal images is drawn from the stored results, so a resumed
 * run draws the same figures.
 */
final class ReportFigures {

    /** Images per label in the signal-image figures. */
    static final int IMAGES_PER_LABEL = 4;
    static final String DECOMPOSITION = "decomposition.png";

    private final ExperimentSettings settings;
    private final ExperimentStore store;
    private final ExperimentListener listener;

    ReportFigures(ExperimentSettings settings, ExperimentStore store, ExperimentListener listener) {
        this.settings = settings;
        this.store = store;
        this.listener = listener;
    }

    static String imagesFile(Target t) { return "images-" + t.lowerName() + ".png"; }

    static String lossFile(Target t) { return "loss-" + t.lowerName() + ".png"; }

    static String confusionFile(Target t) { return "confusion-" + t.lowerName() + ".png"; }

    /** Draws the signal images of the first recordings of each label (distinct subjects first), per target. */
    void signalImages(PreparedDataset prepared) throws IOException {
        for (Target t : Target.values()) {
            List<SignalImageGallery.Tile> high = pick(prepared, t, 1);
            List<SignalImageGallery.Tile> low = pick(prepared, t, 0);
            SignalImageGallery.write(store.dir().resolve(imagesFile(t)), t.lowerName() + ": signal images, "
                    + settings.network().imageSize() + " px (R phasic, G tonic, B origin)", high, low,
                    IMAGES_PER_LABEL);
        }
    }

    private static List<SignalImageGallery.Tile> pick(PreparedDataset prepared, Target t, int label) {
        List<PreparedRecording> chosen = new ArrayList<>();
        Set<String> subjects = new HashSet<>();
        for (int pass = 0; pass < 2 && chosen.size() < IMAGES_PER_LABEL; pass++) {
            for (PreparedRecording r : prepared.recordings()) {
                OptionalInt l = r.label(t);
                boolean fresh = pass == 1 || !subjects.contains(r.subjectId());
                if (l.isPresent() && l.getAsInt() == label && fresh && !chosen.contains(r)
                        && chosen.size() < IMAGES_PER_LABEL) {
                    chosen.add(r);
                    subjects.add(r.subjectId());
                }
            }
        }
        List<SignalImageGallery.Tile> tiles = new ArrayList<>();
        for (PreparedRecording r : chosen) { // rendered one at a time: a few S x S images, never the dataset
            CompactSignalImage img = r.image();
            tiles.add(new SignalImageGallery.Tile(SignalImagePng.toBufferedImage(img.channels(), img.size(),
                    img.renderDoubles()), "song " + r.musicId() + ", " + r.subjectId()));
        }
        return tiles;
    }

    /** Draws every figure that the stored results allow; returns them in report order. */
    Figures drawAll() throws IOException {
        Optional<Report.Figure> decomposition = decomposition();
        List<Report.Figure> images = new ArrayList<>(), losses = new ArrayList<>(), confusions = new ArrayList<>();
        for (Target t : Target.values()) {
            if (Files.isRegularFile(store.dir().resolve(imagesFile(t)))) {
                images.add(new Report.Figure(imagesFile(t), t.lowerName() + ": signal images of recordings with "
                        + "high (top) and low (bottom) personal labels"));
            }
            losses.add(loss(t));
            confusion(t).ifPresent(confusions::add);
        }
        return new Figures(decomposition, images, losses, confusions);
    }

    /** The figures, grouped as the report shows them. */
    record Figures(Optional<Report.Figure> decomposition, List<Report.Figure> signalImages,
            List<Report.Figure> losses, List<Report.Figure> confusions) {}

    /**
     * Among the recordings of the first song that decompose (after the usual discard), the one with the median
     * phasic range: a typical recording rather than the most extreme one; deterministic for a dataset.
     */
    private Optional<Report.Figure> decomposition() throws IOException {
        PreparationSettings prep = PreparationSettings.defaults();
        PmemoDataset dataset = PmemoDataset.open(settings.data());
        CvxEda cvxEda = new CvxEda(prep.cvxeda());
        record Candidate(Recording recording, Decomposition decomposition, double phasicRange) {}
        for (String song : dataset.edaSongs()) {
            List<Candidate> candidates = new ArrayList<>();
            for (Recording raw : dataset.readSong(song)) {
                Recording r = raw.skipSeconds(prep.skipSeconds());
                if (r.durationSeconds() < 5) continue;
                try {
                    Decomposition d = cvxEda.decompose(GapFiller.defaults().fill(r));
                    double[] range = org.ressin.core.experiment.plot.Axes.range(d.phasic());
                    candidates.add(new Candidate(r, d, range[1] - range[0]));
                } catch (IllegalArgumentException e) { // CvxEdaException included
                    // gaps or a failed solve: try the next recording
                }
            }
            if (!candidates.isEmpty()) {
                candidates.sort(java.util.Comparator.comparingDouble(Candidate::phasicRange)
                        .thenComparing(c -> c.recording().subjectId()));
                Candidate c = candidates.get((candidates.size() - 1) / 2);
                Recording best = c.recording();
                DecompositionPlot.write(store.dir().resolve(DECOMPOSITION), "cvxEDA of song " + best.musicId()
                        + ", subject " + best.subjectId(), c.decomposition(), prep.skipSeconds());
                return Optional.of(new Report.Figure(DECOMPOSITION, "cvxEDA decomposition of song " + best.musicId()
                        + ", subject " + best.subjectId() + " (of the song's recordings, the one with the median phasic"
                        + " range; first " + (int) prep.skipSeconds() + " s discarded): signal with tonic part, phasic"
                        + " part with residual, sparse driver"));
            }
        }
        listener.warning("no recording could be decomposed for the decomposition figure");
        return Optional.empty();
    }

    private Report.Figure loss(Target t) throws IOException {
        List<LossCurvePlot.Curve> plotted = new ArrayList<>();
        for (boolean fusion : new boolean[] {false, true}) {
            JsonObject r = store.get(Configuration.resSin(t, ChannelSelection.MIX, fusion)).orElseThrow();
            JsonArray a = r.getAsJsonArray("meanLossCurve");
            List<LossPoint> pts = new ArrayList<>();
            for (int i = 0; a != null && i < a.size(); i++) {
                JsonArray p = a.get(i).getAsJsonArray();
                pts.add(new LossPoint(p.get(0).getAsInt(), p.get(1).getAsDouble(), Double.NaN));
            }
            plotted.add(new LossCurvePlot.Curve(fusion ? "fusion (EDA + music)" : "EDA only", pts));
        }
        LossCurvePlot.write(store.dir().resolve(lossFile(t)), t.lowerName()
                + ": mean training loss over folds (mix input)", plotted);
        return new Report.Figure(lossFile(t), t.lowerName() + ": training loss, EDA only against fusion, mean over "
                + "folds (paper Fig. 5)");
    }

    private Optional<Report.Figure> confusion(Target t) throws IOException {
        JsonObject r = store.get(Configuration.resSin(t, ChannelSelection.MIX, true)).orElseThrow();
        if (!r.has("confusion")) {
            listener.warning(Configuration.resSin(t, ChannelSelection.MIX, true).key() + " was stored without "
                    + "confusion counts (an older report); no confusion matrix for " + t.lowerName());
            return Optional.empty();
        }
        ConfusionMatrix c = CvResultFormat.confusionFromJson(r.getAsJsonObject("confusion"));
        ConfusionMatrixPlot.write(store.dir().resolve(confusionFile(t)), t.lowerName()
                + ": Res-SIN fusion, mix, all folds", c);
        return Optional.of(new Report.Figure(confusionFile(t), t.lowerName() + ": confusion matrix of Res-SIN "
                + "(fusion, mix input), summed over folds; counts and row percentages"));
    }
}
