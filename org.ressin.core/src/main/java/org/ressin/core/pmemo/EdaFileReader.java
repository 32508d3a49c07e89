package org.ressin.core.pmemo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ressin.core.pmemo.ReadReport.Issue;

/**
 * Reads one {@code EDA/<musicId>_EDA.csv}: a time or row-index column, then one column per subject. Holds one
 * file's samples only.
 */
final class EdaFileReader {

    /** Relative tolerance for "uneven" time steps and for a rate that differs from the expected one. */
    private static final double RATE_TOLERANCE = 0.01;

    /** One subject's column: the recording's samples (trailing missing cells removed; inner gaps NaN). */
    record Column(String header, int index, String subjectId, double[] samples, int missingValues) {}

    /** A parsed file. */
    record EdaFile(Path file, String musicId, double samplingRate, List<Column> columns, int rows) {}

    private EdaFileReader() {}

    static EdaFile read(Path file, String musicId, PmemoReadOptions options, ReadReport.Builder report)
            throws IOException {
        try (CsvTable t = CsvTable.open(file)) {
            List<String> header = t.header();
            int width = header.size();
            if (width < 2) {
                throw t.error(1, "expected a time or row-index column followed by one column per subject, found "
                        + width + " column(s)");
            }
            String[] subjects = subjectsOf(t);
            Growable[] values = new Growable[width];
            int[] last = new int[width];
            Arrays.fill(last, -1);
            for (int i = 1; i < width; i++) {
                values[i] = new Growable();
            }
            boolean parseTime = options.firstColumn() != PmemoReadOptions.FirstColumn.ROW_INDEX;
            Growable times = new Growable();
            Growable timeRows = new Growable();
            String timeName = header.get(0);

            int rows = 0;
            for (CsvTable.Row r = t.nextRow(); r != null; r = t.nextRow(), rows++) {
                for (int i = width; i < r.size(); i++) {
                    if (!r.get(i).isBlank()) {
                        throw new PmemoFormatException(file, r.line(), i + 1, null,
                                "cell beyond the last header column (the header names " + width + " columns)");
                    }
                }
                if (parseTime) {
                    double time = t.number(r, 0);
                    if (!Double.isNaN(time)) {
                        if (times.size > 0 && !(time > times.last())) {
                            throw t.error(r.line(), 0, "the first column must hold time in seconds or a row index, "
                                    + "but its values do not increase (" + r.get(0).trim() + " after "
                                    + fmt(times.last()) + ")");
                        }
                        times.add(time);
                        timeRows.add(rows);
                    }
                }
                for (int i = 1; i < width; i++) {
                    double v = t.number(r, i);
                    if (!Double.isNaN(v)) {
                        if (subjects[i] == null) {
                            throw t.error(r.line(), i, "column holds values but its header names no subject "
                                    + "(the subject ID is the trailing digits of the header, e.g. 100083 or EDA_100083)");
                        }
                        last[i] = rows;
                    }
                    values[i].add(v);
                }
            }

            double rate = samplingRate(file, timeName, times, timeRows, options, report);
            List<Column> columns = new ArrayList<>();
            for (int i = 1; i < width; i++) {
                if (subjects[i] == null) {
                    continue;
                }
                int length = last[i] + 1;
                if (length == 0) {
                    report.add(Issue.EMPTY_COLUMNS, 1, file.getFileName() + ", column " + (i + 1) + " \""
                            + header.get(i) + "\": no values, skipped");
                    continue;
                }
                double[] samples = Arrays.copyOf(values[i].data, length);
                int missing = 0;
                for (double v : samples) {
                    if (Double.isNaN(v)) {
                        missing++;
                    }
                }
                if (missing > 0) {
                    report.add(Issue.MISSING_VALUES, missing);
                    report.add(Issue.RECORDINGS_WITH_MISSING_VALUES, 1, file.getFileName() + ", column " + (i + 1)
                            + " \"" + header.get(i) + "\": " + missing + " missing value(s) kept as NaN");
                }
                if (length < rows) {
                    report.add(Issue.RAGGED_RECORDINGS, 1);
                    report.add(Issue.TRAILING_CELLS_DROPPED, rows - length);
                }
                if (length < PmemoDataset.DISCARDED_SECONDS * rate) {
                    report.add(Issue.RECORDINGS_SHORTER_THAN_15S, 1, file.getFileName() + ", column " + (i + 1)
                            + " \"" + header.get(i) + "\": " + fmt(length / rate) + " s, shorter than the "
                            + "15 s the method discards");
                }
                columns.add(new Column(header.get(i), i, subjects[i], samples, missing));
            }
            return new EdaFile(file, musicId, rate, List.copyOf(columns), rows);
        }
    }

    /** Subject ID of each column (index 0 and blank headers: null), checking for missing and duplicate IDs. */
    private static String[] subjectsOf(CsvTable t) throws PmemoFormatException {
        List<String> header = t.header();
        String[] subjects = new String[header.size()];
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 1; i < header.size(); i++) {
            String h = header.get(i);
            if (h.isBlank()) {
                continue; // tolerated only while the column stays empty (checked per value)
            }
            Optional<String> id = Ids.trailingDigits(h);
            if (id.isEmpty()) {
                throw t.error(1, i, "column header names no subject ID (the subject ID is the trailing digits "
                        + "of the header, e.g. 100083, EDA_100083 or subject 100083)");
            }
            Integer before = seen.putIfAbsent(id.get(), i);
            if (before != null) {
                throw t.error(1, i, "subject " + id.get() + " appears twice in this file (also column "
                        + (before + 1) + " \"" + header.get(before) + "\")");
            }
            subjects[i] = id.get();
        }
        return subjects;
    }

    private static double samplingRate(Path file, String timeName, Growable times, Growable timeRows,
                                       PmemoReadOptions options, ReadReport.Builder report) {
        double expected = options.defaultSamplingRate();
        boolean isTime = switch (options.firstColumn()) {
            case ROW_INDEX -> false;
            case TIME_SECONDS -> true;
            case AUTO -> Ids.normaliseHeader(timeName).contains("time") || !isRowIndex(times, timeRows);
        };
        if (!isTime) {
            return expected;
        }
        if (times.size < 2) {
            report.add(Issue.SAMPLING_RATE_ISSUES, 1, file.getFileName() + ": fewer than two time values, "
                    + "assuming " + fmt(expected) + " Hz");
            return expected;
        }
        double[] steps = new double[times.size - 1];
        for (int k = 1; k < times.size; k++) {
            steps[k - 1] = (times.data[k] - times.data[k - 1]) / (timeRows.data[k] - timeRows.data[k - 1]);
        }
        double[] sorted = steps.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        double rate = 1.0 / median;
        // Decimal time stamps (0.02, 0.04, ...) give rates a hair off an integer.
        if (Math.abs(rate - Math.rint(rate)) <= 1e-6 * rate) {
            rate = Math.rint(rate);
        }
        if (Math.abs(sorted[0] - median) > RATE_TOLERANCE * median
                || Math.abs(sorted[sorted.length - 1] - median) > RATE_TOLERANCE * median) {
            report.add(Issue.SAMPLING_RATE_ISSUES, 1, file.getFileName() + ": time steps range from "
                    + fmt(sorted[0]) + " to " + fmt(sorted[sorted.length - 1]) + " s; using the median step, "
                    + fmt(rate) + " Hz");
        } else if (Math.abs(rate - expected) > RATE_TOLERANCE * expected) {
            report.add(Issue.SAMPLING_RATE_ISSUES, 1, file.getFileName() + ": the time column gives "
                    + fmt(rate) + " Hz, expected " + fmt(expected) + " Hz");
        }
        return rate;
    }

    /** Integers stepping by exactly one per row. */
    private static boolean isRowIndex(Growable values, Growable rows) {
        if (values.size == 0) {
            return true;
        }
        for (int k = 0; k < values.size; k++) {
            double v = values.data[k];
            if (v != Math.rint(v)) {
                return false;
            }
            if (k > 0 && v - values.data[k - 1] != rows.data[k] - rows.data[k - 1]) {
                return false;
            }
        }
        return true;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.6g", v).replaceFirst("\\.?0+(e|$)", "$1");
    }

    /** A growing array of doubles (values of one column of one file). */
    private static final class Growable {
        double[] data = new double[256];
        int size;

        void add(double v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        double last() { return data[size - 1]; }
    }
}
