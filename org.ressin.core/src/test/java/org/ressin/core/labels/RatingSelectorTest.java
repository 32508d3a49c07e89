package org.ressin.core.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RatingSelectorTest {

    private static final List<SongMean> MEANS = List.of(new SongMean("1", 0.2, 0.3), new SongMean("2", 0.7, 0.6));

    @Test
    void songMeansWhenNoSubjectRatings() {
        RatingSelection s = RatingSelector.select(List.of(), MEANS, List.of(new RecordingKey("10", "1"),
                new RecordingKey("10", "2"), new RecordingKey("10", "2"), new RecordingKey("11", "2")));
        assertEquals(List.of(new Rating("10", "1", 0.2, 0.3), new Rating("10", "2", 0.7, 0.6),
                new Rating("11", "2", 0.7, 0.6)), s.ratings());
        assertEquals(RatingSource.SONG_MEAN, s.sourceBySubject().get("10"));
        assertTrue(s.warnings().isEmpty());
    }

    @Test
    void ownRatingsWinPerSubject() {
        List<Rating> own = List.of(new Rating("10", "1", 7, 3), new Rating("10", "9", 2, 2));
        RatingSelection s = RatingSelector.select(own, MEANS, List.of(new RecordingKey("10", "1"),
                new RecordingKey("10", "2"), new RecordingKey("11", "2"), new RecordingKey("11", "5")));
        // subject 10: own ratings only (song 9 without a recording still counts); recording of song 2 unrated
        // subject 11: song mean of song 2; song 5 has no mean
        assertEquals(List.of(new Rating("10", "1", 7, 3), new Rating("10", "9", 2, 2), new Rating("11", "2", 0.7, 0.6)),
                s.ratings());
        assertEquals(RatingSource.SUBJECT_ANNOTATION, s.sourceBySubject().get("10"));
        assertEquals(RatingSource.SONG_MEAN, s.sourceBySubject().get("11"));
        assertEquals(2, s.warnings().size());
        assertTrue(s.warnings().get(0).contains("song 2 / subject 10"), s.warnings().get(0));
        assertTrue(s.warnings().get(1).contains("song 5 / subject 11"), s.warnings().get(1));
    }

    @Test
    void duplicateSongMeanIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> RatingSelector.select(List.of(),
                List.of(new SongMean("1", 0, 0), new SongMean("1", 1, 1)), List.of()));
    }
}
