package org.ressin.core.pipeline;

import java.util.List;
import java.util.Optional;

import org.ressin.core.labels.LabelingResult;
import org.ressin.core.pmemo.MusicFeatures;

/**
 * A PMEmo folder after discard, cvxEDA, labels and imaging. Holds compact images only (about 9 KB per 30 s
 * recording), never rendered pixels.
 */
public record PreparedDataset(List<PreparedRecording> recordings, Optional<MusicFeatures> music,
        LabelingResult labels, PreparationSettings settings, PreparationReport report) {

    public PreparedDataset {
        recordings = List.copyOf(recordings);
    }
}
