package org.ressin.core.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The report folder of an experiment: {@value #SETTINGS_FILE} (the settings that produced it), one
 * {@code results/<configuration>.json} per finished configuration and {@code results/<configuration>/fold-<k>.json}
 * per finished fold, so an interrupted run resumes at the next fold. A folder holding anything else, or made with
 * other settings, is refused rather than mixed or overwritten. Every file is written to a temporary name and
 * moved into place, so a crash leaves no half file.
 */
public final class ExperimentStore {

    /** The settings marker. */
    public static final String SETTINGS_FILE = "experiment.json";
    /** The folder of stored results. */
    public static final String RESULTS = "results";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create();

    private final Path dir;
    private final Path results;

    private ExperimentStore(Path dir) {
        this.dir = dir;
        this.results = dir.resolve(RESULTS);
    }

    /**
     * Opens {@code dir} for {@code settings}: creates it if absent or empty; resumes it if it is a previous
     * experiment report with the same settings.
     *
     * @throws ReportFolderException naming the folder if it is something else
     */
    public static ExperimentStore open(Path dir, JsonObject settings) throws IOException {
        Path marker = dir.resolve(SETTINGS_FILE);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ReportFolderException(dir + " is a file, not a folder");
        }
        if (Files.isDirectory(dir) && !isEmpty(dir)) {
            if (!Files.isRegularFile(marker)) {
                throw new ReportFolderException(dir + " is not empty and holds no " + SETTINGS_FILE
                        + " (not an experiment report); refusing to write there");
            }
            JsonObject previous;
            try {
                previous = JsonParser.parseString(Files.readString(marker, StandardCharsets.UTF_8)).getAsJsonObject();
            } catch (RuntimeException e) {
                throw new ReportFolderException(marker + " is not readable JSON (" + e.getMessage()
                        + "); refusing to resume into " + dir);
            }
            if (!previous.equals(settings)) {
                throw new ReportFolderException(dir + " holds an experiment with other settings (" + marker + ": "
                        + previous + ", now: " + settings + "); use a new folder or the same options");
            }
        } else {
            Files.createDirectories(dir);
            write(marker, settings);
        }
        ExperimentStore s = new ExperimentStore(dir);
        Files.createDirectories(s.results);
        return s;
    }

    /** The report folder. */
    public Path dir() { return dir; }

    /** The stored result of a finished configuration, if any. */
    public Optional<JsonObject> get(Configuration c) throws IOException {
        return read(results.resolve(c.key() + ".json"), "delete it to rerun " + c.key());
    }

    /** Stores a finished configuration. */
    public void put(Configuration c, JsonObject result) throws IOException {
        write(results.resolve(c.key() + ".json"), result);
    }

    /** A record that is not a configuration (e.g. the preparation's time), if stored. */
    public Optional<JsonObject> getNote(String name) throws IOException {
        return read(results.resolve(name + ".json"), "delete it");
    }

    public void putNote(String name, JsonObject note) throws IOException {
        write(results.resolve(name + ".json"), note);
    }

    /** The folder of a configuration's finished folds. */
    Path foldsOf(Configuration c) { return results.resolve(c.key()); }

    static Optional<JsonObject> read(Path f, String remedy) throws IOException {
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JsonParser.parseString(Files.readString(f, StandardCharsets.UTF_8)).getAsJsonObject());
        } catch (RuntimeException e) {
            throw new IOException(f + " is not readable JSON (" + e.getMessage() + "); " + remedy, e);
        }
    }

    static void write(Path file, JsonObject o) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, GSON.toJson(o) + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static boolean isEmpty(Path p) throws IOException {
        try (var s = Files.list(p)) {
            return s.findAny().isEmpty();
        }
    }
}
