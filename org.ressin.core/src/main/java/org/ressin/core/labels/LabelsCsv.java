package org.ressin.core.labels;

import java.io.IOException;
import java.io.Writer;
import java.util.OptionalInt;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes labels as CSV, one row per labelled rating:
 * {@code musicId,subjectId,valence,arousal,valence_label,arousal_label,valence_threshold,arousal_threshold,rule}.
 * A target the subject is excluded from has an empty label and threshold; {@code rule} is
 * {@link PersonalThreshold#rule()}. Numbers are written with {@link Double#toString} (exact).
 */
public final class LabelsCsv {

    /** The header, in order. */
    public static final String[] HEADER = {"musicId", "subjectId", "valence", "arousal", "valence_label",
        "arousal_label", "valence_threshold", "arousal_threshold", "rule"};

    private LabelsCsv() {}

    /** Writes the header and every labelled rating of {@code result}; does not close {@code out}. */
    public static void write(LabelingResult result, Writer out) throws IOException {
        CSVPrinter csv = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').setHeader(HEADER).build().print(out);
        for (LabeledRating l : result.labels()) {
            Rating r = l.rating();
            PersonalThreshold t = result.thresholds().get(r.subjectId());
            csv.printRecord(r.musicId(), r.subjectId(), Double.toString(r.valence()), Double.toString(r.arousal()),
                    text(l.valenceLabel()), text(l.arousalLabel()), text(t.valenceThreshold()),
                    text(t.arousalThreshold()), t.rule());
        }
        csv.flush();
    }

    private static String text(OptionalInt label) {
        return label.isPresent() ? Integer.toString(label.getAsInt()) : "";
    }

    private static String text(double threshold) {
        return Double.isNaN(threshold) ? "" : Double.toString(threshold);
    }
}
