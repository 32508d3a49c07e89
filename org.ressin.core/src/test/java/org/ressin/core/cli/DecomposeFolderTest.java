package org.ressin.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ressin.core.cvxeda.CvxEda;
import org.ressin.core.cvxeda.CvxEdaParameters;
import org.ressin.core.cvxeda.Decomposition;
import org.ressin.core.eda.Recording;
import org.ressin.core.pmemo.PmemoDataset;
import org.ressin.core.synth.SynthSettings;
import org.ressin.core.synth.SyntheticPmemo;

/** {@code ressin decompose} on a PMEmo folder: one y,r,p,t,e file per recording, equal to the core's result. */
class DecomposeFolderTest {

    @TempDir
    Path tmp;

    @Test
    void writesOneDecompositionPerRecording() throws IOException {
        Path data = tmp.resolve("pmemo");
        new SyntheticPmemo(SynthSettings.defaults().withSize(3, 4).withSeed(2)).writeTo(data);
        Path out = tmp.resolve("decomposed");
        CliRun run = CliRun.of("decompose", "--input", data.toString(), "--output", out.toString(), "--fill-gaps", "1");
        assertEquals(0, run.code(), run.err());

        PmemoDataset dataset = PmemoDataset.open(data);
        assertEquals(dataset.index().recordingCount(), Files.list(out).count());
        Recording first = dataset.readSong(dataset.edaSongs().get(0)).get(0);
        Decomposition d = new CvxEda(CvxEdaParameters.defaults()).decompose(first);
        List<String> lines = Files.readAllLines(out.resolve(first.musicId() + "_" + first.subjectId() + ".csv"));
        assertEquals("y,r,p,t,e", lines.get(0));
        assertEquals(first.length() + 1, lines.size());
        String[] row = lines.get(10).split(",");
        assertEquals(d.phasicAt(9), Double.parseDouble(row[1]));
        assertEquals(d.tonicAt(9), Double.parseDouble(row[3]));
    }

    @Test
    void refusesAnOutputInsideTheDatasetOrNotEmpty() throws IOException {
        Path data = tmp.resolve("pmemo");
        new SyntheticPmemo(SynthSettings.defaults().withSize(2, 3).withSeed(2)).writeTo(data);
        CliRun inside = CliRun.of("decompose", "--input", data.toString(), "--output", data.resolve("d").toString());
        assertEquals(1, inside.code());
        assertTrue(inside.err().contains("inside the dataset folder"), inside.err());
        Path full = Files.createDirectories(tmp.resolve("full"));
        Files.writeString(full.resolve("keep.txt"), "user data");
        CliRun notEmpty = CliRun.of("decompose", "--input", data.toString(), "--output", full.toString());
        assertEquals(1, notEmpty.code());
        assertEquals("user data", Files.readString(full.resolve("keep.txt")));
        CliRun noRate = CliRun.of("decompose", "--input", data.resolve("annotations/static_annotations.csv").toString(),
                "--output", tmp.resolve("x.csv").toString());
        assertEquals(1, noRate.code());
        assertTrue(noRate.err().contains("--rate"), noRate.err());
    }
}
