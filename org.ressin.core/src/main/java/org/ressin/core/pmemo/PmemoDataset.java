package org.ressin.core.pmemo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.ressin.core.eda.Recording;
import org.ressin.core.pmemo.ReadReport.Issue;

/**
 * A PMEmo folder (see {@code /work/shared/pmemo/README.md} for the layout): annotations, music features and
 * metadata are read when the folder is opened (they are small); EDA recordings are read one
 * {@code EDA/<musicId>_EDA.csv} at a time when iterated, so a dataset's samples are never all in memory.
 *
 * <p>Rules worth knowing (also in {@code docs/pmemo-reader.md}):
 * <ul>
 *   <li>Names of folders and files are matched ignoring case; music and subject IDs that are integers are compared
 *       as integers ({@code 7}, {@code 007}, {@code 7.0}).</li>
 *   <li>A recording ends at the last value of its column; empty, NaN or nan cells before that are missing
 *       values and stay NaN; cells after it are dropped (ragged columns).</li>
 *   <li>A song annotation for a song without EDA file is allowed (counted). A per-subject rating for a song that
 *       has neither an EDA file nor a song annotation is an error ("unknown song"); one whose subject has no
 *       column in that song's EDA file is allowed (counted).</li>
 *   <li>Every problem that stops reading is a {@link PmemoFormatException} naming file, line and column; every
 *       oddity that does not is counted in the {@link ReadReport} of {@link #index()}.</li>
 * </ul>
 */
public final class PmemoDataset {

    /** Seconds at the start of every recording that the method discards. */
    public static final double DISCARDED_SECONDS = 15.0;

    private final PmemoLayout layout;
    private final PmemoReadOptions options;
    private final Map<String, SongAnnotation> songAnnotations;
    private final List<SubjectRating> subjectRatings;   // empty when absent
    private final Map<String, SubjectRating> ratingsById;
    private final MusicFeatures features;               // null when absent
    private final Map<String, SongMetadata> metadata;   // empty when absent
    private final ReadReport openReport;
    private PmemoIndex index;                           // computed on demand

    private PmemoDataset(PmemoLayout layout, PmemoReadOptions options) throws IOException {
        this.layout = layout;
        this.options = options;
        ReadReport.Builder report = new ReadReport.Builder();
        if (!layout.ignoredFiles.isEmpty()) {
            report.add(Issue.IGNORED_FILES, layout.ignoredFiles.size(), layout.edaDir.getFileName()
                    + ": ignored " + layout.ignoredFiles);
        }
        Map<String, SongAnnotation> songs = TableReaders.songAnnotations(layout.songAnnotations, report);
        if (layout.songAnnotationsStd != null) {
            TableReaders.mergeStd(layout.songAnnotationsStd, songs);
        }
        TreeMap<String, SongAnnotation> sorted = new TreeMap<>(Ids::compare);
        sorted.putAll(songs);
        this.songAnnotations = Collections.unmodifiableMap(sorted);
        if (layout.subjectAnnotations != null) {
            Set<String> known = new HashSet<>(layout.edaFiles.keySet());
            known.addAll(songs.keySet());
            this.subjectRatings = List.copyOf(TableReaders.subjectRatings(layout.subjectAnnotations, known, report));
        } else {
            this.subjectRatings = List.of();
        }
        Map<String, SubjectRating> byId = new HashMap<>();
        subjectRatings.forEach(r -> byId.put(r.id(), r));
        this.ratingsById = byId;
        this.features = layout.features == null ? null : TableReaders.features(layout.features, report);
        this.metadata = layout.metadata == null ? Map.of() : Collections.unmodifiableMap(TableReaders.metadata(layout.metadata));
        this.openReport = report.build();
    }

    /** Opens a PMEmo folder with the {@linkplain PmemoReadOptions#defaults() default options}. */
    public static PmemoDataset open(Path root) throws IOException {
        return open(root, PmemoReadOptions.defaults());
    }

    /**
     * Opens a PMEmo folder: checks the layout and reads annotations, features and metadata; EDA files are only
     * listed.
     *
     * @throws PmemoFormatException when a required folder or file is missing or a table is malformed
     */
    public static PmemoDataset open(Path root, PmemoReadOptions options) throws IOException {
        return new PmemoDataset(PmemoLayout.locate(root), options);
    }

    /**
     * What a PMEmo folder holds as far as its layout and the header of its feature table tell, without reading
     * any table body: cheap enough to call whenever a caller only needs to check a folder. Fails exactly where
     * {@link #open(Path, PmemoReadOptions)} fails on the layout (missing folders or files, no EDA file, several
     * per-subject tables) and on a feature header without music ID column.
     *
     * @throws PmemoFormatException when the folder is not in the PMEmo layout
     */
    public static PmemoOutline outline(Path root) throws IOException {
        PmemoLayout layout = PmemoLayout.locate(root);
        List<String> featureNames = layout.features == null ? List.of() : TableReaders.featureNames(layout.features);
        return new PmemoOutline(layout.root, List.copyOf(layout.edaFiles.keySet()),
                layout.subjectAnnotations != null, layout.features != null, featureNames);
    }

    public Path root() { return layout.root; }

    public PmemoReadOptions options() { return options; }

    /** Music IDs that have an EDA file, in ID order. */
    public List<String> edaSongs() { return List.copyOf(layout.edaFiles.keySet()); }

    /** The EDA file of a song. */
    public Optional<Path> edaFile(String musicId) { return Optional.ofNullable(layout.edaFiles.get(musicId)); }

    /** Song annotations by music ID, in ID order. */
    public Map<String, SongAnnotation> songAnnotations() { return songAnnotations; }

    public Optional<SongAnnotation> songAnnotation(String musicId) {
        return Optional.ofNullable(songAnnotations.get(musicId));
    }

    /** Whether a per-subject annotation table was found. */
    public boolean hasSubjectRatings() { return layout.subjectAnnotations != null; }

    /** The per-subject annotation table that was read, if any. */
    public Optional<Path> subjectRatingsFile() { return Optional.ofNullable(layout.subjectAnnotations); }

    /** Per-subject ratings in file order; empty when there is no per-subject table. */
    public List<SubjectRating> subjectRatings() { return subjectRatings; }

    public Optional<SubjectRating> subjectRating(String musicId, String subjectId) {
        return Optional.ofNullable(ratingsById.get(musicId + "/" + subjectId));
    }

    /** Music features, when {@code features/static_features.csv} is present. */
    public Optional<MusicFeatures> musicFeatures() { return Optional.ofNullable(features); }

    /** Metadata rows by music ID; empty when there is no metadata.csv. */
    public Map<String, SongMetadata> metadata() { return metadata; }

    /**
     * One pass over every EDA file keeping no samples: recordings, lengths, sampling rates and the read report.
     * Computed on the first call, then cached.
     */
    public synchronized PmemoIndex index() throws IOException {
        if (index == null) {
            index = buildIndex();
        }
        return index;
    }

    private PmemoIndex buildIndex() throws IOException {
        return forEachSong((musicId, recordings) -> { });
    }

    /**
     * Receives the recordings of one song during {@link #forEachSong}.
     *
     * @param <E> what the receiver may throw besides {@link IOException} (e.g. a cancellation)
     */
    @FunctionalInterface
    public interface SongConsumer<E extends Exception> {
        /**
         * @param musicId    the song
         * @param recordings its recordings in column order; empty when its file has no non-empty column
         */
        void accept(String musicId, List<Recording> recordings) throws E;
    }

    /**
     * One pass over every EDA file, song by song in {@link #edaSongs()} order, holding one file in memory at a
     * time: hands each song's recordings to {@code action} and builds the {@link PmemoIndex} (with its read
     * report) on the way, so a caller that needs both the samples and the report reads every file once. The
     * index is cached as by {@link #index()}.
     *
     * @throws E whatever {@code action} throws; the pass stops there
     */
    public <E extends Exception> PmemoIndex forEachSong(SongConsumer<E> action) throws IOException, E {
        ReadReport.Builder report = new ReadReport.Builder().addAll(openReport);
        List<RecordingInfo> infos = new ArrayList<>();
        List<String> songs = new ArrayList<>();
        TreeMap<Double, Integer> rates = new TreeMap<>();
        Set<String> recorded = new HashSet<>();
        for (Map.Entry<String, Path> e : layout.edaFiles.entrySet()) {
            EdaFileReader.EdaFile file = EdaFileReader.read(e.getValue(), e.getKey(), options, report);
            rates.merge(file.samplingRate(), 1, Integer::sum);
            if (!file.columns().isEmpty()) {
                songs.add(e.getKey());
            }
            List<Recording> recordings = new ArrayList<>(file.columns().size());
            for (EdaFileReader.Column c : file.columns()) {
                infos.add(new RecordingInfo(e.getKey(), c.subjectId(), c.samples().length, c.missingValues(),
                        file.samplingRate()));
                recorded.add(e.getKey() + "/" + c.subjectId());
                recordings.add(new Recording(e.getKey(), c.subjectId(), file.samplingRate(), c.samples()));
            }
            action.accept(e.getKey(), recordings);
        }
        for (String song : layout.edaFiles.keySet()) {
            if (!songAnnotations.containsKey(song)) {
                report.add(Issue.SONGS_WITHOUT_ANNOTATION, 1, "song " + song + " has an EDA file but no row in "
                        + layout.songAnnotations.getFileName());
            }
            if (features != null && !features.has(song)) {
                report.add(Issue.SONGS_WITHOUT_FEATURES, 1, "song " + song + " has an EDA file but no music features");
            }
        }
        report.add(Issue.ANNOTATED_SONGS_WITHOUT_EDA,
                songAnnotations.keySet().stream().filter(s -> !layout.edaFiles.containsKey(s)).count());
        if (hasSubjectRatings()) {
            report.add(Issue.RATINGS_WITHOUT_RECORDING,
                    subjectRatings.stream().filter(r -> !recorded.contains(r.id())).count());
            report.add(Issue.RECORDINGS_WITHOUT_RATING,
                    recorded.stream().filter(id -> !ratingsById.containsKey(id)).count());
        }
        PmemoIndex built = new PmemoIndex(infos, songs, rates, report.build());
        synchronized (this) {
            if (index == null) {
                index = built;
            }
        }
        return built;
    }

    /** The recordings of one song, in column order. */
    public List<Recording> readSong(String musicId) throws IOException {
        Path file = layout.edaFiles.get(musicId);
        if (file == null) {
            throw new PmemoFormatException(layout.edaDir, "song " + musicId + " has no EDA file");
        }
        // Oddities are counted by index(); a streaming pass does not collect them again.
        EdaFileReader.EdaFile f = EdaFileReader.read(file, musicId, options, new ReadReport.Builder());
        List<Recording> out = new ArrayList<>(f.columns().size());
        for (EdaFileReader.Column c : f.columns()) {
            out.add(new Recording(musicId, c.subjectId(), f.samplingRate(), c.samples()));
        }
        return out;
    }

    /** Calls {@code action} for every recording, song by song, holding one EDA file in memory at a time. */
    public void forEachRecording(Consumer<? super Recording> action) throws IOException {
        for (String song : layout.edaFiles.keySet()) {
            readSong(song).forEach(action);
        }
    }

    /**
     * Every recording, lazily, one EDA file at a time. Read failures surface as {@link UncheckedIOException}
     * whose cause is the {@link PmemoFormatException} or other {@link IOException}.
     */
    public Stream<Recording> recordings() {
        return layout.edaFiles.keySet().stream().flatMap(song -> {
            try {
                return readSong(song).stream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
