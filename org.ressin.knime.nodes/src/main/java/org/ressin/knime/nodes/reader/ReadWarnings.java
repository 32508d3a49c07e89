package org.ressin.knime.nodes.reader;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.ressin.core.pmemo.ReadReport;
import org.ressin.core.pmemo.ReadReport.Issue;

/**
 * Collects what the EDA Reader has to tell the user into one warning message: the core's read report, the
 * recordings skipped as too short, the rating choices and missing music features.
 */
final class ReadWarnings {

    /**
     * Report entries that are normal in PMEmo (ragged columns) or said better elsewhere: the 15 s count by the
     * skipped-recordings line (which uses the configured discard), unrated recordings by the rating selection.
     */
    private static final Set<Issue> NOT_WARNED = EnumSet.of(Issue.RAGGED_RECORDINGS, Issue.TRAILING_CELLS_DROPPED,
        Issue.RECORDINGS_SHORTER_THAN_15S, Issue.RECORDINGS_WITHOUT_RATING, Issue.RATINGS_WITHOUT_RECORDING,
        Issue.ANNOTATED_SONGS_WITHOUT_EDA);

    private static final int EXAMPLES = 5;

    private final List<String> m_lines = new ArrayList<>();

    /** Adds one line per counted issue of the report that deserves a warning. */
    void addReport(final ReadReport report) {
        report.counts().forEach((issue, count) -> {
            if (count > 0 && !NOT_WARNED.contains(issue)) {
                m_lines.add(count + " " + issue.description());
            }
        });
    }

    /**
     * @param skippedIds  row keys of the recordings skipped as too short
     * @param discard     seconds discarded at the start
     * @param minRetained seconds that must remain
     */
    void addSkipped(final List<String> skippedIds, final double discard, final double minRetained) {
        if (skippedIds.isEmpty()) {
            return;
        }
        String examples = String.join(", ", skippedIds.subList(0, Math.min(EXAMPLES, skippedIds.size())))
            + (skippedIds.size() > EXAMPLES ? ", ..." : "");
        m_lines.add(String.format(Locale.ROOT,
            "%d recording(s) shorter than %s s (%s s discarded + %s s for a signal image) skipped, e.g. %s",
            skippedIds.size(), seconds(discard + minRetained), seconds(discard), seconds(minRetained), examples));
    }

    void add(final String line) {
        m_lines.add(line);
    }

    void addAll(final List<String> lines) {
        m_lines.addAll(lines);
    }

    /** @return the message, or null when there is nothing to warn about */
    String message() {
        return m_lines.isEmpty() ? null : String.join("\n", m_lines);
    }

    static String seconds(final double s) {
        return s == Math.rint(s) ? Long.toString((long)s) : Double.toString(s);
    }
}
