package org.ressin.knime.nodes.reader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.ressin.knime.nodes.common.SettingsNodeModel;
import org.ressin.core.eda.Recording;
import org.ressin.core.labels.PmemoRatings;
import org.ressin.core.labels.Rating;
import org.ressin.core.labels.RatingSelection;
import org.ressin.core.labels.RecordingKey;
import org.ressin.core.pmemo.MusicFeatures;
import org.ressin.core.pmemo.PmemoDataset;
import org.ressin.core.pmemo.PmemoFormatException;
import org.ressin.core.pmemo.PmemoIndex;
import org.ressin.core.pmemo.PmemoOutline;
import org.ressin.core.pmemo.RecordingInfo;

/**
 * EDA Reader: reads a PMEmo folder into three tables (recordings, ratings, music features). Reading, the rating
 * choice and the discard are the core's; this class streams the recordings song by song into the output table.
 */
public final class EdaReaderNodeModel extends SettingsNodeModel<EdaReaderSettings> {

    /**
     * A signal image has one row per second, so at least one second must remain after the discard
     * ({@code org.ressin.core.image.SignalImager} rejects shorter recordings).
     */
    static final double MIN_RETAINED_SECONDS = 1.0;

    /** Share of the progress for the EDA files; the rest is ratings and features. */
    private static final double SONGS_PROGRESS = 0.95;

    EdaReaderNodeModel() {
        super(0, 3, new EdaReaderSettings());
    }

    @Override
    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        PmemoOutline outline = outline(settings.resolveFolder());
        if (!outline.hasFeatures()) {
            setWarningMessage(noFeaturesMessage());
        }
        return new DataTableSpec[]{ReaderTables.recordingsSpec(), ReaderTables.ratingsSpec(),
            featuresSpec(outline.featureNames())};
    }

    @Override
    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
        throws Exception {
        Path folder = settings.resolveFolder();
        exec.setMessage("Opening " + folder);
        PmemoDataset dataset = PmemoDataset.open(folder, settings.readOptions());
        ReadWarnings warnings = new ReadWarnings();

        RecordingsWriter recordings = new RecordingsWriter(exec.createDataContainer(ReaderTables.recordingsSpec()));
        int songs = dataset.edaSongs().size();
        int[] done = {0};
        exec.setProgress(0, "Reading song 1 of " + songs);
        PmemoIndex index = dataset.forEachSong((musicId, songRecordings) -> {
            exec.checkCanceled();
            songRecordings.forEach(recordings::add);
            done[0]++;
            exec.setProgress(SONGS_PROGRESS * done[0] / songs,
                done[0] < songs ? "Reading song " + (done[0] + 1) + " of " + songs : "Reading ratings");
            exec.checkCanceled();
        });
        warnings.addReport(index.report());
        warnings.addSkipped(recordings.m_skipped, settings.discardSeconds(), MIN_RETAINED_SECONDS);
        index.report().notes().forEach(getLogger()::info);

        BufferedDataTable ratings = ratings(dataset, index, exec, warnings);
        exec.checkCanceled();
        BufferedDataTable features = features(dataset, exec, warnings);
        recordings.m_container.close();
        exec.setProgress(1.0);
        setWarningMessage(warnings.message());
        return new BufferedDataTable[]{recordings.m_container.getTable(), ratings, features};
    }

    /** Adds each recording's retained part to the table, or skips / fails on one that is too short. */
    private final class RecordingsWriter {

        private final BufferedDataContainer m_container;

        private final List<String> m_skipped = new ArrayList<>();

        RecordingsWriter(final BufferedDataContainer container) {
            m_container = container;
        }

        void add(final Recording recording) {
            Recording retained = recording.skipSeconds(settings.discardSeconds());
            if (retained.durationSeconds() < MIN_RETAINED_SECONDS) {
                if (settings.failOnShortRecordings()) {
                    throw new IllegalArgumentException("Recording "
                        + ReaderTables.rowKey(recording.musicId(), recording.subjectId()) + " (song "
                        + recording.musicId() + ", subject " + recording.subjectId() + ") lasts "
                        + recording.durationSeconds() + " s: less than " + ReadWarnings.seconds(
                            settings.discardSeconds() + MIN_RETAINED_SECONDS)
                        + " s (\"" + EdaReaderSettings.LABEL_DISCARD + "\" + 1 s for a signal image). Untick \""
                        + EdaReaderSettings.LABEL_FAIL_ON_SHORT + "\" to skip such recordings.");
                }
                m_skipped.add(ReaderTables.rowKey(recording.musicId(), recording.subjectId()).getString());
                return;
            }
            m_container.addRowToTable(ReaderTables.recordingRow(recording, retained));
        }
    }

    /** One row per rating chosen by the core, then one per recording that got none (values missing). */
    private static BufferedDataTable ratings(final PmemoDataset dataset, final PmemoIndex index,
        final ExecutionContext exec, final ReadWarnings warnings) {
        List<RecordingKey> recorded = new ArrayList<>(index.recordingCount());
        for (RecordingInfo r : index.recordings()) {
            recorded.add(new RecordingKey(r.subjectId(), r.musicId()));
        }
        RatingSelection selection = PmemoRatings.select(dataset, recorded);
        warnings.addAll(selection.warnings());
        BufferedDataContainer out = exec.createDataContainer(ReaderTables.ratingsSpec());
        Set<RecordingKey> written = new HashSet<>();
        for (Rating r : selection.ratings()) {
            out.addRowToTable(ReaderTables.ratingRow(r, selection.sourceBySubject().get(r.subjectId())));
            written.add(new RecordingKey(r.subjectId(), r.musicId()));
        }
        for (RecordingKey k : recorded) {
            if (written.add(k)) {
                out.addRowToTable(ReaderTables.unratedRow(k.musicId(), k.subjectId()));
            }
        }
        out.close();
        return out.getTable();
    }

    private static BufferedDataTable features(final PmemoDataset dataset, final ExecutionContext exec,
        final ReadWarnings warnings) throws InvalidSettingsException {
        Optional<MusicFeatures> features = dataset.musicFeatures();
        BufferedDataContainer out =
            exec.createDataContainer(featuresSpec(features.map(MusicFeatures::names).orElse(List.of())));
        if (features.isPresent()) {
            for (String musicId : features.get().musicIds()) {
                out.addRowToTable(ReaderTables.featureRow(musicId, features.get().get(musicId).orElseThrow()));
            }
        } else {
            warnings.add(noFeaturesMessage());
        }
        out.close();
        return out.getTable();
    }

    private static DataTableSpec featuresSpec(final List<String> names) throws InvalidSettingsException {
        try {
            return ReaderTables.featuresSpec(names);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("The music feature table's header cannot become KNIME columns: "
                + e.getMessage(), e);
        }
    }

    private static String noFeaturesMessage() {
        return "No music features (features/static_features.csv not found): the music features table has only"
            + " the musicId column and no rows.";
    }

    /** The folder's layout and feature names, with a message naming the setting when it is not a PMEmo folder. */
    private static PmemoOutline outline(final Path folder) throws InvalidSettingsException {
        try {
            return PmemoDataset.outline(folder);
        } catch (PmemoFormatException e) {
            throw new InvalidSettingsException("Setting \"" + EdaReaderSettings.LABEL_FOLDER + "\" (" + folder
                + ") is not a PMEmo folder: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new InvalidSettingsException("Setting \"" + EdaReaderSettings.LABEL_FOLDER + "\" (" + folder
                + ") cannot be read: " + e, e);
        }
    }

}
