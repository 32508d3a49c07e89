package org.ressin.core.pipeline;

import java.util.List;

/**
 * What preparation did with each recording, so a result can say what it measured.
 *
 * @param recordings        recordings in the folder
 * @param imaged            recordings that became signal images
 * @param tooShort          left out: less than one second after the discard
 * @param missingValues     left out: a gap of missing samples longer than the gap filler's 1 s in the retained part
 * @param failed            left out: decomposition or imaging failed
 * @param notConverged      imaged, but cvxEDA stopped before its acceptance tolerance
 * @param constantChannels  imaged with a constant channel (drawn as zeros)
 * @param warnings          one line per kind of problem, with examples
 */
public record PreparationReport(int recordings, int imaged, int tooShort, int missingValues, int failed,
        int notConverged, int constantChannels, List<String> warnings) {

    public PreparationReport {
        warnings = List.copyOf(warnings);
    }
}
