package org.ressin.core.cvxeda;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** One reference case of /work/shared/cvxeda-golden/cases: input, reference outputs and parameters. */
record GoldenCase(String name, double delta, CvxEdaParameters parameters, double[] y, double[] r, double[] p,
                  double[] t, double[] e, double objective, double[] l, double[] d,
                  double[] tightR, double[] tightP, double[] tightT, double tightObjective) {

    double samplingRate() {
        return 1 / delta;
    }

    boolean hasTight() {
        return tightR != null;
    }

    double range() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : y) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return max - min;
    }

    /** The golden directory, from the system property ressin.shared; fails clearly when it is missing. */
    static Path casesDirectory() {
        String shared = System.getProperty("ressin.shared");
        if (shared == null) {
            throw new IllegalStateException("system property ressin.shared (path of the shared reference folder) is not set;"
                    + " run the tests through Maven or pass -Dressin.shared=/work/shared");
        }
        Path dir = Path.of(shared, "cvxeda-golden", "cases");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("golden cvxEDA cases not found at " + dir.toAbsolutePath()
                    + " (system property ressin.shared = " + shared + ")");
        }
        return dir;
    }

    static List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(casesDirectory())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith(".json"))
                    .map(f -> f.substring(0, f.length() - ".json".length()))
                    .sorted()
                    .toList();
        }
    }

    static GoldenCase load(String name) throws IOException {
        Path dir = casesDirectory();
        JsonObject json;
        try (Reader reader = Files.newBufferedReader(dir.resolve(name + ".json"))) {
            json = JsonParser.parseReader(reader).getAsJsonObject();
        }
        double delta = json.get("delta").getAsDouble();
        JsonObject par = json.getAsJsonObject("parameters");
        boolean legacy = json.getAsJsonObject("reference").get("commit").getAsString().startsWith("7928444");
        BaselineCorrection baseline = BaselineCorrection.LINEAR;
        JsonElement bc = par.get("baseline_correction");
        if (bc != null && !bc.isJsonNull()) {
            baseline = switch (bc.getAsString()) {
                case "0" -> BaselineCorrection.NONE;
                case "1" -> BaselineCorrection.CONSTANT;
                case "2" -> BaselineCorrection.LINEAR;
                case "spline_offset" -> BaselineCorrection.SPLINE_OFFSET;
                default -> throw new IllegalStateException(name + ": unknown baseline_correction " + bc);
            };
        }
        CvxEdaParameters parameters = new CvxEdaParameters(par.get("tau0").getAsDouble(), par.get("tau1").getAsDouble(),
                par.get("delta_knot").getAsDouble(), par.get("alpha").getAsDouble(), par.get("gamma").getAsDouble(),
                baseline, legacy ? CvxEdaVersion.LEGACY_2017 : CvxEdaVersion.CURRENT);
        double[][] main = readColumns(dir.resolve(name + ".csv"), "y", "r", "p", "t", "e");
        double[][] tight = null;
        Path tightFile = dir.resolve(name + ".tight.csv");
        if (Files.exists(tightFile)) {
            tight = readColumns(tightFile, "r", "p", "t");
        }
        return new GoldenCase(name, delta, parameters, main[0], main[1], main[2], main[3], main[4],
                json.get("obj").getAsDouble(), doubles(json.getAsJsonArray("l")), doubles(json.getAsJsonArray("d")),
                tight == null ? null : tight[0], tight == null ? null : tight[1], tight == null ? null : tight[2],
                json.has("tight_obj") ? json.get("tight_obj").getAsDouble() : Double.NaN);
    }

    private static double[] doubles(JsonArray array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).getAsDouble();
        }
        return out;
    }

    private static double[][] readColumns(Path file, String... columns) throws IOException {
        List<double[]> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file);
             var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
            for (CSVRecord record : parser) {
                double[] row = new double[columns.length];
                for (int c = 0; c < columns.length; c++) {
                    row[c] = Double.parseDouble(record.get(columns[c]));
                }
                rows.add(row);
            }
        }
        double[][] out = new double[columns.length][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int c = 0; c < columns.length; c++) {
                out[c][i] = rows.get(i)[c];
            }
        }
        return out;
    }
}
