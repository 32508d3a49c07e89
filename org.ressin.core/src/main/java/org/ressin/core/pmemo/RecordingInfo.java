package org.ressin.core.pmemo;

/**
 * What the index pass knows about one recording without keeping its samples.
 *
 * @param length number of samples (trailing empty cells excluded, inner gaps included)
 * @param missingValues samples that are NaN
 */
public record RecordingInfo(String musicId, String subjectId, int length, int missingValues, double samplingRate) {

    public double durationSeconds() { return length / samplingRate; }

    /** "musicId/subjectId", the same key as {@code Recording.id()}. */
    public String id() { return musicId + "/" + subjectId; }
}
