package org.ressin.core.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ressin.core.image.ImageSettings;
import org.ressin.core.net.NetworkSettings;
import org.ressin.core.net.Prediction;
import org.ressin.core.net.ResSinModel;
import org.ressin.core.net.UnlabeledExample;
import org.ressin.core.pipeline.DatasetPreparer;
import org.ressin.core.pipeline.PreparationSettings;
import org.ressin.core.pipeline.PreparedDataset;
import org.ressin.core.pipeline.PreparedRecording;
import org.ressin.core.pmemo.MusicFeatures;
import org.ressin.core.pmemo.PmemoDataset;
import org.ressin.core.pmemo.PmemoFormatException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ressin predict}: applies a saved Res-SIN model to every recording of a PMEmo folder. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Predicts high/low for every recording of a PMEmo folder with a model saved by `train --save`.")
public final class PredictCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "MODEL", description = "Model saved by train --save.")
    Path modelFile;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The PMEmo folder.")
    Path data;

    @Option(names = "--output", required = true, paramLabel = "predictions.csv",
            description = "CSV with musicId,subjectId,probability_high,label.")
    Path output;

    @Override
    public Integer call() throws IOException {
        CommandLine cmd = spec.commandLine();
        OutputFiles.refuseInside(cmd, "--output", output, data);
        OutputFiles.refuseOverwrite(cmd, "--output", output, modelFile);
        PrintWriter err = cmd.getErr();
        try {
            ResSinModel model;
            try (InputStream in = Files.newInputStream(modelFile)) {
                model = ResSinModel.load(in);
            }
            NetworkSettings net = model.networkSettings();
            PmemoDataset dataset = PmemoDataset.open(data);
            PreparedDataset prepared = new DatasetPreparer(PreparationSettings.defaults()
                    .withImages(ImageSettings.defaults().withSize(net.imageSize())))
                    .prepare(dataset, (done, total, message) -> {
                        err.printf(Locale.ROOT, "\rpreparing: %d/%d recordings   ", done, total);
                        err.flush();
                    });
            err.println();
            prepared.report().warnings().forEach(w -> err.println("warning: " + w));

            MusicFeatures music = net.fusion() ? prepared.music().orElseThrow(() -> new IllegalArgumentException(
                    "the model fuses music features, but " + data + " has no features/static_features.csv")) : null;
            if (music != null && !music.names().equals(model.musicFeatureNames())) {
                throw new IllegalArgumentException("the music features of " + data + " (" + music.dimension()
                        + ") are not the ones the model was trained with (" + model.musicDimension() + ")");
            }
            List<UnlabeledExample> examples = new ArrayList<>();
            int withoutMusic = 0;
            for (PreparedRecording r : prepared.recordings()) {
                double[] features = music == null ? null : music.get(r.musicId()).orElse(null);
                if (music != null && features == null) {
                    withoutMusic++;
                    continue;
                }
                examples.add(new UnlabeledExample(r.subjectId(), r.musicId(), r.image(), features));
            }
            if (withoutMusic > 0) {
                err.println("warning: " + withoutMusic + " recording(s) of songs without music features not predicted");
            }
            List<Prediction> predictions = model.predict(examples);
            try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
                 CSVPrinter csv = CSVFormat.DEFAULT.builder()
                         .setHeader("musicId", "subjectId", "probability_high", "label").build().print(w)) {
                for (int i = 0; i < examples.size(); i++) {
                    csv.printRecord(examples.get(i).musicId(), examples.get(i).subjectId(),
                            Double.toString(predictions.get(i).probabilityHigh()), predictions.get(i).label());
                }
            }
            cmd.getOut().printf(Locale.ROOT, "%s: %d predictions%n", output, predictions.size());
            cmd.getOut().flush();
            err.flush();
            return 0;
        } catch (PmemoFormatException | IllegalArgumentException e) {
            err.println("ressin predict: " + e.getMessage());
            err.flush();
            return 1;
        }
    }
}
