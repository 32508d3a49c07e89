package org.ressin.core.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.ressin.core.eval.CvResultFormat;
import org.ressin.core.eval.FoldCheckpoint;
import org.ressin.core.eval.FoldResult;

import com.google.gson.JsonObject;

/**
 * The finished folds of one configuration as {@code fold-<k>.json} files (1-based k), each with the fold's
 * predictions, confusion counts, loss history and training time. Tells the listener which folds it resumes and
 * which it trains, and adds up the time of both.
 */
final class StoredFolds implements FoldCheckpoint {

    private final Path dir;
    private final String what;
    private final int folds;
    private final ExperimentListener listener;
    private int resumed;
    private double earlierSeconds;
    private long trainingStart;

    StoredFolds(Path dir, String what, int folds, ExperimentListener listener) {
        this.dir = dir;
        this.what = what;
        this.folds = folds;
        this.listener = listener;
    }

    private Path file(int fold) { return dir.resolve("fold-" + (fold + 1) + ".json"); }

    @Override
    public Optional<FoldResult> load(int fold) throws IOException {
        Path f = file(fold);
        Optional<JsonObject> o = ExperimentStore.read(f, "delete it to train fold " + (fold + 1) + " again");
        if (o.isEmpty()) {
            listener.stage(String.format(Locale.ROOT, "%s: fold %d/%d", what, fold + 1, folds));
            trainingStart = System.nanoTime();
            return Optional.empty();
        }
        FoldResult r;
        try {
            r = CvResultFormat.foldFromJson(o.get());
        } catch (IllegalArgumentException e) {
            throw new IOException(f + ": " + e.getMessage() + "; delete it to train fold " + (fold + 1) + " again", e);
        }
        resumed++;
        earlierSeconds += o.get().has("seconds") ? o.get().get("seconds").getAsDouble() : 0;
        listener.stage(String.format(Locale.ROOT, "%s: fold %d/%d already in %s, not retrained", what,
                fold + 1, folds, f));
        return Optional.of(r);
    }

    @Override
    public void save(FoldResult result) throws IOException {
        JsonObject o = CvResultFormat.foldToJson(result);
        o.addProperty("seconds", (System.nanoTime() - trainingStart) / 1e9);
        ExperimentStore.write(file(result.fold()), o);
    }

    /** Folds taken from earlier runs. */
    int resumed() { return resumed; }

    /** Training time of the folds taken from earlier runs. */
    double earlierSeconds() { return earlierSeconds; }
}
