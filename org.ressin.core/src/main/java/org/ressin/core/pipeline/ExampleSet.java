package org.ressin.core.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.ressin.core.labels.Target;
import org.ressin.core.net.LabeledExample;
import org.ressin.core.pmemo.MusicFeatures;

/**
 * The learning examples of a prepared dataset for one target: each labelled recording's image, its song's music
 * features (when asked for) and its label. What is left out is counted, never dropped silently.
 *
 * @param unlabeled    recordings without a label for the target (excluded subject, no rating)
 * @param withoutMusic recordings whose song has no music features (only when music is asked for)
 */
public record ExampleSet(List<LabeledExample> examples, List<String> musicFeatureNames, int unlabeled,
        int withoutMusic) {

    public ExampleSet {
        examples = List.copyOf(examples);
        musicFeatureNames = List.copyOf(musicFeatureNames);
    }

    /**
     * @param withMusic attach the song's music features (needed for fusion)
     * @throws IllegalArgumentException if music is asked for and the dataset has no music features
     */
    public static ExampleSet of(PreparedDataset data, Target target, boolean withMusic) {
        MusicFeatures music = null;
        if (withMusic) {
            music = data.music().orElseThrow(() -> new IllegalArgumentException(
                    "fusion needs music features, but the dataset has no features/static_features.csv"));
        }
        List<LabeledExample> examples = new ArrayList<>();
        int unlabeled = 0;
        int withoutMusic = 0;
        for (PreparedRecording r : data.recordings()) {
            OptionalInt label = r.label(target);
            if (label.isEmpty()) {
                unlabeled++;
                continue;
            }
            double[] features = null;
            if (music != null) {
                features = music.get(r.musicId()).orElse(null);
                if (features == null) {
                    withoutMusic++;
                    continue;
                }
            }
            examples.add(new LabeledExample(r.subjectId(), r.musicId(), r.image(), features, label.getAsInt()));
        }
        return new ExampleSet(examples, music == null ? List.of() : music.names(), unlabeled, withoutMusic);
    }

    /** A line for the user about what was left out, or empty. */
    public String leftOutSummary() {
        StringBuilder s = new StringBuilder();
        if (unlabeled > 0) {
            s.append(unlabeled).append(" recording(s) without a label");
        }
        if (withoutMusic > 0) {
            s.append(s.isEmpty() ? "" : ", ").append(withoutMusic).append(" recording(s) of songs without music features");
        }
        return s.isEmpty() ? "" : s + " left out";
    }
}
