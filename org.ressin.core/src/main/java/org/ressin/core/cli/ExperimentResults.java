package org.ressin.core.cli;

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

import picocli.CommandLine;

/**
 * The report folder of {@code ressin experiment}: {@code experiment.json} (the settings that produced it) and one
 * {@code results/<config>.json} per finished configuration, so that an interrupted run resumes where it stopped.
 * A folder holding anything else, or made with other settings, is refused rather than mixed or overwritten.
 */
final class ExperimentResults {

    static final String SETTINGS_FILE = "experiment.json";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create();

    private final Path dir;
    private final Path results;

    private ExperimentResults(Path dir) {
        this.dir = dir;
        this.results = dir.resolve("results");
    }

    /**
     * Opens {@code dir} for {@code settings}: creates it if absent or empty; resumes it if it is a previous
     * experiment report with the same settings.
     *
     * @throws CommandLine.ParameterException naming {@code --out} if the folder is something else
     */
    static ExperimentResults open(CommandLine cmd, Path dir, JsonObject settings) throws IOException {
        Path marker = dir.resolve(SETTINGS_FILE);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new CommandLine.ParameterException(cmd, "--out " + dir + " is a file, not a folder");
        }
        if (Files.isDirectory(dir) && !isEmpty(dir)) {
            if (!Files.isRegularFile(marker)) {
                throw new CommandLine.ParameterException(cmd, "--out " + dir + " is not empty and holds no "
                        + SETTINGS_FILE + " (not an experiment report); refusing to write there");
            }
            JsonObject previous;
            try {
                previous = JsonParser.parseString(Files.readString(marker, StandardCharsets.UTF_8)).getAsJsonObject();
            } catch (RuntimeException e) {
                throw new CommandLine.ParameterException(cmd, marker + " is not readable JSON (" + e.getMessage()
                        + "); refusing to resume into --out " + dir);
            }
            if (!previous.equals(settings)) {
                throw new CommandLine.ParameterException(cmd, "--out " + dir + " holds an experiment with other "
                        + "settings (" + marker + ": " + previous + ", now: " + settings
                        + "); use a new folder or the same options");
            }
        } else {
            Files.createDirectories(dir);
            write(marker, settings);
        }
        ExperimentResults r = new ExperimentResults(dir);
        Files.createDirectories(r.results);
        return r;
    }

    Path dir() { return dir; }

    /** The stored result of a finished configuration, if any. */
    Optional<JsonObject> get(String config) throws IOException {
        Path f = results.resolve(config + ".json");
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JsonParser.parseString(Files.readString(f, StandardCharsets.UTF_8)).getAsJsonObject());
        } catch (RuntimeException e) {
            throw new IOException(f + " is not readable JSON (" + e.getMessage() + "); delete it to rerun " + config, e);
        }
    }

    /** Stores a finished configuration (written to a temporary file first, so a crash leaves no half file). */
    void put(String config, JsonObject result) throws IOException {
        write(results.resolve(config + ".json"), result);
    }

    private static void write(Path file, JsonObject o) throws IOException {
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
