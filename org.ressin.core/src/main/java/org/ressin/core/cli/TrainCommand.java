package org.ressin.core.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.ressin.core.eval.CrossValidation;
import org.ressin.core.eval.CvResult;
import org.ressin.core.eval.CvResultFormat;
import org.ressin.core.eval.Grouping;
import org.ressin.core.image.ImageSettings;
import org.ressin.core.labels.Target;
import org.ressin.core.net.ChannelSelection;
import org.ressin.core.net.NetworkSettings;
import org.ressin.core.net.ResSinModel;
import org.ressin.core.net.ResSinTrainer;
import org.ressin.core.net.TrainingMonitor;
import org.ressin.core.net.TrainingSettings;
import org.ressin.core.pipeline.DatasetPreparer;
import org.ressin.core.pipeline.ExampleSet;
import org.ressin.core.pipeline.PreparationSettings;
import org.ressin.core.pipeline.PreparedDataset;
import org.ressin.core.pmemo.PmemoDataset;
import org.ressin.core.pmemo.PmemoFormatException;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ressin train}: cvxEDA, personal labels, signal images and k-fold cross-validation of Res-SIN on a PMEmo
 * folder; with {@code --save}, trains on all labelled recordings and saves the model instead.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Cross-validates Res-SIN on a PMEmo folder (or, with --save, trains on all of it).")
public final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The PMEmo folder.")
    Path data;

    @Option(names = "--target", required = true, paramLabel = "valence|arousal", description = "What to classify.")
    String target;

    @Option(names = "--input", defaultValue = "mix", paramLabel = "mix|origin|phasic|tonic",
            description = "Signal-image channels (default: ${DEFAULT-VALUE}).")
    String input;

    @Option(names = "--fusion", negatable = true, defaultValue = "true",
            description = "Fuse music features with the EDA feature (default); --no-fusion: EDA only.")
    boolean fusion;

    @Option(names = "--preset", defaultValue = "paper", paramLabel = "paper|small",
            description = "Network and training preset (default: ${DEFAULT-VALUE}; small trains in seconds).")
    String preset;

    @Option(names = "--image-size", paramLabel = "S", description = "Image side (default: the preset's).")
    Integer imageSize;

    @Option(names = "--epochs", paramLabel = "E", description = "Training epochs (default: the preset's).")
    Integer epochs;

    @Option(names = "--folds", defaultValue = "10", paramLabel = "K", description = "Folds (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--grouping", defaultValue = "subject", paramLabel = "subject|record",
            description = "Keep a subject's recordings in one fold (subject, user independent; default) or not (record).")
    String grouping;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print one JSON object with the mean and per-fold metrics.")
    boolean json;

    @Option(names = "--save", paramLabel = "MODEL", description = "Train on all labelled recordings and save the model.")
    Path save;

    @Override
    public Integer call() throws IOException {
        CommandLine cmd = spec.commandLine();
        Target t = CliOptions.target(cmd, target);
        NetworkSettings net = Options.network(cmd, preset, input, fusion, imageSize);
        TrainingSettings training = Options.training(cmd, preset, epochs, seed);
        Grouping g = CliOptions.grouping(cmd, grouping);
        if (folds < 2) {
            throw new CommandLine.ParameterException(cmd, "--folds must be at least 2, was " + folds);
        }
        if (save != null) {
            OutputFiles.refuseInside(cmd, "--save", save, data);
        }
        PrintWriter out = cmd.getOut();
        PrintWriter err = cmd.getErr();
        try {
            ExampleSet examples = prepare(data, net, t, err);
            if (save != null) {
                ResSinModel model = ResSinTrainer.train(examples.examples(), examples.musicFeatureNames(), net,
                        training, progress(err, "training"));
                try (OutputStream os = Files.newOutputStream(save)) {
                    model.save(os);
                }
                out.printf(Locale.ROOT, "saved %s: %s, %d examples, final loss %.4f%n", save, t.lowerName(),
                        examples.examples().size(), model.lossHistory().get(model.lossHistory().size() - 1).loss());
                out.flush();
                return 0;
            }
            CvResult result = CrossValidation.run(examples.examples(), folds, g, seed,
                    ResSinTrainer.forCrossValidation(net, training, fold -> progress(err, "fold " + (fold + 1))));
            if (json) {
                out.println(new GsonBuilder().setPrettyPrinting().create().toJson(toJson(result, t, net)));
            } else {
                printTable(out, result, t, net);
            }
            out.flush();
            return 0;
        } catch (PmemoFormatException | IllegalArgumentException e) {
            err.println("ressin train: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    /** Reads, decomposes, labels and images {@code data} at the network's image size. */
    static ExampleSet prepare(Path data, NetworkSettings net, Target t, PrintWriter err) throws IOException {
        PreparedDataset prepared = prepareDataset(data, net.imageSize(), err);
        ExampleSet examples = ExampleSet.of(prepared, t, net.fusion());
        if (!examples.leftOutSummary().isEmpty()) {
            err.println("warning: " + examples.leftOutSummary());
        }
        err.flush();
        if (examples.examples().isEmpty()) {
            throw new IllegalArgumentException("no labelled " + t.lowerName() + " examples in " + data);
        }
        return examples;
    }

    /** Reads, decomposes, labels and images {@code data} at {@code imageSize}, with progress and warnings on err. */
    static PreparedDataset prepareDataset(Path data, int imageSize, PrintWriter err) throws IOException {
        PmemoDataset dataset = PmemoDataset.open(data);
        PreparationSettings prep = PreparationSettings.defaults()
                .withImages(ImageSettings.defaults().withSize(imageSize));
        PreparedDataset prepared = new DatasetPreparer(prep).prepare(dataset,
                (done, total, message) -> {
                    err.printf(Locale.ROOT, "\rpreparing: %d/%d recordings (%s)   ", done, total, message);
                    err.flush();
                });
        err.println();
        prepared.report().warnings().forEach(w -> err.println("warning: " + w));
        err.flush();
        return prepared;
    }

    static TrainingMonitor progress(PrintWriter err, String what) {
        return new TrainingMonitor() {
            @Override
            public void onIteration(int iteration, int total, double loss, double lr) {
                if (iteration % 10 == 0 || iteration == total - 1) {
                    err.printf(Locale.ROOT, "\r%s: iteration %d/%d, loss %.4f, lr %.2g   ", what, iteration + 1,
                            total, loss, lr);
                    if (iteration == total - 1) {
                        err.println();
                    }
                    err.flush();
                }
            }
        };
    }

    private void printTable(PrintWriter out, CvResult r, Target t, NetworkSettings net) {
        out.printf(Locale.ROOT, "Res-SIN %s, input %s, %s, %d-fold (%s-grouped), seed %d%n", t.lowerName(),
                net.channels().name().toLowerCase(Locale.ROOT), net.fusion() ? "fusion" : "EDA only", r.folds().size(),
                r.grouping().name().toLowerCase(Locale.ROOT), r.seed());
        CvResultFormat.printFolds(out, r);
    }

    static JsonObject toJson(CvResult r, Target t, NetworkSettings net) {
        JsonObject o = CvResultFormat.toJson(r);
        o.addProperty("target", t.lowerName());
        o.addProperty("input", net.channels().name().toLowerCase(Locale.ROOT));
        o.addProperty("fusion", net.fusion());
        return o;
    }

    /** Option parsing shared by train, predict and demo; each names the bad option. */
    static final class Options {
        private Options() {}


        static NetworkSettings network(CommandLine cmd, String preset, String input, boolean fusion, Integer size) {
            NetworkSettings base = switch (preset.toLowerCase(Locale.ROOT)) {
                case "paper" -> NetworkSettings.paper();
                case "small" -> NetworkSettings.small();
                default -> throw new CommandLine.ParameterException(cmd, "--preset must be paper or small, was '" + preset + "'");
            };
            ChannelSelection channels;
            try {
                channels = ChannelSelection.valueOf(input.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(cmd, "--input must be mix, origin, phasic or tonic, was '" + input + "'");
            }
            NetworkSettings net = base.withChannels(channels).withFusion(fusion);
            if (size != null) {
                if (size < ImageSettings.MIN_SIZE) {
                    throw new CommandLine.ParameterException(cmd, "--image-size must be at least " + ImageSettings.MIN_SIZE + ", was " + size);
                }
                net = net.withImageSize(size);
            }
            return net;
        }

        static TrainingSettings training(CommandLine cmd, String preset, Integer epochs, long seed) {
            TrainingSettings t = preset.equalsIgnoreCase("small") ? TrainingSettings.small() : TrainingSettings.paper();
            if (epochs != null) {
                if (epochs < 1) {
                    throw new CommandLine.ParameterException(cmd, "--epochs must be at least 1, was " + epochs);
                }
                t = t.withEpochs(epochs);
            }
            return t.withSeed(seed);
        }

    }
}
