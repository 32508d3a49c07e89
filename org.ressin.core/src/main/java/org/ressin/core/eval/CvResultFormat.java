package org.ressin.core.eval;

import java.io.PrintWriter;
import java.util.Locale;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** How commands show a cross-validation result: a fold table, and JSON with the means, sd and folds. */
public final class CvResultFormat {

    private CvResultFormat() {}

    /** One row per fold, then the mean and the standard deviation over folds. */
    public static void printFolds(PrintWriter out, CvResult r) {
        out.println("fold  train  test  accuracy      f1  precision  recall");
        for (FoldResult f : r.folds()) {
            Metrics m = f.metrics();
            out.printf(Locale.ROOT, "%4d  %5d  %4d  %8.4f  %6.4f  %9.4f  %6.4f%n", f.fold() + 1, f.trainSize(),
                    f.testSize(), m.accuracy(), m.f1(), m.precision(), m.recall());
        }
        Metrics mean = r.mean();
        Metrics sd = r.standardDeviation();
        out.printf(Locale.ROOT, "mean              %8.4f  %6.4f  %9.4f  %6.4f%n", mean.accuracy(), mean.f1(),
                mean.precision(), mean.recall());
        out.printf(Locale.ROOT, "sd                %8.4f  %6.4f  %9.4f  %6.4f%n", sd.accuracy(), sd.f1(),
                sd.precision(), sd.recall());
    }

    /**
     * Keys {@code accuracy}, {@code f1}, {@code precision}, {@code recall} (means over folds), {@code sd} (the same
     * keys), {@code grouping}, {@code seed} and {@code folds} (each with {@code fold}, {@code trainSize},
     * {@code testSize} and the four metrics). Callers add what they ran.
     */
    public static JsonObject toJson(CvResult r) {
        JsonObject o = toJson(r.mean());
        o.addProperty("grouping", r.grouping().name().toLowerCase(Locale.ROOT));
        o.addProperty("seed", r.seed());
        o.add("sd", toJson(r.standardDeviation()));
        JsonArray folds = new JsonArray();
        for (FoldResult f : r.folds()) {
            JsonObject fo = toJson(f.metrics());
            fo.addProperty("fold", f.fold() + 1);
            fo.addProperty("trainSize", f.trainSize());
            fo.addProperty("testSize", f.testSize());
            folds.add(fo);
        }
        o.add("folds", folds);
        return o;
    }

    public static JsonObject toJson(Metrics m) {
        JsonObject o = new JsonObject();
        o.addProperty("accuracy", m.accuracy());
        o.addProperty("f1", m.f1());
        o.addProperty("precision", m.precision());
        o.addProperty("recall", m.recall());
        return o;
    }
}
