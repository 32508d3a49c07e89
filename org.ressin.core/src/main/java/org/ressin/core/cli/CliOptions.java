package org.ressin.core.cli;

import java.util.Locale;

import org.ressin.core.eval.Grouping;
import org.ressin.core.labels.Target;

import picocli.CommandLine;

/** Option values shared by several commands; each bad value is reported naming its option. */
public final class CliOptions {

    private CliOptions() {}

    public static Target target(CommandLine cmd, String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "valence" -> Target.VALENCE;
            case "arousal" -> Target.AROUSAL;
            default -> throw new CommandLine.ParameterException(cmd, "--target must be valence or arousal, was '" + s + "'");
        };
    }

    public static Grouping grouping(CommandLine cmd, String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "subject" -> Grouping.SUBJECT;
            case "record", "recording" -> Grouping.RECORDING;
            default -> throw new CommandLine.ParameterException(cmd, "--grouping must be subject or record, was '" + s + "'");
        };
    }

    public static void atLeast(CommandLine cmd, String option, long value, long min) {
        if (value < min) {
            throw new CommandLine.ParameterException(cmd, option + " must be at least " + min + ", was " + value);
        }
    }
}
