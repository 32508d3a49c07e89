package org.ressin.core.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ressin.core.pmemo.PmemoDataset;
import org.ressin.core.pmemo.RecordingInfo;

class PmemoRatingsTest {

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(PmemoRatingsTest.class.getResource("/pmemo/" + name).toURI());
    }

    @Test
    void ownRatingsWithBothValuesAndAWarningForIncompleteOnes() throws Exception {
        PmemoDataset d = PmemoDataset.open(fixture("good"));
        List<RecordingKey> recordings = d.index().recordings().stream()
                .map(RecordingInfo::id).map(id -> id.split("/"))
                .map(p -> new RecordingKey(p[1], p[0])).toList();
        RatingSelection s = PmemoRatings.select(d, recordings);
        // 8 subject ratings, 10/100089 has no valence
        assertEquals(7, s.ratings().size());
        assertEquals(new Rating("100083", "2", 0.8, 0.2), s.ratings().get(3));
        assertTrue(s.sourceBySubject().values().stream().allMatch(r -> r == RatingSource.SUBJECT_ANNOTATION));
        assertTrue(s.warnings().get(0).contains("10/100089"), s.warnings().get(0));
        // and the selector's own warning: recording 10/100089 has no usable own rating
        assertTrue(s.warnings().get(1).contains("song 10 / subject 100089"), s.warnings().get(1));
    }

    @Test
    void songMeansWithoutSubjectTable() throws IOException, URISyntaxException {
        PmemoDataset d = PmemoDataset.open(fixture("minimal"));
        List<RecordingKey> recordings = d.index().recordings().stream()
                .map(r -> new RecordingKey(r.subjectId(), r.musicId())).toList();
        RatingSelection s = PmemoRatings.select(d, recordings);
        assertEquals(recordings.size(), s.ratings().size());
        assertTrue(s.sourceBySubject().values().stream().allMatch(r -> r == RatingSource.SONG_MEAN));
    }
}
