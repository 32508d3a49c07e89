package org.ressin.core.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.ressin.core.synth.EdaEffects;
import org.ressin.core.synth.SynthSettings;
import org.ressin.core.synth.SyntheticPmemo;
import org.ressin.core.synth.SyntheticTruth;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ressin synth}: writes a synthetic dataset in the PMEmo layout. */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = {"Write a synthetic dataset in the PMEmo layout, with a planted dependence of valence and "
                + "arousal on music features and EDA, plus synthetic_truth.json holding the best achievable accuracy.",
                "Writes only into a new or empty folder."})
public final class SynthCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "New or empty output folder.")
    Path out;

    @Option(names = "--subjects", paramLabel = "N", description = "Subjects (default: ${DEFAULT-VALUE}).",
            defaultValue = "20")
    int subjects;

    @Option(names = "--songs", paramLabel = "M", description = "Songs (default: ${DEFAULT-VALUE}).", defaultValue = "40")
    int songs;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).",
            defaultValue = "1")
    long seed;

    @Option(names = "--recordings-per-subject", paramLabel = "K",
            description = "Songs each subject hears (default: 16, at most the number of songs).")
    Integer recordingsPerSubject;

    @Option(names = "--features", paramLabel = "D", description = "Music feature dimension (default: ${DEFAULT-VALUE}).",
            defaultValue = "32")
    int features;

    @Option(names = "--min-duration", paramLabel = "SECONDS", defaultValue = "31",
            description = "Shortest recording in seconds (default: ${DEFAULT-VALUE}).")
    double minDuration;

    @Option(names = "--max-duration", paramLabel = "SECONDS", defaultValue = "60",
            description = "Longest recording in seconds (default: ${DEFAULT-VALUE}).")
    double maxDuration;

    @Option(names = "--music-strength", paramLabel = "X", defaultValue = "2.0",
            description = "How strongly music features set the latent states (default: ${DEFAULT-VALUE}).")
    double musicStrength;

    @Option(names = "--eda-strength", paramLabel = "X", defaultValue = "1.5",
            description = "How strongly the latent states show in the EDA, valence and arousal (default: ${DEFAULT-VALUE}).")
    double edaStrength;

    @Option(names = "--rating-noise", paramLabel = "X", defaultValue = "0.3",
            description = "Rating noise relative to a subject's high-low gap (default: ${DEFAULT-VALUE}).")
    double ratingNoise;

    @Option(names = "--gap-probability", paramLabel = "P", defaultValue = "0",
            description = "Probability that a recording has a run of missing values (default: ${DEFAULT-VALUE}).")
    double gapProbability;

    @Option(names = "--effects", paramLabel = "subtle|pronounced", defaultValue = "subtle",
            description = "How clearly the latent EDA expressions show in the signal: subtle (faint trend and few SCRs, "
                    + "as in real recordings) or pronounced (what the demo uses) (default: ${DEFAULT-VALUE}).")
    String effects;

    @Override
    public Integer call() {
        SynthSettings settings;
        try {
            SynthSettings base = SynthSettings.defaults();
            settings = new SynthSettings(subjects, songs, seed,
                    recordingsPerSubject != null ? recordingsPerSubject
                            : Math.min(base.recordingsPerSubject(), Math.max(2, songs)),
                    minDuration, maxDuration, base.samplingRate(), features, musicStrength, edaStrength, edaStrength,
                    ratingNoise, base.noiseSd(), gapProbability, EdaEffects.named(effects));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid setting: " + e.getMessage());
        }
        PrintWriter o = spec.commandLine().getOut();
        try {
            SyntheticTruth t = new SyntheticPmemo(settings).writeTo(out);
            o.printf(Locale.ROOT, "Wrote %d recordings (%d subjects x %d songs, %d with EDA; %d samples) to %s%n",
                    t.recordings(), subjects, songs, t.songsWithEda(), t.totalSamples(), out);
            o.printf(Locale.ROOT, "Best achievable accuracy, valence / arousal (chance %.3f / %.3f):%n",
                    t.valence().chance(), t.arousal().chance());
            o.printf(Locale.ROOT, "  music features alone  %.3f / %.3f%n", t.valence().music(), t.arousal().music());
            o.printf(Locale.ROOT, "  EDA alone             %.3f / %.3f%n", t.valence().eda(), t.arousal().eda());
            o.printf(Locale.ROOT, "  both                  %.3f / %.3f%n", t.valence().both(), t.arousal().both());
            o.printf("Details: %s%n", out.resolve(SyntheticPmemo.TRUTH_FILE));
            o.flush();
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println("ressin synth: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 1;
        }
    }
}
