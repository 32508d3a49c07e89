package org.ressin.core.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntToDoubleFunction;
import org.ressin.core.image.Channel;
import org.ressin.core.image.CompactSignalImage;
import org.ressin.core.image.ImageSettings;
import org.ressin.core.image.SignalImager;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ressin bench images}: recordings per second for building compact signal images and for rendering
 * them, on seeded synthetic three-channel recordings of PMEmo's shape.
 */
@Command(name = "images", mixinStandardHelpOptions = true,
        description = "Measures signal-image throughput: building the compact representation, and render() at"
                + " S = 224 and 64, with 1 and 2 threads (synthetic recordings, seeded).")
public final class ImageBenchCommand implements Callable<Integer> {


    /** Distinct synthetic recordings cycled through, so the input stays small. */
    private static final int POOL = 64;

    @Spec
    CommandSpec spec;

    @Option(names = "--recordings", defaultValue = "4000", description = "Recordings per measurement (default: ${DEFAULT-VALUE}).")
    int recordings;

    @Option(names = "--seconds", defaultValue = "30", description = "Retained seconds per recording (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--rate", defaultValue = "50", description = "Samples per second (default: ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the synthetic signals (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (recordings < 1 || seconds < 1 || rate < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--recordings, --seconds and --rate must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        double[][][] pool = synthetic();
        SignalImager imager = new SignalImager(new ImageSettings(List.of(Channel.values()), 224, rate));
        CompactSignalImage[] images = new CompactSignalImage[recordings];
        out.printf(Locale.ROOT, "signal images: %d recordings of %d s at %d samples/s, 3 channels, seed %d, %d cores%n",
                recordings, seconds, rate, seed, Runtime.getRuntime().availableProcessors());

        for (int threads : new int[] {1, 2}) {
            double perSecond = measure(threads, i -> {
                double[][] r = pool[i % POOL];
                images[i] = imager.image("synthetic-" + i, r[2], r[0], r[1], rate);
                return images[i].sourceValue(0, 0, 0);
            });
            out.printf(Locale.ROOT, "build compact          threads=%d  %,10.0f recordings/s%n", threads, perSecond);
        }
        out.printf(Locale.ROOT, "compact size           %d bytes/recording (%d header + 3 x %d x %d x 2)%n",
                images[0].byteSize(), CompactSignalImage.HEADER_BYTES, images[0].rows(), images[0].columns());
        for (int size : new int[] {224, 64}) {
            CompactSignalImage[] sized = new CompactSignalImage[recordings];
            for (int i = 0; i < recordings; i++) {
                sized[i] = images[i].withSize(size);
            }
            ThreadLocal<float[]> buffers = ThreadLocal.withInitial(() -> new float[3 * size * size]);
            for (int threads : new int[] {1, 2}) {
                double perSecond = measure(threads, i -> {
                    float[] dest = buffers.get();
                    sized[i].render(dest, 0);
                    return dest[dest.length / 2];
                });
                out.printf(Locale.ROOT, "render S=%-3d           threads=%d  %,10.0f recordings/s%n", size, threads,
                        perSecond);
            }
        }
        out.flush();
        return 0;
    }

    /** Runs {@code task} over all recordings once to warm up, then timed; returns recordings per second. */
    private double measure(int threads, IntToDoubleFunction task) throws Exception {
        run(threads, task, Math.min(recordings, 500));
        long start = System.nanoTime();
        double checksum = run(threads, task, recordings);
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (Double.isNaN(checksum)) {
            throw new IllegalStateException("NaN in benchmark output");
        }
        return recordings / elapsed;
    }

    private static double run(int threads, IntToDoubleFunction task, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Double>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int from = (int) ((long) count * t / threads);
                int to = (int) ((long) count * (t + 1) / threads);
                parts.add(pool.submit(() -> {
                    double sum = 0;
                    for (int i = from; i < to; i++) {
                        sum += task.applyAsDouble(i);
                    }
                    return sum;
                }));
            }
            double sum = 0;
            for (Future<Double> f : parts) {
                sum += f.get();
            }
            return sum;
        } finally {
            pool.shutdown();
        }
    }

    /** Seeded EDA-like shapes: slow drift (tonic), sparse decaying bursts (phasic), their sum plus noise (origin). */
    private double[][][] synthetic() {
        Random random = new Random(seed);
        int n = seconds * rate + rate / 2; // plus a partial second, which the imager drops
        double[][][] pool = new double[POOL][3][n];
        for (double[][] r : pool) {
            double level = 2 + random.nextDouble() * 8;
            double slope = random.nextGaussian() * 0.01;
            double burst = 0;
            for (int i = 0; i < n; i++) {
                if (random.nextDouble() < 0.2 / rate) {
                    burst += random.nextDouble();
                }
                burst *= Math.exp(-1.0 / (2.0 * rate));
                r[0][i] = burst;
                r[1][i] = level + slope * i / rate;
                r[2][i] = r[0][i] + r[1][i] + random.nextGaussian() * 0.01;
            }
        }
        return pool;
    }
}
