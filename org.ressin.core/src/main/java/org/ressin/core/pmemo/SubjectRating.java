package org.ressin.core.pmemo;

/**
 * One subject's static rating of one song (the per-subject annotation table). Missing cells are {@code NaN}.
 */
public record SubjectRating(String musicId, String subjectId, double arousal, double valence) {

    public SubjectRating {
        if (musicId == null || musicId.isEmpty() || subjectId == null || subjectId.isEmpty()) {
            throw new IllegalArgumentException("musicId and subjectId must not be empty");
        }
    }

    /** "musicId/subjectId", the same key as {@code Recording.id()}. */
    public String id() {
        return musicId + "/" + subjectId;
    }
}
