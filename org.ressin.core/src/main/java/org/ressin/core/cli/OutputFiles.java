package org.ressin.core.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** Guards against a command writing over its own input (or two outputs over each other). */
final class OutputFiles {

    private OutputFiles() {}

    /**
     * @throws CommandLine.ParameterException naming {@code option} if {@code output} is one of {@code inputs}
     */
    static void refuseOverwrite(CommandLine cmd, String option, Path output, Path... inputs) {
        for (Path in : inputs) {
            if (in != null && same(output, in)) {
                throw new CommandLine.ParameterException(cmd, option + " " + output + " is the same file as " + in
                        + "; refusing to overwrite it");
            }
        }
    }

    /**
     * @throws CommandLine.ParameterException naming {@code option} if {@code output} lies inside the dataset folder
     *                                        {@code data} (a dataset's files must never be overwritten) or is a folder
     */
    static void refuseInside(CommandLine cmd, String option, Path output, Path data) {
        if (output.toAbsolutePath().normalize().startsWith(data.toAbsolutePath().normalize())) {
            throw new CommandLine.ParameterException(cmd, option + " " + output + " is inside the dataset folder "
                    + data + "; refusing to write there (the dataset's files must not be overwritten)");
        }
        if (Files.isDirectory(output)) {
            throw new CommandLine.ParameterException(cmd, option + " " + output + " is a folder");
        }
    }

    private static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // fall through to the path comparison
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
