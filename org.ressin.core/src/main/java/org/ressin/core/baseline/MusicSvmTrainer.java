package org.ressin.core.baseline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.ressin.core.eval.LabeledItem;
import org.ressin.core.eval.Trainer;

import libsvm.svm_model;
import libsvm.svm_node;

/**
 * The music-only baseline of the paper's Table 2: an SVM on the song's z-scored music features predicting the
 * recording's personal high/low label. Runs inside {@link org.ressin.core.eval.CrossValidation} like Res-SIN, so
 * both are scored on the same folds.
 *
 * <p>Per fold: z-score statistics from the training rows only ({@link ZScore}), then a libsvm C-SVC. Every
 * recording of a song has the same feature vector, so the scaled vector is built once per song and shared by
 * that song's rows (libsvm never modifies its input), which keeps 6,373-d openSMILE vectors affordable.
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
        for (E e : training) {
            rows.add(rawBySong.get(e.musicId()));
        }
        ZScore zScore = ZScore.fit(rows);
        Map<String, svm_node[]> nodes = new HashMap<>();
        List<svm_node[]> x = new ArrayList<>(training.size());
        double[] y = new double[training.size()];
        for (int i = 0; i < training.size(); i++) {
            E e = training.get(i);
            x.add(nodes.computeIfAbsent(e.musicId(), id -> Libsvm.nodes(zScore.apply(rawBySong.get(id)))));
            y[i] = e.label();
        }
        svm_model model = Libsvm.train(x, y, d, settings, false);
        return test -> {
            Map<String, double[]> testBySong = songVectors(test, d);
            Map<String, svm_node[]> testNodes = new HashMap<>();
            int[] predicted = new int[test.size()];
            for (int i = 0; i < test.size(); i++) {
                svm_node[] n = testNodes.computeIfAbsent(test.get(i).musicId(),
                        id -> Libsvm.nodes(zScore.apply(testBySong.get(id))));
                predicted[i] = Libsvm.predict(model, n) > 0.5 ? 1 : 0;
            }
            return predicted;
        };
    }

    /**
     * Each song's vector, checked: present, finite, of one dimension ({@code expected}, or the first one's when
     * negative), and the same for every recording of the song.
     */
    private Map<String, double[]> songVectors(List<E> examples, int expected) {
        Map<String, double[]> bySong = new HashMap<>();
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
