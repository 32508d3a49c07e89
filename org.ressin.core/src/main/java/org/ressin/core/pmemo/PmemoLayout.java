package org.ressin.core.pmemo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Where the files of a PMEmo folder are; every name is matched case-insensitively. */
final class PmemoLayout {

    static final String EDA_DIR = "EDA";
    static final String ANNOTATIONS_DIR = "annotations";
    static final String SONG_ANNOTATIONS = "static_annotations.csv";
    static final String SONG_ANNOTATIONS_STD = "static_annotations_std.csv";
    static final String SUBJECT_ANNOTATIONS = "static_annotations_subjects.csv";
    static final String FEATURES_DIR = "features";
    static final String FEATURES = "static_features.csv";
    static final String METADATA = "metadata.csv";

    private static final Pattern EDA_FILE = Pattern.compile("(?i)(.+)_eda\\.csv");

    final Path root;
    final Path edaDir;
    final Path songAnnotations;
    final Path songAnnotationsStd;   // null when absent
    final Path subjectAnnotations;   // null when absent
    final Path features;             // null when absent
    final Path metadata;             // null when absent
    final TreeMap<String, Path> edaFiles = new TreeMap<>(Ids::compare);
    final List<String> ignoredFiles = new ArrayList<>();

    private PmemoLayout(Path root) throws IOException {
        this.root = root;
        if (!Files.exists(root)) {
            throw new PmemoFormatException(root, "folder not found");
        }
        if (!Files.isDirectory(root)) {
            throw new PmemoFormatException(root, "not a folder (expected the unpacked PMEmo folder holding EDA/ and annotations/)");
        }
        this.edaDir = child(root, EDA_DIR, true).orElseThrow(() -> new PmemoFormatException(root,
                "no EDA/ folder (expected EDA/<musicId>_EDA.csv files)"));
        Path annotations = child(root, ANNOTATIONS_DIR, true).orElseThrow(() -> new PmemoFormatException(root,
                "no annotations/ folder (expected annotations/static_annotations.csv)"));
        this.songAnnotations = child(annotations, SONG_ANNOTATIONS, false).orElseThrow(() ->
                new PmemoFormatException(annotations, "no static_annotations.csv (one row per song: musicId, "
                        + "Arousal(mean), Valence(mean))"));
        this.songAnnotationsStd = child(annotations, SONG_ANNOTATIONS_STD, false).orElse(null);
        this.subjectAnnotations = findSubjectAnnotations(annotations);
        Optional<Path> featuresDir = child(root, FEATURES_DIR, true);
        this.features = featuresDir.isPresent() ? child(featuresDir.get(), FEATURES, false).orElse(null) : null;
        this.metadata = child(root, METADATA, false).orElse(null);
        listEdaFiles();
    }

    static PmemoLayout locate(Path root) throws IOException {
        return new PmemoLayout(root);
    }

    private void listEdaFiles() throws IOException {
        try (Stream<Path> files = Files.list(edaDir)) {
            for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                String name = f.getFileName().toString();
                Matcher m = EDA_FILE.matcher(name);
                if (!m.matches() || !Files.isRegularFile(f)) {
                    ignoredFiles.add(name);
                    continue;
                }
                String musicId = Ids.normalise(m.group(1));
                Path before = edaFiles.putIfAbsent(musicId, f);
                if (before != null) {
                    throw new PmemoFormatException(f, "song " + musicId + " has two EDA files (also "
                            + before.getFileName() + ")");
                }
            }
        }
        if (edaFiles.isEmpty()) {
            throw new PmemoFormatException(edaDir, "no <musicId>_EDA.csv file in this folder");
        }
    }

    /**
     * static_annotations_subjects.csv if present, else the one other CSV in annotations/ whose header names a
     * music, a subject, an arousal and a valence column.
     */
    private Path findSubjectAnnotations(Path annotations) throws IOException {
        Optional<Path> named = child(annotations, SUBJECT_ANNOTATIONS, false);
        if (named.isPresent()) {
            return named.get();
        }
        List<Path> candidates = new ArrayList<>();
        try (Stream<Path> files = Files.list(annotations)) {
            for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.endsWith(".csv") && !name.equals(SONG_ANNOTATIONS) && !name.equals(SONG_ANNOTATIONS_STD)
                        && Files.isRegularFile(f) && TableReaders.isSubjectTable(f)) {
                    candidates.add(f);
                }
            }
        }
        if (candidates.size() > 1) {
            throw new PmemoFormatException(annotations, "several per-subject annotation tables: "
                    + candidates.stream().map(p -> p.getFileName().toString()).toList()
                    + "; keep one, or name it " + SUBJECT_ANNOTATIONS);
        }
        return candidates.isEmpty() ? null : candidates.get(0);
    }

    /** The entry of {@code dir} named {@code name} ignoring case; fails when two entries match. */
    static Optional<Path> child(Path dir, String name, boolean directory) throws IOException {
        Path found = null;
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : (Iterable<Path>) entries.sorted()::iterator) {
                if (p.getFileName().toString().equalsIgnoreCase(name)
                        && (directory ? Files.isDirectory(p) : Files.isRegularFile(p))) {
                    if (found != null) {
                        throw new PmemoFormatException(dir, "both " + found.getFileName() + " and "
                                + p.getFileName() + " match " + name + " (names are matched ignoring case)");
                    }
                    found = p;
                }
            }
        }
        return Optional.ofNullable(found);
    }
}
