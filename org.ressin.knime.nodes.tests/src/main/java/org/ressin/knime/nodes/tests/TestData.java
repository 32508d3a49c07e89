package org.ressin.knime.nodes.tests;

import java.io.IOException;
import java.nio.file.Path;

import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.StandInHarness;
import org.knime.core.node.port.PortObject;
import org.ressin.core.synth.SynthSettings;
import org.ressin.core.synth.SyntheticPmemo;
import org.ressin.knime.nodes.reader.EdaReaderNodeFactory;
import org.ressin.knime.nodes.reader.EdaReaderSettings;

/**
 * Small synthetic PMEmo datasets and the EDA Reader's tables of them, for node tests. Everything is generated
 * with a fixed seed, so values are the same on every run.
 */
public final class TestData {

    /** Seed of every dataset made here. */
    public static final long SEED = 20190922L;

    private TestData() {
    }

    /**
     * The settings of {@link #pmemo(Path)}: 4 subjects x 5 songs, 3 songs per subject (12 recordings), 20-24 s at
     * 50 Hz (5-9 s left after the 15 s discard), 6 music features.
     */
    public static SynthSettings settings() {
        return SynthSettings.defaults().withSize(4, 5).withRecordingsPerSubject(3).withDurations(20, 24)
            .withFeatureDimension(6).withSeed(SEED);
    }

    /**
     * Writes the {@link #settings() small dataset} into {@code dir}/pmemo.
     *
     * @return the dataset folder
     */
    public static Path pmemo(final Path dir) throws IOException {
        return pmemo(dir, settings());
    }

    /**
     * Writes a synthetic dataset with the given settings into {@code dir}/pmemo.
     *
     * @return the dataset folder
     */
    public static Path pmemo(final Path dir, final SynthSettings settings) throws IOException {
        Path out = dir.resolve("pmemo");
        new SyntheticPmemo(settings).writeTo(out);
        return out;
    }

    /** @return an EDA Reader model set to read {@code folder} with default settings otherwise */
    public static NodeModel reader(final Path folder) throws InvalidSettingsException {
        NodeModel model = new EdaReaderNodeFactory().createNodeModel();
        NodeSettings s = StandInHarness.saveSettings(model);
        s.addString(EdaReaderSettings.CFG_FOLDER, folder.toString());
        StandInHarness.loadSettingsFrom(model, s);
        return model;
    }

    /**
     * Runs the EDA Reader with default settings (15 s discarded, short recordings skipped).
     *
     * @return recordings, ratings and music features tables
     */
    public static BufferedDataTable[] read(final Path folder) throws Exception {
        NodeModel model = reader(folder);
        StandInHarness.configure(model);
        PortObject[] out = StandInHarness.execute(model);
        return new BufferedDataTable[]{(BufferedDataTable)out[0], (BufferedDataTable)out[1],
            (BufferedDataTable)out[2]};
    }

    /** @return the recordings table of a freshly generated {@link #pmemo(Path) small dataset} */
    public static BufferedDataTable recordings(final Path dir) throws Exception {
        return read(pmemo(dir))[0];
    }
}
