package org.ressin.core.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ressin.core.cvxeda.CvxEda;
import org.ressin.core.cvxeda.CvxEdaException;
import org.ressin.core.cvxeda.CvxEdaParameters;
import org.ressin.core.cvxeda.Decomposition;
import org.ressin.core.image.Channel;
import org.ressin.core.image.DoubleSignalImage;
import org.ressin.core.image.ImageSettings;
import org.ressin.core.image.SignalImagePng;
import org.ressin.core.image.SignalImager;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ressin image}: the signal image of one recording as PNG, and optionally every value as CSV. */
@Command(name = "image", mixinStandardHelpOptions = true,
        description = {"Makes the signal image of one recording (method section 3) as a PNG:",
            "phasic = red, tonic = green, origin = blue; one channel = gray.",
            "FILE.csv is a decomposition with columns y,r,t (as `ressin decompose` writes; --skip defaults to 0)",
            "or a raw signal (one column, or a column y): it is decomposed with the default cvxEDA settings",
            "after --skip (default 15 s) is discarded."})
public final class ImageCommand implements Callable<Integer> {

    /** Seconds discarded from a raw signal before decomposing (method section 3, step 1). */
    static final double RAW_SKIP_SECONDS = 15;

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE.csv", description = "Decomposition or raw signal.")
    Path input;

    @Option(names = "--rate", required = true, paramLabel = "HZ",
            description = "Sampling rate; must be a whole number of samples per second.")
    double rate;

    @Option(names = "--output", required = true, paramLabel = "OUT.png", description = "PNG to write.")
    Path output;

    @Option(names = "--size", paramLabel = "S", defaultValue = "224", description = "Image side (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--skip", paramLabel = "SECONDS",
            description = "Seconds to discard from the start (default: 0 for a decomposition, 15 for a raw signal).")
    Double skip;

    @Option(names = "--channels", paramLabel = "mix|origin|phasic|tonic", defaultValue = "mix",
            description = "Channels: mix = phasic, tonic and origin (default: ${DEFAULT-VALUE}).")
    String channels;

    @Option(names = "--values", paramLabel = "OUT.csv",
            description = "Also write every image value as channel,row,col,value with full precision.")
    Path values;

    @Override
    public Integer call() throws IOException {
        CommandLine cmd = spec.commandLine();
        ImageSettings settings = settings(cmd);
        if (skip != null && !(skip >= 0 && Double.isFinite(skip))) {
            throw new CommandLine.ParameterException(cmd, "--skip must be a non-negative number of seconds, was " + skip);
        }
        OutputFiles.refuseOverwrite(cmd, "--output", output, input);
        if (values != null) {
            OutputFiles.refuseOverwrite(cmd, "--values", values, input, output);
        }
        PrintWriter err = cmd.getErr();
        try {
            SignalCsv.Content content = SignalCsv.read(input);
            double skipSeconds = skip != null ? skip
                    : content.kind() == SignalCsv.Kind.RAW ? RAW_SKIP_SECONDS : 0;
            int dropped = (int) Math.min(Integer.MAX_VALUE, Math.round(skipSeconds * rate));
            double[] y = drop(content.y(), dropped);
            double[] r;
            double[] t;
            if (content.kind() == SignalCsv.Kind.DECOMPOSITION) {
                r = drop(content.r(), dropped);
                t = drop(content.t(), dropped);
            } else {
                Decomposition d = decompose(y, err);
                y = d.origin();
                r = d.phasic();
                t = d.tonic();
            }
            SignalImager imager = new SignalImager(settings);
            DoubleSignalImage image = imager.imageDoubles(input.getFileName().toString(), y, r, t,
                    settings.samplesPerSecond());
            SignalImagePng.write(image, output);
            if (values != null) {
                writeValues(image, values);
            }
            PrintWriter out = cmd.getOut();
            out.printf(Locale.ROOT, "%s: %d x %d, channels %s, from %d s x %d samples/s (%.3f s skipped, %d samples"
                    + " of a partial second dropped)%n", output, settings.size(), settings.size(),
                    names(image.channels()), image.grid().rows(), image.grid().columns(), skipSeconds,
                    y.length - image.grid().rows() * image.grid().columns());
            if (values != null) {
                out.println(values + ": " + image.channels().size() * settings.size() * settings.size() + " values");
            }
            out.flush();
            if (!image.constantChannels().isEmpty()) {
                err.println("warning: constant channel(s) " + names(List.copyOf(image.constantChannels()))
                        + " in " + input + " are all zeros in the image");
                err.flush();
            }
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("ressin image: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    private ImageSettings settings(CommandLine cmd) {
        int fs;
        try {
            fs = ImageSettings.wholeSamplesPerSecond(rate);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cmd, "--rate: " + e.getMessage());
        }
        List<Channel> selected = switch (channels.toLowerCase(Locale.ROOT)) {
            case "mix" -> List.of(Channel.values());
            case "origin" -> List.of(Channel.ORIGIN);
            case "phasic" -> List.of(Channel.PHASIC);
            case "tonic" -> List.of(Channel.TONIC);
            default -> throw new CommandLine.ParameterException(cmd,
                    "--channels must be mix, origin, phasic or tonic, was '" + channels + "'");
        };
        try {
            return new ImageSettings(selected, size, fs);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cmd, "--size: " + e.getMessage());
        }
    }

    /** The raw-signal path: cvxEDA with the default settings on the retained signal. */
    private Decomposition decompose(double[] y, PrintWriter err) {
        Decomposition d;
        try {
            d = new CvxEda(CvxEdaParameters.defaults()).decompose(y, rate);
        } catch (CvxEdaException e) {
            throw new IllegalArgumentException(input + ": " + e.getMessage(), e);
        }
        if (!d.status().isAcceptable()) {
            err.println("warning: cvxEDA on " + input + " ended " + d.status() + " after " + d.iterations()
                    + " iterations (duality gap " + d.dualityGap() + "); the image uses that result");
            err.flush();
        }
        return d;
    }

    private static double[] drop(double[] x, int n) {
        return Arrays.copyOfRange(x, Math.min(n, x.length), x.length);
    }

    private static String names(List<Channel> channels) {
        return channels.stream().map(Channel::lowerName).collect(Collectors.joining(","));
    }

    private static void writeValues(DoubleSignalImage image, Path file) throws IOException {
        double[] v = image.renderDoubles();
        int s = image.size();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = CSVFormat.DEFAULT.builder().setRecordSeparator('\n')
                        .setHeader("channel", "row", "col", "value").build().print(w)) {
            for (int c = 0; c < image.channels().size(); c++) {
                String name = image.channels().get(c).lowerName();
                for (int i = 0; i < s; i++) {
                    for (int j = 0; j < s; j++) {
                        // Double.toString is the shortest text that reads back to the same double
                        csv.printRecord(name, i, j, Double.toString(v[(c * s + i) * s + j]));
                    }
                }
            }
        }
    }
}
