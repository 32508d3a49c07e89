package org.ressin.core.pmemo;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The result of one pass over the EDA files that keeps no samples: which recordings exist, how long they are,
 * the sampling rates, and the {@link ReadReport}. Immutable.
 */
public final class PmemoIndex {

    private final List<RecordingInfo> recordings;
    private final List<String> songs;
    private final SortedSet<String> subjects;
    private final long totalSamples;
    private final long missingValues;
    private final SortedMap<Double, Integer> filesPerRate;
    private final ReadReport report;

    PmemoIndex(List<RecordingInfo> recordings, List<String> songs, SortedMap<Double, Integer> filesPerRate,
               ReadReport report) {
        this.recordings = List.copyOf(recordings);
        this.songs = List.copyOf(songs);
        TreeSet<String> s = new TreeSet<>(Ids::compare);
        long total = 0;
        long missing = 0;
        for (RecordingInfo r : recordings) {
            s.add(r.subjectId());
            total += r.length();
            missing += r.missingValues();
        }
        this.subjects = Collections.unmodifiableSortedSet(s);
        this.totalSamples = total;
        this.missingValues = missing;
        this.filesPerRate = Collections.unmodifiableSortedMap(new TreeMap<>(filesPerRate));
        this.report = report;
    }

    /** Every recording, song by song (songs in ID order), columns in file order. */
    public List<RecordingInfo> recordings() { return recordings; }

    /** Songs with at least one recording, in ID order. */
    public List<String> songs() { return songs; }

    /** Subjects with at least one recording, in ID order. */
    public SortedSet<String> subjects() { return subjects; }

    public int recordingCount() { return recordings.size(); }

    /** Samples over all recordings (missing ones included). */
    public long totalSamples() { return totalSamples; }

    /** NaN samples over all recordings. */
    public long missingValues() { return missingValues; }

    /** Sampling rate (Hz) to number of EDA files read at that rate. */
    public SortedMap<Double, Integer> filesPerSamplingRate() { return filesPerRate; }

    /** The sampling rate of most files (the lowest on a tie), NaN when no file was read. */
    public double samplingRate() {
        double best = Double.NaN;
        int count = 0;
        for (Map.Entry<Double, Integer> e : filesPerRate.entrySet()) {
            if (e.getValue() > count) {
                best = e.getKey();
                count = e.getValue();
            }
        }
        return best;
    }

    /** Whether every file has the same sampling rate. */
    public boolean hasUniformSamplingRate() { return filesPerRate.size() <= 1; }

    /** Recordings shorter than {@code seconds}. */
    public long recordingsShorterThan(double seconds) {
        return recordings.stream().filter(r -> r.durationSeconds() < seconds).count();
    }

    public ReadReport report() { return report; }
}
