package org.ressin.core.experiment;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What reports say about where and how long they ran: the machine, its load, elapsed time. */
public final class RunInfo {

    private RunInfo() {}

    /** "Machine: CPU model, cores, OS, Java, heap, load average" (the load: the cores may be shared). */
    public static String machine() {
        String cpu = "unknown CPU";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).trim();
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: keep "unknown CPU"
        }
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return String.format(Locale.ROOT, "Machine: %s, %d cores, %s %s, Java %s, max heap %d MB%s", cpu,
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20,
                load >= 0 ? String.format(Locale.ROOT, ", load average %.2f at the end", load) : "");
    }

    /** Seconds since {@code startNanos} ({@link System#nanoTime()}). */
    public static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
