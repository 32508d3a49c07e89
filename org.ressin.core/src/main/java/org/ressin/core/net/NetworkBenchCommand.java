package org.ressin.core.net;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures training and inference throughput of the Res-SIN network on random data, the achieved
 * arithmetic rate and the process memory.
 */
@Command(name = "network", mixinStandardHelpOptions = true,
        description = "Training/inference images per second, GFLOP/s and memory of the Res-SIN network (random data).")
public final class NetworkBenchCommand implements Callable<Integer> {

    @Option(names = "--sizes", split = ",", defaultValue = "64,112,224",
            description = "network input sizes in px (the crop fed to the network), default ${DEFAULT-VALUE}")
    List<Integer> sizes;

    @Option(names = "--batch", split = ",", defaultValue = "100", description = "mini-batch sizes, default ${DEFAULT-VALUE}")
    List<Integer> batches;

    @Option(names = "--iterations", defaultValue = "3", description = "timed iterations per case (best is kept), default ${DEFAULT-VALUE}")
    int iterations;

    @Option(names = "--warmup", defaultValue = "1", description = "untimed iterations first, default ${DEFAULT-VALUE}")
    int warmup;

    @Option(names = "--preset", defaultValue = "paper", description = "paper or small, default ${DEFAULT-VALUE}")
    String preset;

    @Option(names = "--music-dim", defaultValue = "6373", description = "music features (0 = EDA only), default ${DEFAULT-VALUE}")
    int musicDim;

    @Option(names = "--batch-norm", description = "batch normalisation after each convolution")
    boolean batchNorm;

    @Option(names = "--nhwc", description = "NHWC activation layout instead of NCHW")
    boolean nhwc;

    @Option(names = "--threads", defaultValue = "0", description = "ND4J/OpenBLAS threads (0 = default)")
    int threads;

    @Option(names = "--no-inference", description = "skip the inference measurement")
    boolean noInference;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        for (int v : sizes) positive("--sizes", v);
        for (int v : batches) positive("--batch", v);
        positive("--iterations", iterations);
        if (warmup < 0) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--warmup must be >= 0, was " + warmup);
        if (musicDim < 0) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--music-dim must be >= 0, was " + musicDim);
        NetworkSettings base = switch (preset.toLowerCase(Locale.ROOT)) {
            case "paper" -> NetworkSettings.paper();
            case "small" -> NetworkSettings.small();
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--preset must be paper or small, was " + preset);
        };
        base = base.withFusion(musicDim > 0).withBatchNorm(batchNorm)
                .withDataFormat(nhwc ? NetworkSettings.DataFormat.NHWC : NetworkSettings.DataFormat.NCHW);
        Nd4jRuntime.configure(threads);
        System.out.printf(Locale.ROOT, "# preset %s, batch norm %s, layout %s, music dim %d, threads %s, cores %d, %s%n",
                preset, batchNorm, base.dataFormat(), musicDim, threads == 0 ? "default" : threads,
                Runtime.getRuntime().availableProcessors(), cpuModel());
        System.out.printf(Locale.ROOT, "# ND4J backend %s, native build %s, native kernels %s, OMP_NUM_THREADS=%s, max threads %d%n",
                Nd4j.getBackend().getClass().getSimpleName(),
                Nd4jRuntime.nativeBuild(),
                NativeKernels.enabled() ? "on" : "off",
                System.getenv("OMP_NUM_THREADS"), Nd4j.getEnvironment().maxThreads());
        System.out.println("size\tbatch\ttrain_img/s\ttrain_GFLOP/s\tinfer_img/s\tinfer_GFLOP/s\tGFLOP/img(fwd)\tVmRSS_MB\tVmHWM_MB");
        for (int size : sizes) {
            for (int batch : batches) {
                bench(base.withImageSize(size).withCropSize(size), batch);
            }
        }
        return 0;
    }

    private void bench(NetworkSettings net, int batch) {
        TrainingSettings training = TrainingSettings.paper().withBatchSize(batch).withThreads(threads);
        ComputationGraph graph = new ComputationGraph(ResSinArchitecture.configuration(net, training, musicDim));
        graph.init();
        NativeKernels.attach(graph);
        int s = net.cropSize();
        int c = net.channels().count();
        INDArray images = net.dataFormat() == NetworkSettings.DataFormat.NHWC
                ? Nd4j.rand(new long[] {batch, s, s, c}) : Nd4j.rand(new long[] {batch, c, s, s});
        INDArray labels = Nd4j.zeros(batch, 2);
        for (int i = 0; i < batch; i++) labels.putScalar(i, i % 2, 1.0);
        INDArray[] features = musicDim > 0 ? new INDArray[] {images, Nd4j.randn(batch, musicDim)} : new INDArray[] {images};
        MultiDataSet data = new MultiDataSet(features, new INDArray[] {labels});

        double trainBest = best(() -> graph.fit(data));
        double inferBest = noInference ? Double.NaN : best(() -> graph.output(false, features));
        double flops = ResSinArchitecture.forwardFlopsPerImage(net, musicDim);
        double trainRate = batch / trainBest;
        double inferRate = batch / inferBest;
        long[] mem = memoryMb();
        System.out.printf(Locale.ROOT, "%d\t%d\t%.2f\t%.1f\t%.2f\t%.1f\t%.3f\t%d\t%d%n", s, batch, trainRate,
                trainRate * 3 * flops / 1e9, inferRate, inferRate * flops / 1e9, flops / 1e9, mem[0], mem[1]);
        Nd4j.getWorkspaceManager().destroyAllWorkspacesForCurrentThread();
    }

    private void positive(String option, int value) {
        if (value <= 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), option + " must be positive, was " + value);
        }
    }

    /** Seconds of the fastest of {@link #iterations} runs after {@link #warmup} untimed ones. */
    private double best(Runnable step) {
        for (int i = 0; i < warmup; i++) step.run();
        double best = Double.MAX_VALUE;
        for (int i = 0; i < Math.max(1, iterations); i++) {
            long t0 = System.nanoTime();
            step.run();
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        return best;
    }

    /** VmRSS and VmHWM of this process in MB (-1 where /proc is unavailable). */
    static long[] memoryMb() {
        long rss = -1, hwm = -1;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) rss = kb(line) / 1024;
                if (line.startsWith("VmHWM:")) hwm = kb(line) / 1024;
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: report -1
        }
        return new long[] {rss, hwm};
    }

    private static long kb(String line) { return Long.parseLong(line.replaceAll("[^0-9]", "")); }

    private static String cpuModel() {
        try {
            List<String> models = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) models.add(line.substring(line.indexOf(':') + 1).trim());
            }
            return models.isEmpty() ? "unknown CPU" : models.get(0);
        } catch (IOException e) {
            return "unknown CPU";
        }
    }
}
