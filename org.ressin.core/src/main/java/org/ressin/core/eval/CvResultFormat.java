package org.ressin.core.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
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
     * {@code testSize}, the four metrics and its {@code confusion}) and {@code confusion} (summed over folds). Callers
     * add what they ran.
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
            fo.add("confusion", toJson(f.confusion()));
            folds.add(fo);
        }
        o.add("folds", folds);
        o.add("confusion", toJson(r.pooledConfusion()));
        return o;
    }

    /** Keys {@code tp}, {@code fp}, {@code tn}, {@code fn} (positive class = high). */
    public static JsonObject toJson(ConfusionMatrix c) {
        JsonObject o = new JsonObject();
        o.addProperty("tp", c.truePositives());
        o.addProperty("fp", c.falsePositives());
        o.addProperty("tn", c.trueNegatives());
        o.addProperty("fn", c.falseNegatives());
        return o;
    }

    /** Reads {@link #toJson(ConfusionMatrix)}. */
    public static ConfusionMatrix confusionFromJson(JsonObject o) {
        return new ConfusionMatrix(o.get("tp").getAsInt(), o.get("fp").getAsInt(), o.get("tn").getAsInt(),
                o.get("fn").getAsInt());
    }

    /**
     * Everything of one fold, enough to rebuild it with {@link #foldFromJson}: {@code fold} (0-based),
     * {@code trainSize}, {@code testIndices}, {@code predictions}, {@code confusion} and {@code lossHistory} as
     * {@code [iteration, loss, learningRate]} triples.
     */
    public static JsonObject foldToJson(FoldResult f) {
        JsonObject o = new JsonObject();
        o.addProperty("fold", f.fold());
        o.addProperty("trainSize", f.trainSize());
        o.add("testIndices", ints(f.testIndices()));
        o.add("predictions", ints(f.predictions()));
        o.add("confusion", toJson(f.confusion()));
        JsonArray loss = new JsonArray();
        for (LossPoint p : f.lossHistory()) {
            JsonArray pt = new JsonArray();
            pt.add(p.iteration());
            pt.add(p.loss());
            pt.add(p.learningRate());
            loss.add(pt);
        }
        o.add("lossHistory", loss);
        return o;
    }

    /**
     * Reads {@link #foldToJson}.
     *
     * @throws IllegalArgumentException naming the key that is missing or malformed
     */
    public static FoldResult foldFromJson(JsonObject o) {
        try {
            List<LossPoint> loss = new ArrayList<>();
            for (JsonElement e : o.getAsJsonArray("lossHistory")) {
                JsonArray p = e.getAsJsonArray();
                loss.add(new LossPoint(p.get(0).getAsInt(), p.get(1).getAsDouble(), p.get(2).getAsDouble()));
            }
            return new FoldResult(o.get("fold").getAsInt(), o.get("trainSize").getAsInt(),
                    intsOf(o.getAsJsonArray("testIndices")), intsOf(o.getAsJsonArray("predictions")),
                    confusionFromJson(o.getAsJsonObject("confusion")), loss);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a stored fold (expected fold, trainSize, testIndices, predictions,"
                    + " confusion, lossHistory): " + e.getMessage(), e);
        }
    }

    private static JsonArray ints(int[] values) {
        JsonArray a = new JsonArray(values.length);
        for (int v : values) a.add(v);
        return a;
    }

    private static int[] intsOf(JsonArray a) {
        int[] v = new int[a.size()];
        for (int i = 0; i < v.length; i++) v[i] = a.get(i).getAsInt();
        return v;
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
