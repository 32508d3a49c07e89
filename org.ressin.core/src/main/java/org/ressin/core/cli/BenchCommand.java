package org.ressin.core.cli;

import org.ressin.core.net.NetworkBenchCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ressin bench ...}: benchmarks that print numbers (speed is measured here, not in unit tests). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks: each subcommand prints its figures and the machine it ran on.",
        subcommands = {CvxEdaBenchCommand.class, ImageBenchCommand.class, NetworkBenchCommand.class})
public final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing benchmark: cvxeda, images or network");
    }
}
