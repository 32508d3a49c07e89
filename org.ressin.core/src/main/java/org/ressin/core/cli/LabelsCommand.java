package org.ressin.core.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ressin.core.labels.Fallback;
import org.ressin.core.labels.FallbackReason;
import org.ressin.core.labels.LabelSettings;
import org.ressin.core.labels.LabelingResult;
import org.ressin.core.labels.LabelsCsv;
import org.ressin.core.labels.PersonalLabeler;
import org.ressin.core.labels.PmemoRatings;
import org.ressin.core.labels.RatingSelection;
import org.ressin.core.labels.RatingSource;
import org.ressin.core.labels.Target;
import org.ressin.core.pmemo.PmemoDataset;
import org.ressin.core.pmemo.PmemoFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ressin labels}: personal-threshold high/low labels of a PMEmo folder as CSV (method section 2). */
@Command(name = "labels", mixinStandardHelpOptions = true,
        description = {"Labels every rated recording of a PMEmo folder high (1) or low (0) in valence and arousal",
            "against the subject's own two-means threshold. Ratings: the subject's own where the folder has",
            "per-subject annotations, else the mean ratings of the songs the subject heard.",
            "Columns: " + "musicId,subjectId,valence,arousal,valence_label,arousal_label,valence_threshold,"
                + "arousal_threshold,rule"})
public final class LabelsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The PMEmo folder.")
    Path data;

    @Option(names = "--output", required = true, paramLabel = "labels.csv", description = "CSV to write.")
    Path output;

    @Option(names = "--min-ratings", paramLabel = "N", defaultValue = "" + LabelSettings.DEFAULT_MIN_RATINGS,
            description = "Fewest ratings for a personal threshold (default: ${DEFAULT-VALUE}).")
    int minRatings;

    @Option(names = "--fallback", paramLabel = "global|exclude", defaultValue = "global",
            description = "For subjects without a personal threshold: the threshold over all ratings, or no labels"
                    + " (default: ${DEFAULT-VALUE}).")
    String fallback;

    @Override
    public Integer call() throws IOException {
        CommandLine cmd = spec.commandLine();
        LabelSettings settings = settings(cmd);
        if (output.toAbsolutePath().normalize().startsWith(data.toAbsolutePath().normalize())) {
            throw new CommandLine.ParameterException(cmd, "--output " + output + " is inside the dataset folder "
                    + data + "; refusing to write there (the dataset's files must not be overwritten)");
        }
        if (Files.isDirectory(output)) {
            throw new CommandLine.ParameterException(cmd, "--output " + output + " is a folder");
        }
        PrintWriter err = cmd.getErr();
        PrintWriter out = cmd.getOut();
        try {
            PmemoDataset dataset = PmemoDataset.open(data);
            RatingSelection selection = PmemoRatings.select(dataset);
            List<String> warnings = new ArrayList<>(selection.warnings());
            LabelingResult result = new PersonalLabeler(settings).label(selection.ratings());
            warnings.addAll(result.warnings());
            try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                LabelsCsv.write(result, w);
            }

            long own = selection.sourceBySubject().values().stream().filter(s -> s == RatingSource.SUBJECT_ANNOTATION).count();
            out.printf(Locale.ROOT, "%s: %d labelled ratings of %d subjects (%d with own ratings, %d from song means),"
                    + " %d recordings; min ratings %d, fallback %s%n", output, result.labels().size(),
                    result.thresholds().size(), own, selection.sourceBySubject().size() - own, dataset.index().recordingCount(),
                    settings.minRatings(), fallback.toLowerCase(Locale.ROOT));
            for (Target t : Target.values()) {
                out.printf(Locale.ROOT, "  %s: global threshold %s; without a personal threshold: %d too few ratings,"
                        + " %d single value%n", t.lowerName(),
                        result.global(t).isPresent() ? Double.toString(result.global(t).getAsDouble()) : "undefined",
                        result.fallbackCount(t, FallbackReason.TOO_FEW_RATINGS),
                        result.fallbackCount(t, FallbackReason.SINGLE_DISTINCT_VALUE));
            }
            out.flush();
            for (String w : warnings) {
                err.println("warning: " + w);
            }
            err.flush();
            return 0;
        } catch (PmemoFormatException | IllegalArgumentException e) {
            err.println("ressin labels: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    private LabelSettings settings(CommandLine cmd) {
        Fallback f = switch (fallback.toLowerCase(Locale.ROOT)) {
            case "global" -> Fallback.GLOBAL;
            case "exclude" -> Fallback.EXCLUDE;
            default -> throw new CommandLine.ParameterException(cmd,
                    "--fallback must be global or exclude, was '" + fallback + "'");
        };
        if (minRatings < 1) {
            throw new CommandLine.ParameterException(cmd, "--min-ratings must be at least 1, was " + minRatings);
        }
        return new LabelSettings(minRatings, f);
    }
}
