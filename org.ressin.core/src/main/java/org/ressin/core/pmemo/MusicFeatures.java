package org.ressin.core.pmemo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Static music features: one vector per song, all of the same named dimensions (PMEmo:
 * {@code features/static_features.csv}, 6,373 openSMILE ComParE features). Immutable; vectors are copied in
 * and out. Missing cells are {@code NaN}.
 */
public final class MusicFeatures {

    private final List<String> names;
    private final Map<String, double[]> byMusicId;

    /**
     * @param names feature names in column order
     * @param byMusicId musicId to vector; every vector has {@code names.size()} values; iteration order is kept
     */
    public MusicFeatures(List<String> names, Map<String, double[]> byMusicId) {
        this.names = List.copyOf(names);
        LinkedHashMap<String, double[]> copy = new LinkedHashMap<>();
        byMusicId.forEach((id, v) -> {
            if (v.length != this.names.size()) {
                throw new IllegalArgumentException("features of song " + id + " have " + v.length
                        + " values, expected " + this.names.size());
            }
            copy.put(id, v.clone());
        });
        this.byMusicId = Collections.unmodifiableMap(copy);
    }

    /** Feature names in column order. */
    public List<String> names() { return names; }

    /** Number of features per song. */
    public int dimension() { return names.size(); }

    /** Songs that have a feature vector, in file order. */
    public Set<String> musicIds() { return byMusicId.keySet(); }

    public boolean has(String musicId) { return byMusicId.containsKey(musicId); }

    /** A copy of the song's feature vector. */
    public Optional<double[]> get(String musicId) {
        double[] v = byMusicId.get(musicId);
        return v == null ? Optional.empty() : Optional.of(v.clone());
    }

    /** Number of songs. */
    public int size() { return byMusicId.size(); }
}
