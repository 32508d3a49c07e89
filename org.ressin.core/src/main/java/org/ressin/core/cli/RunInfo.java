package org.ressin.core.cli;

import java.util.Locale;

/** What reports say about the run: the machine and elapsed time. */
final class RunInfo {

    private RunInfo() {}

    /** "Machine: arch, cores, Java version". */
    static String machine() {
        return String.format(Locale.ROOT, "Machine: %s, %d cores, Java %s", System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
