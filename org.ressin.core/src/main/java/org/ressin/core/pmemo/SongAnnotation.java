package org.ressin.core.pmemo;

/**
 * Static song-level annotation: the mean arousal and valence of a song over its annotators (PMEmo:
 * {@code annotations/static_annotations.csv}, values in [0, 1]), with their standard deviations when
 * {@code static_annotations_std.csv} is present ({@code NaN} otherwise). Missing cells are {@code NaN}.
 */
public record SongAnnotation(String musicId, double arousal, double valence, double arousalStd, double valenceStd) {

    public SongAnnotation {
        if (musicId == null || musicId.isEmpty()) {
            throw new IllegalArgumentException("musicId must not be empty");
        }
    }

    /** An annotation without standard deviations. */
    public SongAnnotation(String musicId, double arousal, double valence) {
        this(musicId, arousal, valence, Double.NaN, Double.NaN);
    }

    /** Whether the standard deviations were given. */
    public boolean hasStd() {
        return !Double.isNaN(arousalStd) || !Double.isNaN(valenceStd);
    }

    SongAnnotation withStd(double aStd, double vStd) {
        return new SongAnnotation(musicId, arousal, valence, aStd, vStd);
    }
}
