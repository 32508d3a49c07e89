package org.ressin.knime.nodes.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ressin.core.synth.SynthSettings;
import org.ressin.core.synth.SyntheticPmemo;

/**
 * workflows/data/pmemo-mini is exactly what workflows/data/README.md says generated it:
 * {@code ./ressin synth --out workflows/data/pmemo-mini --subjects 6 --songs 8 --recordings-per-subject 4
 * --max-duration 40 --seed 1}, and stays small.
 */
class BundledDataTest {

    /** The settings the README's command gives (the command's other options at their defaults). */
    static SynthSettings miniSettings() {
        return SynthSettings.defaults().withSize(6, 8).withRecordingsPerSubject(4).withDurations(31, 40).withSeed(1);
    }

    @TempDir
    Path tmp;

    @Test
    void bundledDatasetIsTheDocumentedGeneratorOutput() throws IOException {
        Path bundled = Path.of(System.getProperty("ressin.repo"), "workflows", "data", "pmemo-mini");
        Path fresh = tmp.resolve("pmemo-mini");
        new SyntheticPmemo(miniSettings()).writeTo(fresh);
        Map<String, byte[]> expected = files(fresh);
        Map<String, byte[]> actual = files(bundled);
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((f, bytes) -> assertArrayEquals(bytes, actual.get(f), f));
        long size = actual.values().stream().mapToLong(b -> b.length).sum();
        assertTrue(size < 500_000, "the bundled dataset must stay below 500 KB, is " + size);
    }

    private static Map<String, byte[]> files(final Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        return out;
    }
}
