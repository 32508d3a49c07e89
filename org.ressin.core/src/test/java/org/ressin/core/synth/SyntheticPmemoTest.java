package org.ressin.core.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ressin.core.eda.Recording;
import org.ressin.core.labels.TwoMeans;
import org.ressin.core.pmemo.PmemoDataset;
import org.ressin.core.pmemo.PmemoIndex;
import org.ressin.core.pmemo.ReadReport.Issue;

import org.ressin.core.pmemo.SubjectRating;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class SyntheticPmemoTest {

    @TempDir
    static Path shared;
    @TempDir
    Path tmp;

    private static Path folder;
    private static SyntheticTruth truth;
    private static PmemoDataset dataset;
    private static Map<String, CSVRecord> recordingTruth;

    /** Small and quick, with every feature of the generator switched on. */
    private static final SynthSettings SMALL = SynthSettings.defaults().withSize(5, 8).withRecordingsPerSubject(3)
            .withDurations(31, 35).withFeatureDimension(4).withGapProbability(0.5);

    @BeforeAll
    static void generateDefaults() throws IOException {
        folder = shared.resolve("synth");
        truth = new SyntheticPmemo(SynthSettings.defaults()).writeTo(folder);
        dataset = PmemoDataset.open(folder);
        recordingTruth = new HashMap<>();
        try (Reader r = Files.newBufferedReader(folder.resolve(SyntheticPmemo.RECORDING_TRUTH_FILE))) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().build().parse(r)) {
                recordingTruth.put(rec.get("musicId") + "/" + rec.get("subjectId"), rec);
            }
        }
    }

    @Test
    void readerReadsTheGeneratedFolderBack() throws IOException {
        PmemoIndex index = dataset.index();
        assertEquals(20 * 16, index.recordingCount());
        assertEquals(truth.recordings(), index.recordingCount());
        assertEquals(20, index.subjects().size());
        assertEquals(truth.songsWithEda(), index.songs().size());
        assertEquals(40, truth.songsWithEda()); // 320 recordings dealt evenly over 40 songs
        assertEquals(truth.totalSamples(), index.totalSamples());
        assertEquals(50.0, index.samplingRate());
        assertTrue(index.hasUniformSamplingRate());
        assertEquals(0, index.missingValues());
        assertEquals(0, index.report().recordingsShorterThan15s());
        assertEquals(0, index.report().songsWithoutAnnotation());
        assertEquals(0, index.report().count(Issue.SAMPLING_RATE_ISSUES));
        assertEquals(0, index.report().count(Issue.RECORDINGS_WITHOUT_RATING));
        assertEquals(0, index.report().count(Issue.RATINGS_WITHOUT_RECORDING));
        assertTrue(index.report().count(Issue.RAGGED_RECORDINGS) > 0);
        assertTrue(dataset.hasSubjectRatings());
        assertEquals(320, dataset.subjectRatings().size());
        assertEquals(40, dataset.songAnnotations().size());
        assertEquals(32, dataset.musicFeatures().orElseThrow().dimension());
        assertEquals(40, dataset.musicFeatures().orElseThrow().size());
        assertEquals(40, dataset.metadata().size());
        // every recording lasts 31-60 s, so at least 16 s remain after the 15 s discarded
        index.recordings().forEach(r -> {
            assertTrue(r.durationSeconds() >= 31 && r.durationSeconds() <= 60, r.toString());
            assertEquals(Integer.parseInt(recordingTruth.get(r.id()).get("samples")), r.length());
        });
    }

    @Test
    void truthFileHoldsSettingsAndOrderedOptima() throws IOException {
        JsonObject json = JsonParser.parseString(Files.readString(folder.resolve(SyntheticPmemo.TRUTH_FILE)))
                .getAsJsonObject();
        assertEquals(1, json.get("seed").getAsLong());
        assertEquals(20, json.getAsJsonObject("settings").get("subjects").getAsInt());
        assertEquals(320, json.getAsJsonObject("counts").get("recordings").getAsInt());
        for (String target : List.of("valence", "arousal")) {
            JsonObject o = json.getAsJsonObject("optimalAccuracy").getAsJsonObject(target);
            double music = o.get("music").getAsDouble();
            double eda = o.get("eda").getAsDouble();
            double both = o.get("both").getAsDouble();
            double chance = o.get("chance").getAsDouble();
            assertTrue(music > chance + 0.1 && eda > chance + 0.1, target + ": " + o);
            assertTrue(both > Math.max(music, eda) + 0.03, target + ": " + o);
            assertTrue(o.get("latentState").getAsDouble() > both, target + ": " + o);
            // the realised accuracy of the Bayes rule is close to its expectation
            assertEquals(both, o.get("bothRealised").getAsDouble(), 0.08, target);
        }
        assertEquals(truth.valence().both(), json.getAsJsonObject("optimalAccuracy").getAsJsonObject("valence")
                .get("both").getAsDouble(), 1e-6);
        assertEquals(32, json.getAsJsonObject("plantedDirections").getAsJsonArray("valence").size());
    }

    @Test
    void truthLabelsAreThePersonalThresholdLabelsOfTheWrittenRatings() {
        Map<String, List<SubjectRating>> bySubject = new HashMap<>();
        dataset.subjectRatings().forEach(r -> bySubject.computeIfAbsent(r.subjectId(), k -> new ArrayList<>()).add(r));
        assertEquals(20, bySubject.size());
        bySubject.forEach((subject, ratings) -> {
            double tv = threshold(ratings.stream().mapToDouble(SubjectRating::valence).toArray());
            double ta = threshold(ratings.stream().mapToDouble(SubjectRating::arousal).toArray());
            for (SubjectRating r : ratings) {
                CSVRecord t = recordingTruth.get(r.id());
                assertEquals(r.valence() > tv ? "1" : "0", t.get("labelValence"), r.id());
                assertEquals(r.arousal() > ta ? "1" : "0", t.get("labelArousal"), r.id());
            }
        });
    }

    @Test
    void plantedStatesAreVisibleInTheSignalAfter15Seconds() throws IOException {
        double[] slope = new double[2];
        double[] rises = new double[2];
        int[] nV = new int[2];
        int[] nA = new int[2];
        dataset.forEachRecording(rec -> {
            CSVRecord t = recordingTruth.get(rec.id());
            int v = Integer.parseInt(t.get("stateValence"));
            int a = Integer.parseInt(t.get("stateArousal"));
            double[] y = rec.skipSeconds(15).samples();
            slope[v] += slopePerMinute(y, rec.samplingRate());
            nV[v]++;
            rises[a] += risePerMinute(y, rec.samplingRate());
            nA[a]++;
        });
        // high valence: rising tonic level; high arousal: more and larger SCRs
        assertTrue(slope[1] / nV[1] - slope[0] / nV[0] > 0.2, "slopes " + slope[0] / nV[0] + " " + slope[1] / nV[1]);
        assertTrue(rises[1] / nA[1] > 1.15 * rises[0] / nA[0], "rises " + rises[0] / nA[0] + " " + rises[1] / nA[1]);
    }

    private static double slopePerMinute(double[] y, double fs) {
        int n = y.length;
        double mt = (n - 1) / 2.0 / fs, my = 0;
        for (double v : y) {
            my += v / n;
        }
        double sxy = 0, sxx = 0;
        for (int k = 0; k < n; k++) {
            double t = k / fs - mt;
            sxy += t * (y[k] - my);
            sxx += t * t;
        }
        return sxy / sxx * 60;
    }

    /** Sum of rises over 0.1 s steps, per minute: grows with SCR count and height. */
    private static double risePerMinute(double[] y, double fs) {
        double sum = 0;
        for (int k = 5; k < y.length; k += 5) {
            sum += Math.max(0, y[k] - y[k - 5]);
        }
        return sum / (y.length / fs / 60);
    }

    @Test
    void sameSeedGivesByteIdenticalFiles() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Path c = tmp.resolve("c");
        new SyntheticPmemo(SMALL).writeTo(a);
        new SyntheticPmemo(SMALL).writeTo(b);
        new SyntheticPmemo(SMALL.withSeed(2)).writeTo(c);
        List<Path> files = files(a);
        assertEquals(files, files(b));
        assertTrue(files.size() >= 10, files.toString());
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f.toString());
        }
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a.resolve("features/static_features.csv")),
                Files.readAllBytes(c.resolve("features/static_features.csv"))));
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    @Test
    void gapsAreWrittenAsNaNAndReadAsMissingValues() throws IOException {
        Path out = tmp.resolve("gaps");
        SyntheticTruth t = new SyntheticPmemo(SMALL.withGapProbability(1)).writeTo(out);
        PmemoIndex index = PmemoDataset.open(out).index();
        assertEquals(15, index.recordingCount());
        assertEquals(15, index.report().count(Issue.RECORDINGS_WITH_MISSING_VALUES));
        assertTrue(index.missingValues() >= 15);
        assertEquals(t.totalSamples(), index.totalSamples()); // a gap never ends a recording
        List<Recording> all = PmemoDataset.open(out).recordings().toList();
        assertTrue(all.stream().allMatch(r -> !Double.isNaN(r.sample(0)) && !Double.isNaN(r.sample(r.length() - 1))));
    }

    @Test
    void effectStrengthsControlTheOptima() throws IOException {
        SynthSettings base = SynthSettings.defaults().withSize(10, 20).withRecordingsPerSubject(10)
                .withDurations(31, 32).withFeatureDimension(4);
        SyntheticTruth noMusic = new SyntheticPmemo(base.withStrengths(0, 1.5, 1.5, 0.3)).writeTo(tmp.resolve("m0"));
        SyntheticTruth noEda = new SyntheticPmemo(base.withStrengths(2, 0, 0, 0.3)).writeTo(tmp.resolve("e0"));
        assertTrue(noMusic.valence().music() < 0.56, noMusic.toString());
        assertTrue(noMusic.arousal().music() < 0.56, noMusic.toString());
        assertTrue(noMusic.valence().eda() > 0.65, noMusic.toString());
        assertTrue(noEda.valence().eda() < 0.56 && noEda.arousal().eda() < 0.56, noEda.toString());
        assertTrue(noEda.arousal().music() > 0.65, noEda.toString());
    }

    @Test
    void pronouncedEffectsShowTheLatentExpressionsMoreClearlyWithTheSameOptimum() throws IOException {
        SynthSettings base = SynthSettings.defaults().withSize(12, 24).withRecordingsPerSubject(12)
                .withDurations(40, 45).withFeatureDimension(4);
        Path subtle = tmp.resolve("subtle");
        Path pronounced = tmp.resolve("pronounced");
        SyntheticTruth ts = new SyntheticPmemo(base).writeTo(subtle);
        SyntheticTruth tp = new SyntheticPmemo(base.withEffects(EdaEffects.pronounced())).writeTo(pronounced);
        assertEquals(ts.valence(), tp.valence()); // labels and optimum do not depend on the effects
        assertEquals(ts.arousal(), tp.arousal());
        double[] cs = featureCorrelations(subtle);
        double[] cp = featureCorrelations(pronounced);
        assertTrue(cp[0] > cs[0] + 0.05, "slope vs x_V: subtle " + cs[0] + ", pronounced " + cp[0]);
        assertTrue(cp[1] > cs[1] + 0.1, "rises vs x_A: subtle " + cs[1] + ", pronounced " + cp[1]);
    }

    /** Pearson correlation of the relative slope with x_V and of the log rises with x_A, over the recordings. */
    private static double[] featureCorrelations(Path folder) throws IOException {
        Map<String, CSVRecord> latent = new HashMap<>();
        try (Reader r = Files.newBufferedReader(folder.resolve(SyntheticPmemo.RECORDING_TRUTH_FILE))) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().build().parse(r)) {
                latent.put(rec.get("musicId") + "/" + rec.get("subjectId"), rec);
            }
        }
        List<double[]> rows = new java.util.ArrayList<>();
        PmemoDataset.open(folder).forEachRecording(rec -> {
            CSVRecord t = latent.get(rec.id());
            double[] y = rec.skipSeconds(15).samples();
            double level = java.util.Arrays.stream(y).average().orElseThrow();
            rows.add(new double[] {slopePerMinute(y, rec.samplingRate()) / level, Double.parseDouble(t.get("edaValence")),
                Math.log(risePerMinute(y, rec.samplingRate())), Double.parseDouble(t.get("edaArousal"))});
        });
        return new double[] {pearson(rows, 0, 1), pearson(rows, 2, 3)};
    }

    private static double pearson(List<double[]> rows, int a, int b) {
        double ma = rows.stream().mapToDouble(r -> r[a]).average().orElseThrow();
        double mb = rows.stream().mapToDouble(r -> r[b]).average().orElseThrow();
        double sab = 0, saa = 0, sbb = 0;
        for (double[] r : rows) {
            sab += (r[a] - ma) * (r[b] - mb);
            saa += (r[a] - ma) * (r[a] - ma);
            sbb += (r[b] - mb) * (r[b] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }

    @Test
    void refusesAFolderThatHoldsFiles() throws IOException {
        Path out = tmp.resolve("user-data");
        Files.createDirectories(out);
        Files.writeString(out.resolve("keep.txt"), "mine");
        IOException e = assertThrows(IOException.class, () -> new SyntheticPmemo(SMALL).writeTo(out));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
        assertEquals("mine", Files.readString(out.resolve("keep.txt")));
        assertEquals(1, files(out).size());

        Path file = tmp.resolve("a-file");
        Files.writeString(file, "x");
        assertThrows(IOException.class, () -> new SyntheticPmemo(SMALL).writeTo(file));
        assertEquals("x", Files.readString(file));
    }

    /** The labeler's rule: a single distinct value is its own threshold (every rating labelled 0). */
    private static double threshold(double[] ratings) {
        return TwoMeans.fit(ratings).map(TwoMeans.Split::threshold).orElse(ratings[0]);
    }
}
