package org.ressin.core.synth;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ressin.core.labels.TwoMeans;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Writes a synthetic dataset in the PMEmo layout, with a planted, controllable dependence of valence and arousal
 * on the music features and on the EDA, and the best accuracy achievable on it ({@value #TRUTH_FILE}). The model
 * is described in {@code docs/synthetic-pmemo.md}. The same settings (seed included) give byte-identical files.
 */
public final class SyntheticPmemo {

    /** Extra file (not part of PMEmo) with the settings and the optimum accuracies. */
    public static final String TRUTH_FILE = "synthetic_truth.json";
    /** Extra file with each recording's latent states, expressions, ratings, thresholds and labels. */
    public static final String RECORDING_TRUTH_FILE = "synthetic_truth_recordings.csv";
    /** The first subject ID; subjects are numbered on from it. */
    public static final int FIRST_SUBJECT_ID = 100001;

    static final int VALENCE = 0;
    static final int AROUSAL = 1;

    // random-stream keys: one generator per unit, so that results do not depend on generation order
    private static final long DIRECTIONS = 1, SUBJECT = 2, SONG = 3, LISTENING = 4, LATENT = 5, EDA = 6;

    // subject population (log-normal medians and sds; uniform ranges)
    static final double LEVEL_MEDIAN = 4.0, LEVEL_LOG_SD = 0.5;
    static final double RESPONSIVENESS_LOG_SD = 0.4;
    static final double SCR_RATE_LOG_SD = 0.3;
    static final double BIAS_MIN = 0.3, BIAS_MAX = 0.7, SPREAD_MIN = 0.2, SPREAD_MAX = 0.4;
    /** Recordings of one song end up to this many seconds earlier than the song (ragged columns). */
    static final double RAGGED_SECONDS = 1.0;

    private static final int EDA_DECIMALS = 4, RATING_DECIMALS = 4, FEATURE_DECIMALS = 4, TRUTH_DECIMALS = 6;
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build();

    private record Subject(int index, String id, double level, double responsiveness, double scrPerMinute,
                           double[] bias, double[] spread) {}

    private record Song(int index, String id, double[] features, int samples, double[] score) {}

    /** One recording's draws; arrays are indexed by VALENCE / AROUSAL. */
    private record Planted(Subject subject, Song song, int length, boolean[] high, double[] expression,
                           double[] rating) {}

    private final SynthSettings settings;

    public SyntheticPmemo(SynthSettings settings) {
        this.settings = settings;
    }

    public SynthSettings settings() { return settings; }

    /**
     * Writes the dataset into {@code out}, which must not exist or be an empty folder: the generator never
     * writes next to or over other files.
     *
     * @return what was written and the optimum accuracies (also in {@value #TRUTH_FILE})
     * @throws IOException when {@code out} holds files or cannot be written
     */
    public SyntheticTruth writeTo(Path out) throws IOException {
        prepareEmptyFolder(out);
        double[][] directions = directions();
        List<Subject> subjects = subjects();
        List<Song> songs = songs(directions);
        List<Planted> recordings = plant(subjects, songs);

        double[][] thresholds = thresholds(subjects, recordings);
        SyntheticTruth.Optimum valence = optimum(recordings, thresholds, VALENCE, settings.edaValenceStrength());
        SyntheticTruth.Optimum arousal = optimum(recordings, thresholds, AROUSAL, settings.edaArousalStrength());

        writeFeatures(out, songs);
        writeAnnotations(out, songs, recordings);
        writeMetadata(out, songs);
        long samples = writeEda(out, songs, recordings);
        int songsWithEda = (int) recordings.stream().map(Planted::song).distinct().count();
        SyntheticTruth truth = new SyntheticTruth(settings, songsWithEda, recordings.size(), samples, valence, arousal);
        writeRecordingTruth(out, recordings, thresholds);
        writeTruth(out, truth, directions);
        return truth;
    }

    // ---- the model ----------------------------------------------------------------------------------------

    /** Two orthonormal directions in feature space: w_V and w_A. */
    private double[][] directions() {
        Rng rng = Rng.of(settings.seed(), DIRECTIONS);
        int d = settings.featureDimension();
        double[] v = normalise(gaussians(rng, d));
        double[] a = gaussians(rng, d);
        double dot = dot(a, v);
        for (int i = 0; i < d; i++) {
            a[i] -= dot * v[i];
        }
        return new double[][] {v, normalise(a)};
    }

    private List<Subject> subjects() {
        List<Subject> out = new ArrayList<>();
        for (int s = 0; s < settings.subjects(); s++) {
            Rng rng = Rng.of(settings.seed(), SUBJECT, s);
            double level = LEVEL_MEDIAN * StrictMath.exp(LEVEL_LOG_SD * rng.gaussian());
            double responsiveness = StrictMath.exp(RESPONSIVENESS_LOG_SD * rng.gaussian());
            double rate = settings.effects().scrPerMinute() * StrictMath.exp(SCR_RATE_LOG_SD * rng.gaussian());
            double[] bias = {rng.uniform(BIAS_MIN, BIAS_MAX), rng.uniform(BIAS_MIN, BIAS_MAX)};
            double[] spread = {rng.uniform(SPREAD_MIN, SPREAD_MAX), rng.uniform(SPREAD_MIN, SPREAD_MAX)};
            out.add(new Subject(s, Integer.toString(FIRST_SUBJECT_ID + s), level, responsiveness, rate, bias, spread));
        }
        return out;
    }

    private List<Song> songs(double[][] directions) {
        List<Song> out = new ArrayList<>();
        double fs = settings.samplingRate();
        for (int m = 0; m < settings.songs(); m++) {
            Rng rng = Rng.of(settings.seed(), SONG, m);
            double[] f = gaussians(rng, settings.featureDimension());
            for (int i = 0; i < f.length; i++) {
                f[i] = Fixed.round(f[i], FEATURE_DECIMALS); // the optimum must use the values as written
            }
            double seconds = rng.uniform(settings.minDurationSeconds(), settings.maxDurationSeconds());
            int samples = Math.max(minSamples(), (int) Math.round(seconds * fs));
            double[] score = {dot(directions[VALENCE], f), dot(directions[AROUSAL], f)};
            out.add(new Song(m, Integer.toString(m + 1), f, samples, score));
        }
        return out;
    }

    private int minSamples() {
        return (int) Math.ceil(settings.minDurationSeconds() * settings.samplingRate());
    }

    /** Deals songs to subjects (least-heard songs first, ties broken at random), then draws each recording. */
    private List<Planted> plant(List<Subject> subjects, List<Song> songs) {
        Rng listening = Rng.of(settings.seed(), LISTENING);
        int[] listeners = new int[songs.size()];
        List<Planted> out = new ArrayList<>();
        int ragged = (int) Math.round(RAGGED_SECONDS * settings.samplingRate());
        for (Subject s : subjects) {
            double[] tie = new double[songs.size()];
            for (int m = 0; m < tie.length; m++) {
                tie[m] = listening.uniform();
            }
            int[] chosen = IntStream.range(0, songs.size()).boxed()
                    .sorted(Comparator.<Integer>comparingInt(m -> listeners[m]).thenComparingDouble(m -> tie[m]))
                    .limit(settings.recordingsPerSubject()).mapToInt(Integer::intValue).sorted().toArray();
            for (int m : chosen) {
                listeners[m]++;
                Song song = songs.get(m);
                Rng rng = Rng.of(settings.seed(), LATENT, s.index(), m);
                boolean[] high = new boolean[2];
                double[] expression = new double[2];
                double[] rating = new double[2];
                double[] strength = {settings.edaValenceStrength(), settings.edaArousalStrength()};
                for (int target = 0; target < 2; target++) {
                    high[target] = rng.bernoulli(BayesOptimum.sigmoid(settings.musicStrength() * song.score()[target]));
                    double state = high[target] ? 0.5 : -0.5;
                    expression[target] = strength[target] * state + rng.gaussian();
                    double r = s.bias()[target] + s.spread()[target] * state
                            + settings.ratingNoise() * s.spread()[target] * rng.gaussian();
                    rating[target] = Fixed.round(Math.min(1, Math.max(0, r)), RATING_DECIMALS);
                }
                int cut = rng.nextInt(Math.min(ragged, song.samples() - minSamples()) + 1);
                out.add(new Planted(s, song, song.samples() - cut, high, expression, rating));
            }
        }
        // song by song, subjects in order: the order of the EDA files and their columns
        out.sort(Comparator.<Planted>comparingInt(p -> p.song().index()).thenComparingInt(p -> p.subject().index()));
        return out;
    }

    /** thresholds[target][subject]: the personal thresholds the downstream labels will use. */
    private static double[][] thresholds(List<Subject> subjects, List<Planted> recordings) {
        double[][] out = new double[2][subjects.size()];
        for (int target = 0; target < 2; target++) {
            for (Subject s : subjects) {
                final int t = target;
                double[] ratings = recordings.stream().filter(p -> p.subject() == s)
                        .mapToDouble(p -> p.rating()[t]).filter(r -> !Double.isNaN(r)).toArray();
                out[target][s.index()] = personalThreshold(ratings);
            }
        }
        return out;
    }

    /**
     * The downstream rule ({@link TwoMeans}): midpoint of the two centres; a single distinct value is its own
     * threshold, so every rating is "not above" it (label 0).
     */
    private static double personalThreshold(double[] ratings) {
        if (ratings.length == 0) {
            return Double.NaN;
        }
        return TwoMeans.fit(ratings).map(TwoMeans.Split::threshold).orElse(ratings[0]);
    }

    private SyntheticTruth.Optimum optimum(List<Planted> recordings, double[][] thresholds, int target,
                                           double edaStrength) {
        List<BayesOptimum.Case> cases = new ArrayList<>();
        for (Planted p : recordings) {
            double threshold = thresholds[target][p.subject().index()];
            cases.add(new BayesOptimum.Case(p.song().score()[target], p.expression()[target], p.high()[target],
                    p.subject().bias()[target], p.subject().spread()[target], threshold,
                    p.rating()[target] > threshold));
        }
        return BayesOptimum.compute(cases, settings.musicStrength(), edaStrength, settings.ratingNoise());
    }

    // ---- writing ------------------------------------------------------------------------------------------

    private static void prepareEmptyFolder(Path out) throws IOException {
        if (Files.exists(out)) {
            if (!Files.isDirectory(out)) {
                throw new IOException(out + ": exists and is not a folder; choose a new or empty folder");
            }
            try (Stream<Path> entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException(out + ": folder is not empty; the generator writes only into a new "
                            + "or empty folder and never overwrites files");
                }
            }
        }
        Files.createDirectories(out.resolve("EDA"));
        Files.createDirectories(out.resolve("annotations"));
        Files.createDirectories(out.resolve("features"));
    }

    private static CSVPrinter printer(Path file) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(w, CSV);
    }

    private void writeFeatures(Path out, List<Song> songs) throws IOException {
        try (CSVPrinter p = printer(out.resolve("features/static_features.csv"))) {
            List<String> header = new ArrayList<>(List.of("musicId"));
            for (int i = 1; i <= settings.featureDimension(); i++) {
                header.add(String.format(java.util.Locale.ROOT, "synth_feature_%03d", i));
            }
            p.printRecord(header);
            for (Song s : songs) {
                p.print(s.id());
                for (double v : s.features()) {
                    p.print(Fixed.format(v, FEATURE_DECIMALS));
                }
                p.println();
            }
        }
    }

    private void writeAnnotations(Path out, List<Song> songs, List<Planted> recordings) throws IOException {
        try (CSVPrinter mean = printer(out.resolve("annotations/static_annotations.csv"));
             CSVPrinter std = printer(out.resolve("annotations/static_annotations_std.csv"))) {
            mean.printRecord("musicId", "Arousal(mean)", "Valence(mean)");
            std.printRecord("musicId", "Arousal(std)", "Valence(std)");
            for (Song s : songs) {
                List<Planted> heard = recordings.stream().filter(p -> p.song() == s).toList();
                String[] m = new String[2];
                String[] sd = new String[2];
                for (int target = 0; target < 2; target++) {
                    final int t = target;
                    double[] r = heard.stream().mapToDouble(p -> p.rating()[t]).toArray();
                    // a song nobody heard gets the population's expected rating
                    double avg = r.length > 0 ? Arrays.stream(r).average().orElseThrow()
                            : (BIAS_MIN + BIAS_MAX) / 2 + (SPREAD_MIN + SPREAD_MAX) / 2
                            * (BayesOptimum.sigmoid(settings.musicStrength() * s.score()[target]) - 0.5);
                    m[target] = Fixed.format(avg, RATING_DECIMALS);
                    sd[target] = r.length > 1 ? Fixed.format(sampleSd(r), RATING_DECIMALS) : "";
                }
                mean.printRecord(s.id(), m[AROUSAL], m[VALENCE]);
                std.printRecord(s.id(), sd[AROUSAL], sd[VALENCE]);
            }
        }
        try (CSVPrinter p = printer(out.resolve("annotations/static_annotations_subjects.csv"))) {
            p.printRecord("musicId", "subjectId", "Arousal", "Valence");
            for (Planted r : recordings) {
                p.printRecord(r.song().id(), r.subject().id(), Fixed.format(r.rating()[AROUSAL], RATING_DECIMALS),
                        Fixed.format(r.rating()[VALENCE], RATING_DECIMALS));
            }
        }
    }

    private void writeMetadata(Path out, List<Song> songs) throws IOException {
        try (CSVPrinter p = printer(out.resolve("metadata.csv"))) {
            p.printRecord("musicId", "fileName", "title", "artist", "album", "duration", "chorus_start_time",
                    "chorus_end_time");
            for (Song s : songs) {
                String seconds = Fixed.format(s.samples() / settings.samplingRate(), 2);
                p.printRecord(s.id(), s.id() + ".mp3", "Synthetic song " + s.id(), "synthetic", "synthetic",
                        seconds, "0.00", seconds);
            }
        }
    }

    /** One EDA file per heard song, generated and written one song at a time. Returns the samples written. */
    private long writeEda(Path out, List<Song> songs, List<Planted> recordings) throws IOException {
        EdaSynthesizer synth = new EdaSynthesizer(settings);
        int timeDecimals = Math.max(2, (int) Math.ceil(Math.log10(settings.samplingRate())) + 1);
        long total = 0;
        for (Song song : songs) {
            List<Planted> heard = recordings.stream().filter(p -> p.song() == song).toList();
            if (heard.isEmpty()) {
                continue;
            }
            double[][] columns = new double[heard.size()][];
            int rows = 0;
            for (int j = 0; j < heard.size(); j++) {
                Planted p = heard.get(j);
                Subject s = p.subject();
                columns[j] = synth.signal(Rng.of(settings.seed(), EDA, s.index(), song.index()), p.length(),
                        s.level(), s.responsiveness(), s.scrPerMinute(), p.expression()[VALENCE],
                        p.expression()[AROUSAL]);
                rows = Math.max(rows, columns[j].length);
                total += columns[j].length;
            }
            try (CSVPrinter printer = printer(out.resolve("EDA/" + song.id() + "_EDA.csv"))) {
                printer.print("time");
                for (Planted p : heard) {
                    printer.print(p.subject().id());
                }
                printer.println();
                for (int k = 0; k < rows; k++) {
                    printer.print(Fixed.format(k / settings.samplingRate(), timeDecimals));
                    for (double[] c : columns) {
                        printer.print(k < c.length ? Fixed.format(c[k], EDA_DECIMALS) : "");
                    }
                    printer.println();
                }
            }
        }
        return total;
    }

    private static void writeRecordingTruth(Path out, List<Planted> recordings, double[][] thresholds)
            throws IOException {
        try (CSVPrinter p = printer(out.resolve(RECORDING_TRUTH_FILE))) {
            p.printRecord("musicId", "subjectId", "samples", "stateValence", "stateArousal", "edaValence",
                    "edaArousal", "musicScoreValence", "musicScoreArousal", "ratingValence", "ratingArousal",
                    "thresholdValence", "thresholdArousal", "labelValence", "labelArousal");
            for (Planted r : recordings) {
                int s = r.subject().index();
                p.printRecord(r.song().id(), r.subject().id(), r.length(),
                        r.high()[VALENCE] ? 1 : 0, r.high()[AROUSAL] ? 1 : 0,
                        Fixed.format(r.expression()[VALENCE], TRUTH_DECIMALS),
                        Fixed.format(r.expression()[AROUSAL], TRUTH_DECIMALS),
                        Fixed.format(r.song().score()[VALENCE], TRUTH_DECIMALS),
                        Fixed.format(r.song().score()[AROUSAL], TRUTH_DECIMALS),
                        Fixed.format(r.rating()[VALENCE], RATING_DECIMALS),
                        Fixed.format(r.rating()[AROUSAL], RATING_DECIMALS),
                        Fixed.format(thresholds[VALENCE][s], TRUTH_DECIMALS),
                        Fixed.format(thresholds[AROUSAL][s], TRUTH_DECIMALS),
                        r.rating()[VALENCE] > thresholds[VALENCE][s] ? 1 : 0,
                        r.rating()[AROUSAL] > thresholds[AROUSAL][s] ? 1 : 0);
            }
        }
    }

    private void writeTruth(Path out, SyntheticTruth truth, double[][] directions) throws IOException {
        JsonObject root = new JsonObject();
        root.addProperty("generator", SyntheticPmemo.class.getName());
        root.addProperty("formatVersion", 1);
        root.addProperty("seed", settings.seed());
        JsonObject s = new JsonObject();
        s.addProperty("subjects", settings.subjects());
        s.addProperty("songs", settings.songs());
        s.addProperty("seed", settings.seed());
        s.addProperty("recordingsPerSubject", settings.recordingsPerSubject());
        s.add("minDurationSeconds", number(settings.minDurationSeconds()));
        s.add("maxDurationSeconds", number(settings.maxDurationSeconds()));
        s.add("samplingRateHz", number(settings.samplingRate()));
        s.addProperty("featureDimension", settings.featureDimension());
        s.add("musicStrength", number(settings.musicStrength()));
        s.add("edaValenceStrength", number(settings.edaValenceStrength()));
        s.add("edaArousalStrength", number(settings.edaArousalStrength()));
        s.add("ratingNoise", number(settings.ratingNoise()));
        s.add("noiseSdMicrosiemens", number(settings.noiseSd()));
        s.add("gapProbability", number(settings.gapProbability()));
        EdaEffects e = settings.effects();
        JsonObject effects = new JsonObject();
        effects.add("driftFraction", number(e.driftFraction()));
        effects.add("valenceSlopeMicrosiemensPerMinute", number(e.valenceSlope()));
        effects.add("scrPerMinute", number(e.scrPerMinute()));
        effects.add("arousalRateGain", number(e.arousalRateGain()));
        effects.add("arousalHeightGain", number(e.arousalHeightGain()));
        s.add("edaEffects", effects);
        root.add("settings", s);
        JsonObject counts = new JsonObject();
        counts.addProperty("subjects", settings.subjects());
        counts.addProperty("songs", settings.songs());
        counts.addProperty("songsWithEda", truth.songsWithEda());
        counts.addProperty("recordings", truth.recordings());
        counts.addProperty("totalSamples", truth.totalSamples());
        root.add("counts", counts);
        root.addProperty("labelRule", "per subject and target: exact 1-D 2-means on the subject's ratings as "
                + "written in annotations/static_annotations_subjects.csv, threshold = midpoint of the two "
                + "centres, label 1 when the rating is above the threshold");
        JsonObject optimum = new JsonObject();
        optimum.addProperty("method", "closed form, no sampling. P(high | music) = sigmoid(musicStrength * w.f); "
                + "P(high | eda) = sigmoid(edaStrength * x), x the latent EDA expression; P(high | both) = "
                + "sigmoid(musicStrength * w.f + edaStrength * x). a_s(state) = P(rating > threshold_s | state) for "
                + "the recording's subject s. The user-independent Bayes rule predicts 1 when "
                + "P(high | info) * mean a(1) + (1 - P(high | info)) * mean a(0) > 1/2 (means over recordings); "
                + "expected accuracy = mean over recordings of the probability that this prediction matches the "
                + "label under the subject's own a_s. 'latentState' = the same rule knowing the state; "
                + "'...Realised' = fraction of the generated labels the rule predicts right");
        optimum.add("valence", optimumJson(truth.valence()));
        optimum.add("arousal", optimumJson(truth.arousal()));
        root.add("optimalAccuracy", optimum);
        JsonObject dirs = new JsonObject();
        dirs.add("valence", vector(directions[VALENCE]));
        dirs.add("arousal", vector(directions[AROUSAL]));
        root.add("plantedDirections", dirs);
        root.addProperty("recordingTruth", RECORDING_TRUTH_FILE);
        try (Writer w = Files.newBufferedWriter(out.resolve(TRUTH_FILE), StandardCharsets.UTF_8)) {
            new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root, w);
            w.write('\n');
        }
    }

    private static JsonObject optimumJson(SyntheticTruth.Optimum o) {
        JsonObject j = new JsonObject();
        j.add("music", number(o.music()));
        j.add("eda", number(o.eda()));
        j.add("both", number(o.both()));
        j.add("latentState", number(o.latentState()));
        j.add("chance", number(o.chance()));
        j.add("musicRealised", number(o.musicRealised()));
        j.add("edaRealised", number(o.edaRealised()));
        j.add("bothRealised", number(o.bothRealised()));
        j.add("highFraction", number(o.highFraction()));
        return j;
    }

    // Numbers go through Fixed so the JSON text does not depend on the JVM's Double.toString.
    private static com.google.gson.JsonPrimitive number(double v) {
        String plain = new BigDecimal(Fixed.format(v, TRUTH_DECIMALS)).stripTrailingZeros().toPlainString();
        return new com.google.gson.JsonPrimitive(new BigDecimal(plain));
    }

    private static JsonArray vector(double[] v) {
        JsonArray a = new JsonArray();
        for (double x : v) {
            a.add(number(x));
        }
        return a;
    }

    private static double[] gaussians(Rng rng, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = rng.gaussian();
        }
        return v;
    }

    private static double[] normalise(double[] v) {
        double norm = Math.sqrt(dot(v, v));
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] / norm;
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double sampleSd(double[] r) {
        double mean = Arrays.stream(r).average().orElseThrow();
        double ss = 0;
        for (double x : r) {
            ss += (x - mean) * (x - mean);
        }
        return Math.sqrt(ss / (r.length - 1));
    }
}
