package org.ressin.core.experiment;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ressin.core.baseline.MusicItems;
import org.ressin.core.baseline.MusicSvmTrainer;
import org.ressin.core.baseline.PaperTable1;
import org.ressin.core.baseline.RegressionCell;
import org.ressin.core.baseline.RegressionCrossValidation;
import org.ressin.core.baseline.RegressionData;
import org.ressin.core.baseline.RegressionDataSettings;
import org.ressin.core.baseline.RegressionResult;
import org.ressin.core.baseline.SvmSettings;
import org.ressin.core.eval.CrossValidation;
import org.ressin.core.eval.CvResult;
import org.ressin.core.eval.CvResultFormat;
import org.ressin.core.eval.LossPoint;
import org.ressin.core.net.NetworkSettings;
import org.ressin.core.net.ResSinTrainer;
import org.ressin.core.net.TrainingMonitor;
import org.ressin.core.pipeline.DatasetPreparer;
import org.ressin.core.pipeline.ExampleSet;
import org.ressin.core.pipeline.PreparationSettings;
import org.ressin.core.pipeline.PreparedDataset;
import org.ressin.core.pmemo.PmemoDataset;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Runs the configurations the store does not hold yet, each timed, preparing the images (cvxEDA, labels, signal
 * images) once when something has to be trained. Res-SIN folds are stored as they finish.
 */
final class ExperimentStages {

    /** Store note of the last preparation: its time and how many recordings it imaged. */
    static final String PREPARATION = "preparation";

    private final ExperimentSettings settings;
    private final ExperimentStore store;
    private final ExperimentListener listener;
    private final ReportFigures figures;
    private PreparedDataset prepared;
    private double preparationSeconds = -1;
    private final Set<String> ran = new LinkedHashSet<>();
    private final Map<String, Integer> resumedFolds = new HashMap<>();

    ExperimentStages(ExperimentSettings settings, ExperimentStore store, ExperimentListener listener,
            ReportFigures figures) {
        this.settings = settings;
        this.store = store;
        this.listener = listener;
        this.figures = figures;
    }

    /** Runs every missing configuration; returns what this run did. */
    ExperimentRun runAll() throws IOException {
        for (Configuration c : settings.configurations()) {
            if (store.get(c).isPresent()) {
                listener.stage("stage: " + c.key() + " already in " + store.dir().resolve(ExperimentStore.RESULTS)
                        + ", skipped");
                continue;
            }
            switch (c.kind()) {
                case RES_SIN -> resSin(c);
                case MUSIC_SVM -> musicSvm(c);
                case REGRESSION -> regression(c);
            }
        }
        return new ExperimentRun(ran, resumedFolds, preparationSeconds);
    }

    private PreparedDataset prepared() throws IOException {
        if (prepared == null) {
            long s = System.nanoTime();
            int size = settings.network().imageSize();
            listener.stage(String.format(Locale.ROOT, "stage: preparing %s (cvxEDA, personal labels, %d px images)",
                    settings.data(), size));
            PreparationSettings prep = PreparationSettings.defaults().withImages(settings.images());
            prepared = new DatasetPreparer(prep).prepare(PmemoDataset.open(settings.data()),
                    (done, total, message) -> listener.progress("preparing", done, total, message));
            prepared.report().warnings().forEach(listener::warning);
            preparationSeconds = RunInfo.seconds(s);
            JsonObject o = new JsonObject();
            o.addProperty("seconds", preparationSeconds);
            o.addProperty("recordings", prepared.report().recordings());
            o.addProperty("imaged", prepared.report().imaged());
            store.putNote(PREPARATION, o);
            listener.stage(String.format(Locale.ROOT, "stage: preparation done, %d of %d recordings imaged (%.1f s)",
                    prepared.report().imaged(), prepared.report().recordings(), preparationSeconds));
            figures.signalImages(prepared); // needs the images, which a resumed run may never prepare again
        }
        return prepared;
    }

    private void resSin(Configuration c) throws IOException {
        PreparedDataset p = prepared(); // timed on its own, not as part of the first configuration
        long s = System.nanoTime();
        ExampleSet examples = ExampleSet.of(p, c.target(), c.fusion());
        if (examples.examples().isEmpty()) {
            throw new IllegalArgumentException("no labelled " + c.target().lowerName() + " examples in "
                    + settings.data());
        }
        NetworkSettings n = settings.network().withChannels(c.input()).withFusion(c.fusion());
        int k = settings.folds();
        listener.stage(String.format(Locale.ROOT, "stage: %s (%d examples, %d folds)", c.key(),
                examples.examples().size(), k));
        StoredFolds folds = new StoredFolds(store.foldsOf(c), c.key(), k, listener);
        CvResult cv = CrossValidation.run(examples.examples(), k, settings.grouping(), settings.seed(),
                ResSinTrainer.forCrossValidation(n, settings.training(), fold -> monitor(c.key() + ", fold "
                        + (fold + 1) + "/" + k)), folds);
        JsonObject o = CvResultFormat.toJson(cv);
        o.addProperty("target", c.target().lowerName());
        o.addProperty("input", c.input().name().toLowerCase(Locale.ROOT));
        o.addProperty("fusion", c.fusion());
        o.add("meanLossCurve", lossCurve(cv.meanLossCurve()));
        o.addProperty("foldsResumed", folds.resumed());
        resumedFolds.put(c.key(), folds.resumed());
        finish(c, o, RunInfo.seconds(s) + folds.earlierSeconds());
    }

    private TrainingMonitor monitor(String what) {
        return new TrainingMonitor() {
            @Override
            public void onIteration(int iteration, int total, double loss, double lr) {
                listener.progress(what, iteration + 1, total, String.format(Locale.ROOT, "loss %.4f", loss));
            }
        };
    }

    private void musicSvm(Configuration c) throws IOException {
        PreparedDataset p = prepared();
        long s = System.nanoTime();
        MusicItems items = MusicItems.of(ExampleSet.of(p, c.target(), true));
        if (items.items().isEmpty()) {
            throw new IllegalArgumentException("no labelled " + c.target().lowerName() + " recordings with music "
                    + "features in " + settings.data() + " (the music-only SVM needs features/static_features.csv)");
        }
        listener.stage(String.format(Locale.ROOT, "stage: %s (%d recordings, %d folds)", c.key(), items.items().size(),
                settings.folds()));
        CvResult cv = CrossValidation.run(items.items(), settings.folds(), settings.grouping(), settings.seed(),
                MusicSvmTrainer.forItems(SvmSettings.defaults()));
        JsonObject o = CvResultFormat.toJson(cv);
        o.addProperty("target", c.target().lowerName());
        finish(c, o, RunInfo.seconds(s));
    }

    private void regression(Configuration c) throws IOException {
        long s = System.nanoTime();
        listener.stage(String.format(Locale.ROOT, "stage: %s (MLR and SVR, %d folds; decomposes every recording "
                + "again)", c.key(), settings.folds()));
        RegressionDataSettings rs = RegressionDataSettings.defaults();
        RegressionData rows = RegressionData.build(PmemoDataset.open(settings.data()), rs,
                (done, total, message) -> listener.progress("decomposing", done, total, message));
        rows.warnings().forEach(listener::warning);
        if (rows.rows().isEmpty()) {
            throw new IllegalArgumentException("no rated recordings long enough for the regression in "
                    + settings.data());
        }
        RegressionResult r = RegressionCrossValidation.run(rows.rows(), settings.folds(), settings.grouping(),
                settings.seed(), SvmSettings.defaults(), rs.threads());
        JsonObject o = new JsonObject();
        o.addProperty("recordings", rows.rows().size());
        JsonArray cells = new JsonArray();
        for (RegressionCell cell : r.cells()) {
            JsonObject co = new JsonObject();
            co.addProperty("method", cell.method().name());
            co.addProperty("input", cell.input().lowerName());
            co.addProperty("target", cell.target().lowerName());
            co.addProperty("rmse", cell.meanRmse());
            co.addProperty("rmseSd", cell.sdRmse());
            co.addProperty("r", cell.meanPearson());
            co.addProperty("rSd", cell.sdPearson());
            PaperTable1.Entry paper = PaperTable1.of(cell.method(), cell.input(), cell.target());
            co.addProperty("paperRmse", paper.rmse());
            co.addProperty("paperR", paper.pearson());
            cells.add(co);
        }
        o.add("cells", cells);
        finish(c, o, RunInfo.seconds(s));
    }

    private void finish(Configuration c, JsonObject o, double seconds) throws IOException {
        o.addProperty("seconds", seconds);
        store.put(c, o);
        ran.add(c.key());
        listener.stage(String.format(Locale.ROOT, "stage: %s done (%.1f s)", c.key(), seconds));
    }

    private static JsonArray lossCurve(List<LossPoint> curve) {
        JsonArray a = new JsonArray();
        for (LossPoint p : curve) {
            JsonArray pt = new JsonArray();
            pt.add(p.iteration());
            pt.add(p.loss());
            a.add(pt);
        }
        return a;
    }
}
