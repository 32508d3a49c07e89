package org.ressin.core.baseline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.ressin.core.labels.LabelSettings;
import org.ressin.core.labels.LabeledRating;
import org.ressin.core.labels.LabelingResult;
import org.ressin.core.labels.PersonalLabeler;
import org.ressin.core.labels.RatingSelection;
import org.ressin.core.labels.Target;
import org.ressin.core.net.LabeledExample;
import org.ressin.core.labels.PmemoRatings;
import org.ressin.core.pipeline.ExampleSet;
import org.ressin.core.pmemo.MusicFeatures;
import org.ressin.core.pmemo.PmemoDataset;
import org.ressin.core.pmemo.RecordingInfo;

/**
 * The examples of the music-only baseline for one target, and what was left out.
 *
 * @param items        labelled recordings with their song's features (one shared array per song)
 * @param unlabeled    recordings without a label for the target
 * @param withoutMusic labelled recordings whose song has no music features
 * @param warnings     the labelling's warnings (only when built from the ratings)
 */
public record MusicItems(List<MusicItem> items, int unlabeled, int withoutMusic, List<String> warnings) {

    public MusicItems {
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
    }

    /**
     * The same recordings and labels as Res-SIN's examples (the prepared dataset's {@link ExampleSet}, built with
     * music), so both are cross-validated on the same folds.
     *
     * @throws IllegalArgumentException if the example set was built without music features
     */
    public static MusicItems of(ExampleSet examples) {
        Map<String, double[]> shared = new HashMap<>();
        List<MusicItem> items = new ArrayList<>(examples.examples().size());
        for (LabeledExample e : examples.examples()) {
            if (e.music() == null) {
                throw new IllegalArgumentException("example " + e.id()
                        + " has no music features: build the ExampleSet with music");
            }
            double[] m = shared.computeIfAbsent(e.musicId(), id -> e.music());
            items.add(new MusicItem(e.subjectId(), e.musicId(), m, e.label()));
        }
        return new MusicItems(items, examples.unlabeled(), examples.withoutMusic(), List.of());
    }

    /**
     * Every recording of the folder that gets a personal label, straight from the ratings: the labels are those
     * {@link org.ressin.core.pipeline.DatasetPreparer} gives (same {@link PmemoRatings} and
     * {@link PersonalLabeler}), but no signal is decomposed or imaged, so recordings the preparation would leave
     * out (too short, long gaps, failed decomposition) are kept. One pass over the EDA files lists the recordings.
     *
     * @throws IllegalArgumentException if the folder has no {@code features/static_features.csv}
     */
    public static MusicItems fromRatings(PmemoDataset dataset, Target target, LabelSettings labelSettings)
            throws IOException {
        MusicFeatures music = dataset.musicFeatures().orElseThrow(() -> new IllegalArgumentException(
                dataset.root() + ": the music-only baseline needs features/static_features.csv"));
        RatingSelection ratings = PmemoRatings.select(dataset);
        LabelingResult labels = new PersonalLabeler(labelSettings).label(ratings.ratings());
        Map<String, LabeledRating> byRecording = new HashMap<>();
        for (LabeledRating l : labels.labels()) {
            byRecording.put(l.rating().musicId() + '\u0000' + l.rating().subjectId(), l);
        }
        Map<String, double[]> shared = new HashMap<>();
        List<MusicItem> items = new ArrayList<>();
        int unlabeled = 0;
        int withoutMusic = 0;
        for (RecordingInfo r : dataset.index().recordings()) {
            LabeledRating l = byRecording.get(r.musicId() + '\u0000' + r.subjectId());
            OptionalInt label = l == null ? OptionalInt.empty() : l.label(target);
            if (label.isEmpty()) {
                unlabeled++;
                continue;
            }
            double[] m = shared.computeIfAbsent(r.musicId(), id -> music.get(id).orElse(null));
            if (m == null) {
                withoutMusic++;
                continue;
            }
            items.add(new MusicItem(r.subjectId(), r.musicId(), m, label.getAsInt()));
        }
        List<String> warnings = new ArrayList<>(ratings.warnings());
        warnings.addAll(labels.warnings());
        return new MusicItems(items, unlabeled, withoutMusic, warnings);
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
