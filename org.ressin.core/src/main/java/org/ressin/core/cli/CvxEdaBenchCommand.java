package org.ressin.core.cli;

import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.ressin.core.cvxeda.CvxEda;
import org.ressin.core.cvxeda.CvxEdaParameters;
import org.ressin.core.cvxeda.Decomposition;
import org.ressin.core.cvxeda.SolverAccuracy;
import org.ressin.core.cvxeda.SyntheticEda;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ressin bench cvxeda}: time per recording at n = 1500, 2250, 3000 (50 Hz, z-scored synthetic EDA from
 * {@link SyntheticEda}) and throughput with 1 and T threads, compared with the reference implementation's timing
 * file (cvxeda-golden/timing.json).
 */
@Command(name = "cvxeda", mixinStandardHelpOptions = true,
        description = "Speed of the cvxEDA decomposition on seeded synthetic 50 Hz EDA.")
public final class CvxEdaBenchCommand implements Callable<Integer> {

    private static final double RATE = 50;
    private static final int[] LENGTHS = {1500, 2250, 3000};
    /** Distinct signals cycled through in the throughput run (keeps memory small). */
    private static final int POOL = 100;

    /** CPU time of the worker threads in the last throughput run. */
    private final AtomicLong cpuNanos = new AtomicLong();

    @Option(names = "--recordings", paramLabel = "N",
            description = "recordings of n = 2250 in the throughput run (default ${DEFAULT-VALUE}, the size of PMEmo)")
    int recordings = 7962;

    @Option(names = "--threads", paramLabel = "T", description = "threads for the second throughput run (default ${DEFAULT-VALUE})")
    int threads = 2;

    @Option(names = "--signals", paramLabel = "K", description = "signals timed per length (default ${DEFAULT-VALUE})")
    int signals = 200;

    @Option(names = "--warmup", paramLabel = "W", description = "untimed decompositions first, for the JIT (default ${DEFAULT-VALUE})")
    int warmup = 400;

    @Option(names = "--seed", description = "seed of the synthetic signals (default ${DEFAULT-VALUE})")
    long seed = 1;

    @Option(names = "--accuracy", paramLabel = "A",
            description = "solver accuracy: REFERENCE (default, the reference's own) or TIGHT (relative gap 1e-12)")
    SolverAccuracy accuracy = SolverAccuracy.REFERENCE;

    @Option(names = "--reference-timing", paramLabel = "FILE",
            description = "timing.json of the reference (default: <ressin.shared>/cvxeda-golden/timing.json, from the"
                    + " system property ressin.shared or the environment variable RESSIN_SHARED)")
    Path referenceTiming;

    @Override
    public Integer call() throws Exception {
        if (recordings < 1 || threads < 1 || signals < 1 || warmup < 0) {
            System.err.println("ressin bench cvxeda: --recordings, --threads and --signals must be >= 1, --warmup >= 0");
            return 2;
        }
        CvxEda cvxEda = new CvxEda(CvxEdaParameters.defaults(), accuracy);
        Map<Integer, Double> reference = readReference();
        System.out.println("cvxEDA benchmark: synthetic z-scored EDA at 50 Hz, default parameters, seed " + seed
                + ", solver accuracy " + accuracy);
        System.out.println(machine());

        long warmStart = System.nanoTime();
        for (int k = 0; k < warmup; k++) {
            int n = LENGTHS[k % LENGTHS.length];
            cvxEda.decompose(signal(n, seed + 1_000_000 + k), RATE);
        }
        System.out.printf(Locale.ROOT, "warm-up: %d decompositions in %.1f s%n", warmup, (System.nanoTime() - warmStart) / 1e9);

        System.out.println();
        // Wall clock depends on what else runs on the machine; the thread's CPU time much less so.
        ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
        boolean cpuClock = threadBean.isCurrentThreadCpuTimeSupported();
        System.out.printf(Locale.ROOT, "%-6s %8s %9s %9s %9s | %8s %8s %8s %6s | %12s %9s %9s%n", "n", "signals",
                "median ms", "p10 ms", "p90 ms", "cpu ms", "cpu p10", "cpu p90", "iters", "reference ms", "speed-up",
                "(cpu)");
        for (int n : LENGTHS) {
            double[] millis = new double[signals];
            double[] cpuMillis = new double[signals];
            int[] iterations = new int[signals];
            for (int k = 0; k < signals; k++) {
                double[] y = signal(n, seed + 1000L * n + k);
                long c0 = cpuClock ? threadBean.getCurrentThreadCpuTime() : 0;
                long t0 = System.nanoTime();
                Decomposition d = cvxEda.decompose(y, RATE);
                millis[k] = (System.nanoTime() - t0) / 1e6;
                cpuMillis[k] = cpuClock ? (threadBean.getCurrentThreadCpuTime() - c0) / 1e6 : Double.NaN;
                iterations[k] = d.iterations();
            }
            Arrays.sort(millis);
            Arrays.sort(cpuMillis);
            Arrays.sort(iterations);
            double median = quantile(millis, 0.5);
            double cpuMedian = quantile(cpuMillis, 0.5);
            Double ref = reference.get(n);
            System.out.printf(Locale.ROOT, "%-6d %8d %9.3f %9.3f %9.3f | %8.3f %8.3f %8.3f %6d | %12s %9s %9s%n", n,
                    signals, median, quantile(millis, 0.1), quantile(millis, 0.9), cpuMedian,
                    quantile(cpuMillis, 0.1), quantile(cpuMillis, 0.9), iterations[signals / 2],
                    ref == null ? "-" : String.format(Locale.ROOT, "%.1f", ref * 1e3),
                    ref == null ? "-" : String.format(Locale.ROOT, "%.0fx", ref * 1e3 / median),
                    ref == null || !cpuClock ? "-" : String.format(Locale.ROOT, "%.0fx", ref * 1e3 / cpuMedian));
        }
        if (!cpuClock) {
            System.out.println("(thread CPU time not supported by this JVM: cpu columns are NaN)");
        }

        System.out.println();
        List<double[]> pool = new ArrayList<>();
        for (int k = 0; k < POOL; k++) {
            pool.add(signal(2250, seed + 7_000_000 + k));
        }
        Double ref2250 = reference.get(2250);
        for (int t : threads == 1 ? new int[] {1} : new int[] {1, threads}) {
            double seconds = throughput(cvxEda, pool, t);
            System.out.printf(Locale.ROOT, "throughput, %d thread%s: %d recordings of n = 2250 in %.2f s = %.0f recordings/s"
                    + " (%.3f ms each; CPU time %.3f ms per recording)%s%n", t, t == 1 ? "" : "s", recordings, seconds,
                    recordings / seconds, seconds * 1e3 / recordings, cpuNanos.get() / 1e6 / recordings, ref2250 == null ? ""
                            : String.format(Locale.ROOT, "; the reference would need about %.0f s on one core",
                                    ref2250 * recordings));
        }
        return 0;
    }

    private double throughput(CvxEda cvxEda, List<double[]> pool, int nThreads) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(nThreads);
        try {
            AtomicInteger next = new AtomicInteger();
            cpuNanos.set(0);
            List<Callable<Integer>> workers = new ArrayList<>();
            for (int t = 0; t < nThreads; t++) {
                workers.add(() -> {
                    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
                    long c0 = bean.isCurrentThreadCpuTimeSupported() ? bean.getCurrentThreadCpuTime() : 0;
                    int done = 0;
                    for (int k = next.getAndIncrement(); k < recordings; k = next.getAndIncrement()) {
                        cvxEda.decompose(pool.get(k % pool.size()), RATE);
                        done++;
                    }
                    if (bean.isCurrentThreadCpuTimeSupported()) {
                        cpuNanos.addAndGet(bean.getCurrentThreadCpuTime() - c0);
                    }
                    return done;
                });
            }
            long t0 = System.nanoTime();
            int total = 0;
            for (Future<Integer> f : executor.invokeAll(workers)) {
                total += f.get();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (total != recordings) {
                throw new IllegalStateException("decomposed " + total + " of " + recordings);
            }
            return seconds;
        } finally {
            executor.shutdownNow();
        }
    }

    private static double[] signal(int n, long seed) {
        return SyntheticEda.zScored(SyntheticEda.generate(n, RATE, seed));
    }

    /** Linear interpolation between order statistics of a sorted array. */
    static double quantile(double[] sorted, double p) {
        double pos = p * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }

    /** Median seconds per call of the reference by n, or empty (with a note) when the file is not found. */
    private Map<Integer, Double> readReference() {
        Path file = referenceTiming;
        if (file == null) {
            String shared = System.getProperty("ressin.shared", System.getenv("RESSIN_SHARED"));
            if (shared != null) {
                file = Path.of(shared, "cvxeda-golden", "timing.json");
            }
        }
        Map<Integer, Double> out = new HashMap<>();
        if (file == null || !Files.exists(file)) {
            System.out.println("(reference timing not found" + (file == null ? "; set --reference-timing or RESSIN_SHARED"
                    : " at " + file) + ": no speed-up column)");
            return out;
        }
        try (Reader reader = Files.newBufferedReader(file)) {
            for (JsonElement element : JsonParser.parseReader(reader).getAsJsonArray()) {
                JsonObject entry = element.getAsJsonObject();
                if (Math.abs(entry.get("delta").getAsDouble() - 1 / RATE) < 1e-9) {
                    out.put(entry.get("n").getAsInt(), entry.get("median_s").getAsDouble());
                }
            }
            System.out.println("reference timing: " + file + " (cvxopt, median of 10 signals per length)");
        } catch (IOException | RuntimeException e) {
            System.out.println("(could not read reference timing " + file + ": " + e.getMessage() + ")");
        }
        return out;
    }

    private static String machine() {
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
        String load = "";
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            load = ", load average " + parts[0] + " (other processes share these cores)";
        } catch (IOException | RuntimeException e) {
            // not Linux: no load figure
        }
        return String.format(Locale.ROOT, "machine: %s, %d cores available, %s %s, Java %s (%s)%s", cpu,
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"), System.getProperty("java.vm.name"), load);
    }
}
