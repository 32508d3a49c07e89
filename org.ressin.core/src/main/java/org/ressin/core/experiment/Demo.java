package org.ressin.core.experiment;

import java.io.IOException;
import java.nio.file.Path;

import org.ressin.core.synth.SyntheticPmemo;
import org.ressin.core.synth.SyntheticTruth;

/**
 * The demo: generates a synthetic PMEmo dataset with a known optimum into {@code DIR/data} and runs the quick
 * {@link Experiment} on it into {@code DIR/report}, the same code path as {@code ressin experiment --quick}.
 */
public final class Demo {

    /** Sub-folders of the demo folder. */
    public static final String DATA = "data", REPORT = "report";

    /** What the demo made: the generator's truth and the experiment's outcome. */
    public record Outcome(SyntheticTruth truth, Path data, Experiment.Outcome experiment) {}

    private Demo() {}

    /** @param dir an empty or new folder */
    public static Outcome run(Path dir, DemoSettings settings, ExperimentListener listener) throws IOException {
        long start = System.nanoTime();
        Path data = dir.resolve(DATA);
        SyntheticTruth truth = new SyntheticPmemo(settings.synth()).writeTo(data);
        listener.stage(String.format(java.util.Locale.ROOT,
                "stage: synthetic PMEmo dataset: %d subjects, %d songs, %d recordings -> %s (%.1f s)",
                settings.subjects(), truth.songsWithEda(), truth.recordings(), data, RunInfo.seconds(start)));
        return new Outcome(truth, data, Experiment.run(settings.experiment(data), dir.resolve(REPORT), listener));
    }
}
