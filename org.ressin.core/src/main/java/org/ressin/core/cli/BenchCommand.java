package org.ressin.core.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ressin bench ...}: speed measurements, one subcommand per component. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks (each subcommand prints its figures and the machine it ran on).",
        subcommands = {CvxEdaBenchCommand.class})
public final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing benchmark: choose a subcommand");
    }
}
