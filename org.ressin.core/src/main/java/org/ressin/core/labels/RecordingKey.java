package org.ressin.core.labels;

import java.util.Objects;

/**
 * The (subject, song) pair of one EDA recording: who listened to what.
 *
 * @param subjectId the subject
 * @param musicId   the song
 */
public record RecordingKey(String subjectId, String musicId) {

    public RecordingKey {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(musicId, "musicId");
    }
}
