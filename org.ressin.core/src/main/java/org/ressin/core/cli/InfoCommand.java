package org.ressin.core.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.ressin.core.pmemo.MusicFeatures;
import org.ressin.core.pmemo.PmemoDataset;
import org.ressin.core.pmemo.PmemoIndex;
import org.ressin.core.pmemo.PmemoReadOptions;
import org.ressin.core.pmemo.ReadReport;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ressin info}: reads a PMEmo folder and prints what it holds. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Read a PMEmo folder (EDA/, annotations/, features/) and print what it holds: songs, subjects, "
                + "recordings, samples, sampling rate and the oddities found.")
public final class InfoCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The PMEmo folder (holding EDA/ and annotations/).")
    Path dir;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Option(names = "--notes", description = "Also print the first notes about oddities (file, column, line).")
    boolean notes;

    @Option(names = "--sampling-rate", paramLabel = "HZ", defaultValue = "50",
            description = "Rate of EDA files whose first column is a row index (default: ${DEFAULT-VALUE}).")
    double samplingRate;

    @Option(names = "--first-column", paramLabel = "KIND", defaultValue = "auto",
            description = "First column of EDA files: auto, time (seconds) or index (default: ${DEFAULT-VALUE}).")
    String firstColumn;

    @Override
    public Integer call() {
        PmemoReadOptions options;
        try {
            options = new PmemoReadOptions(samplingRate, switch (firstColumn.toLowerCase(Locale.ROOT)) {
                case "auto" -> PmemoReadOptions.FirstColumn.AUTO;
                case "time" -> PmemoReadOptions.FirstColumn.TIME_SECONDS;
                case "index" -> PmemoReadOptions.FirstColumn.ROW_INDEX;
                default -> throw new IllegalArgumentException("--first-column must be auto, time or index, was "
                        + firstColumn);
            });
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid option: " + e.getMessage());
        }
        try {
            PmemoDataset d = PmemoDataset.open(dir, options);
            PmemoIndex index = d.index();
            PrintWriter out = spec.commandLine().getOut();
            out.print(json ? toJson(d, index) + "\n" : toText(d, index));
            out.flush();
            return 0;
        } catch (IOException | UncheckedIOException e) {
            spec.commandLine().getErr().println("ressin info: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 1;
        }
    }

    private String toText(PmemoDataset d, PmemoIndex index) {
        ReadReport r = index.report();
        StringBuilder b = new StringBuilder();
        line(b, "PMEmo folder", d.root().toString());
        line(b, "songs", index.songs().size() + " with recordings (" + d.edaSongs().size() + " EDA files, "
                + d.songAnnotations().size() + " annotated)");
        line(b, "subjects", Integer.toString(index.subjects().size()));
        line(b, "recordings", Integer.toString(index.recordingCount()));
        line(b, "total samples", Long.toString(index.totalSamples()));
        line(b, "sampling rate", index.hasUniformSamplingRate() ? hz(index.samplingRate())
                : "mixed: " + ratesText(index.filesPerSamplingRate()));
        line(b, "recordings shorter than 15 s", Long.toString(r.recordingsShorterThan15s()));
        line(b, "missing values", Long.toString(r.missingValues()));
        line(b, "songs without annotation", Long.toString(r.songsWithoutAnnotation()));
        line(b, "per-subject annotations", d.subjectRatingsFile().map(f -> "yes (" + f.getFileName() + ", "
                + d.subjectRatings().size() + " ratings)").orElse("no (labels from song means)"));
        line(b, "music features", d.musicFeatures().map(f -> "yes (" + f.dimension() + " features, " + f.size()
                + " songs)").orElse("no"));
        line(b, "metadata", d.metadata().isEmpty() ? "no" : "yes (" + d.metadata().size() + " songs)");
        boolean other = false;
        for (Map.Entry<ReadReport.Issue, Long> e : r.counts().entrySet()) {
            ReadReport.Issue i = e.getKey();
            if (e.getValue() > 0 && i != ReadReport.Issue.MISSING_VALUES
                    && i != ReadReport.Issue.RECORDINGS_SHORTER_THAN_15S && i != ReadReport.Issue.SONGS_WITHOUT_ANNOTATION) {
                if (!other) {
                    b.append("other findings:\n");
                    other = true;
                }
                b.append(String.format(Locale.ROOT, "  %-52s %d%n", i.description(), e.getValue()));
            }
        }
        if (notes) {
            r.notes().forEach(n -> b.append("note: ").append(n).append('\n'));
            if (r.notesOmitted() > 0) {
                b.append("(").append(r.notesOmitted()).append(" more notes omitted)\n");
            }
        } else if (!r.notes().isEmpty()) {
            b.append("(run with --notes for details)\n");
        }
        return b.toString();
    }

    private static void line(StringBuilder b, String key, String value) {
        b.append(String.format(Locale.ROOT, "%-30s %s%n", key + ":", value));
    }

    private String toJson(PmemoDataset d, PmemoIndex index) {
        ReadReport r = index.report();
        JsonObject j = new JsonObject();
        j.addProperty("folder", d.root().toString());
        j.addProperty("songs", index.songs().size());
        j.addProperty("edaFiles", d.edaSongs().size());
        j.addProperty("annotatedSongs", d.songAnnotations().size());
        j.addProperty("subjects", index.subjects().size());
        j.addProperty("recordings", index.recordingCount());
        j.addProperty("totalSamples", index.totalSamples());
        j.add("samplingRateHz", number(index.samplingRate()));
        j.addProperty("uniformSamplingRate", index.hasUniformSamplingRate());
        JsonObject rates = new JsonObject();
        index.filesPerSamplingRate().forEach((hz, n) -> rates.addProperty(hz(hz).replace(" Hz", ""), n));
        j.add("filesPerSamplingRateHz", rates);
        j.addProperty("recordingsShorterThan15s", r.recordingsShorterThan15s());
        j.addProperty("missingValues", r.missingValues());
        j.addProperty("songsWithoutAnnotation", r.songsWithoutAnnotation());
        j.addProperty("hasSubjectAnnotations", d.hasSubjectRatings());
        j.addProperty("subjectRatings", d.subjectRatings().size());
        j.addProperty("hasMusicFeatures", d.musicFeatures().isPresent());
        j.addProperty("featureCount", d.musicFeatures().map(MusicFeatures::dimension).orElse(0));
        j.addProperty("hasMetadata", !d.metadata().isEmpty());
        JsonObject issues = new JsonObject();
        r.counts().forEach((issue, n) -> issues.addProperty(camel(issue.name()), n));
        j.add("issues", issues);
        JsonArray n = new JsonArray();
        r.notes().forEach(n::add);
        j.add("notes", n);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(j);
    }

    private static com.google.gson.JsonPrimitive number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? new com.google.gson.JsonPrimitive((long) v)
                : new com.google.gson.JsonPrimitive(v);
    }

    private static String hz(double v) {
        return (v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.6g", v)) + " Hz";
    }

    private static String ratesText(Map<Double, Integer> rates) {
        StringBuilder b = new StringBuilder();
        rates.forEach((hz, n) -> b.append(b.length() > 0 ? ", " : "").append(hz(hz)).append(" (")
                .append(n).append(n == 1 ? " file)" : " files)"));
        return b.toString();
    }

    /** MISSING_VALUES -> missingValues */
    private static String camel(String constant) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : constant.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return b.toString();
    }
}
