package org.ressin.core.cli;

import org.ressin.core.baseline.BaselineCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code ressin} command line: one subcommand per job. */
@Command(name = "ressin", mixinStandardHelpOptions = true, version = "ressin 0.1.0",
        description = "Res-SIN: emotion recognition from electrodermal activity (Yin et al., ICIP 2019).",
        subcommands = {
            CommandLine.HelpCommand.class,
            SynthCommand.class,
            InfoCommand.class,
            ImageCommand.class,
            LabelsCommand.class,
            TrainCommand.class,
            PredictCommand.class,
            DemoCommand.class,
            ExperimentCommand.class,
            DecomposeCommand.class,
            BenchCommand.class,
            BaselineCommand.class,
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (usage errors give 2). */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }
}
