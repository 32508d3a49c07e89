package org.ressin.core.baseline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.ressin.core.eval.LabeledItem;
import org.ressin.core.eval.Trainer;
import org.ressin.core.eval.ZScore;

import libsvm.svm_model;
import libsvm.svm_node;

/**
 * The music-only baseline of the paper's Table 2: an SVM on the song's z-scored music features predicting the
 * recording's personal high/low label. Runs inside {@link org.ressin.core.eval.CrossValidation} like Res-SIN, so
 * both are scored on the same folds.
 *
 * <p>Per fold: z-score statistics from the training rows only ({@link ZScore}), then a libsvm C-SVC. Every
 * recording of a song has the same feature vector, so the kernel is computed per pair of songs
 * ({@link SongKernel}) and handed to libsvm precomputed; each row's kernel nodes are shared with the other rows
 * of its song, and a held-out song is classified once for all its recordings. The model is the one libsvm would
 * fit with the kernel computed itself (same kernel, same solver), but for 6,373-d openSMILE vectors about ten
 * times faster.
 *
 * @param <E> the example type; {@code music} gives its song's raw feature vector
 */
public final class MusicSvmTrainer<E extends LabeledItem> implements Trainer<E> {

    private final SvmSettings settings;
    private final Function<? super E, double[]> music;

    /**
     * @param music the raw music features of an example's song (read, not modified)
     */
    public MusicSvmTrainer(SvmSettings settings, Function<? super E, double[]> music) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.music = Objects.requireNonNull(music, "music");
    }

    /** The trainer for {@link MusicItem}s. */
    public static MusicSvmTrainer<MusicItem> forItems(SvmSettings settings) {
        return new MusicSvmTrainer<>(settings, MusicItem::music);
    }

    public SvmSettings settings() { return settings; }

    @Override
    public FittedClassifier<E> fit(List<E> training, int fold) {
        if (training.isEmpty()) throw new IllegalArgumentException("fold " + fold + ": no training examples");
        Map<String, double[]> rawBySong = songVectors(training, -1);
        int d = rawBySong.values().iterator().next().length;
        List<double[]> rows = new ArrayList<>(training.size());
        for (E e : training) rows.add(rawBySong.get(e.musicId()));
        ZScore zScore = ZScore.fit(rows);

        // training songs, their scaled vectors, and each training row's song
        List<String> songs = new ArrayList<>(rawBySong.keySet());
        Map<String, Integer> songIndex = new HashMap<>();
        double[][] scaled = new double[songs.size()][];
        for (int s = 0; s < songs.size(); s++) {
            songIndex.put(songs.get(s), s);
            scaled[s] = zScore.apply(rawBySong.get(songs.get(s)));
        }
        int l = training.size();
        int[] songOfRow = new int[l];
        double[] y = new double[l];
        for (int i = 0; i < l; i++) {
            songOfRow[i] = songIndex.get(training.get(i).musicId());
            y[i] = training.get(i).label();
        }
        SongKernel kernel = new SongKernel(settings, d);
        double[][] gram = kernel.matrix(scaled, scaled);

        // libsvm's precomputed form: row i = [0: serial i + 1, k: K(row i, row k)]; nodes 1..l depend on the song only
        List<svm_node[]> x = new ArrayList<>(l);
        svm_node[][] songNodes = new svm_node[songs.size()][];
        for (int i = 0; i < l; i++) {
            int s = songOfRow[i];
            if (songNodes[s] == null) songNodes[s] = kernelNodes(gram[s], songOfRow);
            svm_node[] row = new svm_node[l + 1];
            row[0] = node(0, i + 1);
            System.arraycopy(songNodes[s], 1, row, 1, l);
            x.add(row);
        }
        return new Fitted(Libsvm.trainPrecomputed(x, y, settings), zScore, kernel, scaled, songOfRow, d);
    }

    /** The model of one fold; classifies a held-out song once for all its recordings. */
    final class Fitted implements FittedClassifier<E> {
        private final svm_model model;
        private final ZScore zScore;
        private final SongKernel kernel;
        private final double[][] trainingSongs;
        private final int[] songOfRow;
        private final int dimension;

        private Fitted(svm_model model, ZScore zScore, SongKernel kernel, double[][] trainingSongs, int[] songOfRow,
                int dimension) {
            this.model = model;
            this.zScore = zScore;
            this.kernel = kernel;
            this.trainingSongs = trainingSongs;
            this.songOfRow = songOfRow;
            this.dimension = dimension;
        }

        @Override
        public int[] predict(List<E> test) {
            Map<String, Double> labels = bySong(test, false);
            return test.stream().mapToInt(e -> labels.get(e.musicId()).intValue()).toArray();
        }

        /** libsvm's decision value of each example (its sign separates the classes in libsvm's label order). */
        double[] decisionValues(List<E> test) {
            Map<String, Double> values = bySong(test, true);
            return test.stream().mapToDouble(e -> values.get(e.musicId())).toArray();
        }

        private Map<String, Double> bySong(List<E> test, boolean decisionValue) {
            Map<String, double[]> testBySong = songVectors(test, dimension);
            List<String> songs = new ArrayList<>(testBySong.keySet());
            double[][] scaled = new double[songs.size()][];
            for (int s = 0; s < songs.size(); s++) scaled[s] = zScore.apply(testBySong.get(songs.get(s)));
            double[][] cross = kernel.matrix(scaled, trainingSongs);
            Map<String, Double> out = new HashMap<>();
            for (int s = 0; s < songs.size(); s++) {
                svm_node[] nodes = kernelNodes(cross[s], songOfRow);
                out.put(songs.get(s), decisionValue ? Libsvm.decisionValue(model, nodes)
                        : Libsvm.predict(model, nodes) > 0.5 ? 1.0 : 0.0);
            }
            return out;
        }
    }

    /** [0: unused serial, k: K(song, training row k - 1)] from the song's kernel row over the training songs. */
    private static svm_node[] kernelNodes(double[] kernelRow, int[] songOfRow) {
        svm_node[] out = new svm_node[songOfRow.length + 1];
        out[0] = node(0, 0);
        for (int k = 0; k < songOfRow.length; k++) out[k + 1] = node(k + 1, kernelRow[songOfRow[k]]);
        return out;
    }

    private static svm_node node(int index, double value) {
        svm_node n = new svm_node();
        n.index = index;
        n.value = value;
        return n;
    }

    /**
     * Each song's vector, checked: present, finite, of one dimension ({@code expected}, or the first one's when
     * negative), and the same for every recording of the song. Songs in order of first appearance.
     */
    private Map<String, double[]> songVectors(List<E> examples, int expected) {
        Map<String, double[]> bySong = new LinkedHashMap<>();
        int d = expected;
        for (E e : examples) {
            double[] v = music.apply(e);
            String id = e.musicId() + "/" + e.subjectId();
            if (v == null) {
                throw new IllegalArgumentException("example " + id + " has no music features (song " + e.musicId()
                        + " has no row in features/static_features.csv?)");
            }
            if (d < 0) {
                d = v.length;
            }
            if (v.length != d || d == 0) {
                throw new IllegalArgumentException("example " + id + " has " + v.length + " music features, expected "
                        + d);
            }
            double[] known = bySong.get(e.musicId());
            if (known == null) {
                for (int j = 0; j < v.length; j++) {
                    if (!Double.isFinite(v[j])) {
                        throw new IllegalArgumentException("example " + id + ": music feature " + (j + 1) + " is "
                                + v[j]);
                    }
                }
                bySong.put(e.musicId(), v);
            } else if (known != v && !Arrays.equals(known, v)) {
                throw new IllegalArgumentException("song " + e.musicId() + " has different music features in example "
                        + id + " than in another example of the same song");
            }
        }
        return bySong;
    }
}
