package org.ressin.core.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelsCsvTest {

    @Test
    void writesLabelsThresholdsAndRule() throws IOException {
        List<Rating> ratings = List.of(new Rating("A", "1", 1, 5), new Rating("A", "2", 2, 5),
                new Rating("A", "3", 9, 5));
        // valence {1,2}|{9}: 1.5 and 9 -> 5.25; arousal all equal -> excluded
        LabelingResult result = new PersonalLabeler(new LabelSettings(2, Fallback.EXCLUDE)).label(ratings);
        StringWriter out = new StringWriter();
        LabelsCsv.write(result, out);
        assertEquals(String.join("\n",
                "musicId,subjectId,valence,arousal,valence_label,arousal_label,valence_threshold,arousal_threshold,rule",
                "1,A,1.0,5.0,0,,5.25,,valence=personal;arousal=excluded:single-value",
                "2,A,2.0,5.0,0,,5.25,,valence=personal;arousal=excluded:single-value",
                "3,A,9.0,5.0,1,,5.25,,valence=personal;arousal=excluded:single-value", ""), out.toString());
    }
}
