package org.ressin.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ressin.core.cvxeda.CvxEda;
import org.ressin.core.eda.Recording;
import org.ressin.core.image.ImageSettings;
import org.ressin.core.image.SignalImager;
import org.ressin.core.labels.LabelingResult;
import org.ressin.core.labels.PersonalLabeler;
import org.ressin.core.labels.PmemoRatings;
import org.ressin.core.labels.Target;
import org.ressin.core.pmemo.PmemoDataset;
import org.ressin.core.synth.SynthSettings;
import org.ressin.core.synth.SyntheticPmemo;

class DatasetPreparerTest {

    @TempDir
    static Path dir;
    static PmemoDataset dataset;
    static PreparationSettings settings;

    @BeforeAll
    static void generate() throws IOException {
        new SyntheticPmemo(SynthSettings.defaults().withSize(5, 6).withSeed(11)).writeTo(dir.resolve("pmemo"));
        dataset = PmemoDataset.open(dir.resolve("pmemo"));
        settings = PreparationSettings.defaults().withImages(ImageSettings.defaults().withSize(32)).withThreads(2);
    }

    @Test
    void everyRecordingIsImagedWithTheLabelsOfItsRatings() throws IOException {
        PreparedDataset prepared = new DatasetPreparer(settings).prepare(dataset, PreparationListener.SILENT);
        int recordings = dataset.index().recordingCount();
        assertEquals(recordings, prepared.report().recordings());
        assertEquals(recordings, prepared.report().imaged() + prepared.report().tooShort()
                + prepared.report().missingValues() + prepared.report().failed());
        assertEquals(prepared.report().imaged(), prepared.recordings().size());
        assertTrue(prepared.report().imaged() > 0);

        LabelingResult labels = new PersonalLabeler(settings.labels()).label(PmemoRatings.select(dataset).ratings());
        Map<String, Integer> valence = labels.labels().stream().filter(l -> l.valenceLabel().isPresent())
                .collect(Collectors.toMap(l -> l.rating().musicId() + "/" + l.rating().subjectId(),
                        l -> l.valenceLabel().getAsInt()));
        for (PreparedRecording r : prepared.recordings()) {
            assertEquals(valence.get(r.id()), r.label(Target.VALENCE).isPresent() ? r.label(Target.VALENCE).getAsInt() : null, r.id());
            assertEquals(32, r.image().size());
            assertEquals(3, r.image().channelCount());
        }
    }

    @Test
    void imagesAreTheCoreStepsAppliedToTheRetainedSignal() throws IOException {
        PreparedDataset prepared = new DatasetPreparer(settings).prepare(dataset, PreparationListener.SILENT);
        String song = dataset.edaSongs().get(0);
        Recording first = dataset.readSong(song).get(0).skipSeconds(15);
        var expected = new SignalImager(settings.images()).image(first.id(),
                new CvxEda(settings.cvxeda()).decompose(first));
        PreparedRecording actual = prepared.recordings().stream().filter(r -> r.id().equals(first.id()))
                .findFirst().orElseThrow();
        assertEquals(expected, actual.image());
    }

    @Test
    void threadCountDoesNotChangeTheResult() throws IOException {
        List<PreparedRecording> one = new DatasetPreparer(settings.withThreads(1))
                .prepare(dataset, PreparationListener.SILENT).recordings();
        List<PreparedRecording> two = new DatasetPreparer(settings.withThreads(2))
                .prepare(dataset, PreparationListener.SILENT).recordings();
        assertEquals(one, two);
    }

    @Test
    void tooShortAfterTheDiscardIsCountedNotImaged() throws IOException {
        PreparedDataset prepared = new DatasetPreparer(settings.withSkipSeconds(3600))
                .prepare(dataset, PreparationListener.SILENT);
        assertEquals(0, prepared.recordings().size());
        assertEquals(dataset.index().recordingCount(), prepared.report().tooShort());
        assertFalse(prepared.report().warnings().isEmpty());
    }

    @Test
    void stopsWhenCancelled() {
        AtomicInteger calls = new AtomicInteger();
        PreparationListener cancelAfterFirstSong = new PreparationListener() {
            @Override
            public void progress(int done, int total, String message) { calls.incrementAndGet(); }

            @Override
            public boolean isCancelled() { return calls.get() >= 1; }
        };
        assertThrows(CancellationException.class,
                () -> new DatasetPreparer(settings).prepare(dataset, cancelAfterFirstSong));
        assertEquals(1, calls.get());
    }
}
