package org.ressin.core.baseline;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.ressin.core.labels.Target;
import org.ressin.core.synth.SyntheticPmemo;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ressin baseline ...}: the paper's baselines, music-only SVM (Table 2) and the regression pre-experiment (Table 1). */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = "The paper's baselines: music-only SVM classification and the MLR/SVR regression pre-experiment.",
        subcommands = {MusicBaselineCommand.class, RegressionBaselineCommand.class})
public final class BaselineCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing baseline: music or regression");
    }




    static void positive(CommandLine cmd, String option, Double value) {
        if (value != null && (!(value > 0) || value.isInfinite())) {
            throw new CommandLine.ParameterException(cmd, option + " must be positive and finite, was " + value);
        }
    }

    /**
     * The music-only optimum accuracy the generator wrote into a synthetic folder's truth file, if this is one
     * (printed beside the result; any other folder gives empty).
     */
    static Optional<Double> syntheticMusicOptimum(Path data, Target target, PrintWriter err) {
        Path truth = data.resolve(SyntheticPmemo.TRUTH_FILE);
        if (!Files.isRegularFile(truth)) return Optional.empty();
        try {
            JsonObject root = JsonParser.parseString(Files.readString(truth)).getAsJsonObject();
            return Optional.of(root.getAsJsonObject("optimalAccuracy").getAsJsonObject(target.lowerName())
                    .get("music").getAsDouble());
        } catch (IOException | RuntimeException e) {
            err.println("warning: " + truth + " has no readable optimalAccuracy." + target.lowerName()
                    + ".music (" + e + "); no optimum shown");
            return Optional.empty();
        }
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
