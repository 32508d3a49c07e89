package org.ressin.core.pmemo;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A comma-separated file with a header row, read record by record with the editor line number of each record,
 * so that every error can name file, line and column.
 */
final class CsvTable implements Closeable {

    // Empty lines are kept as records so that the line count stays exact; callers decide what a blank row means.
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).build();

    /** One record and the line it starts on. */
    record Row(long line, CSVRecord record) {
        int size() { return record.size(); }

        /** Cell {@code i} (0-based); "" beyond the end of a short row. */
        String get(int i) { return i < record.size() ? record.get(i) : ""; }

        boolean isBlank() {
            for (String v : record) {
                if (!v.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    private final Path file;
    private final Reader reader;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;

    private CsvTable(Path file) throws IOException {
        this.file = file;
        try {
            // InputStreamReader replaces undecodable bytes instead of failing: titles in metadata may not be UTF-8.
            this.reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new PmemoFormatException(file, "file not found");
        }
        try {
            this.parser = CSVParser.parse(reader, FORMAT);
            this.records = parser.iterator();
            Row first = nextRow();
            if (first == null || first.isBlank()) {
                throw new PmemoFormatException(file, 1, "no header row (the first line must name the columns)");
            }
            List<String> h = new ArrayList<>(first.size());
            for (String v : first.record()) {
                h.add(h.isEmpty() ? Ids.stripBom(v).trim() : v.trim());
            }
            this.header = List.copyOf(h);
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    static CsvTable open(Path file) throws IOException {
        return new CsvTable(file);
    }

    Path file() { return file; }

    List<String> header() { return header; }

    /** Header of a 0-based column, "" beyond the header. */
    String columnName(int column) {
        return column < header.size() ? header.get(column) : "";
    }

    /** The next record including blank ones, or {@code null} at the end. */
    Row nextRow() throws PmemoFormatException {
        long before = parser.getCurrentLineNumber();
        try {
            if (!records.hasNext()) {
                return null;
            }
            return new Row(before + 1, records.next());
        } catch (UncheckedIOException | IllegalStateException e) {
            String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            throw new PmemoFormatException(file, before + 1, "malformed CSV (" + why + ")");
        }
    }

    /** The next record that has a non-blank cell, or {@code null} at the end. */
    Row nextNonBlankRow() throws PmemoFormatException {
        Row r;
        do {
            r = nextRow();
        } while (r != null && r.isBlank());
        return r;
    }

    /** An error at a 0-based column of a line. */
    PmemoFormatException error(long line, int column, String problem) {
        return new PmemoFormatException(file, line, column + 1, columnName(column), problem);
    }

    /** An error on a line, not tied to one column. */
    PmemoFormatException error(long line, String problem) {
        return new PmemoFormatException(file, line, problem);
    }

    /** Checks that a row has exactly as many cells as the header. */
    void requireWidth(Row row) throws PmemoFormatException {
        if (row.size() < header.size()) {
            throw error(row.line(), row.size(), "row has " + row.size() + " cells but the header names "
                    + header.size() + " columns");
        }
        if (row.size() > header.size()) {
            throw new PmemoFormatException(file, row.line(), header.size() + 1, null, "row has " + row.size()
                    + " cells but the header names only " + header.size() + " columns");
        }
    }

    /** Parses a numeric cell ({@code NaN} when missing) or fails naming the cell. */
    double number(Row row, int column) throws PmemoFormatException {
        String cell = row.get(column);
        try {
            return Cells.parse(cell);
        } catch (NumberFormatException e) {
            throw error(row.line(), column, Cells.quote(cell.trim()) + " is not a number (empty, NaN or nan mark a missing value)");
        }
    }

    /** A non-empty ID cell, normalised, or fails naming the cell. */
    String id(Row row, int column, String what) throws PmemoFormatException {
        String id = Ids.normalise(row.get(column));
        if (id.isEmpty()) {
            throw error(row.line(), column, "empty " + what);
        }
        return id;
    }

    // ---- header roles -------------------------------------------------------------------------------------

    static final Predicate<String> MUSIC = h -> Set.of("musicid", "music", "songid", "song", "id").contains(h);
    static final Predicate<String> MUSIC_LOOSE = h -> h.contains("music");
    static final Predicate<String> SUBJECT = h -> Set.of("subjectid", "subject", "participantid", "participant",
            "userid", "user", "sid").contains(h);
    static final Predicate<String> SUBJECT_LOOSE = h -> h.contains("subject");
    static final Predicate<String> AROUSAL = h -> h.equals("arousal") || h.equals("arousalmean");
    static final Predicate<String> AROUSAL_LOOSE = h -> h.contains("arousal") && !h.contains("std");
    static final Predicate<String> VALENCE = h -> h.equals("valence") || h.equals("valencemean");
    static final Predicate<String> VALENCE_LOOSE = h -> h.contains("valence") && !h.contains("std");
    static final Predicate<String> AROUSAL_STD = h -> h.equals("arousalstd") || h.equals("arousalsd");
    static final Predicate<String> AROUSAL_STD_LOOSE = h -> h.contains("arousal") && h.contains("std");
    static final Predicate<String> VALENCE_STD = h -> h.equals("valencestd") || h.equals("valencesd");
    static final Predicate<String> VALENCE_STD_LOOSE = h -> h.contains("valence") && h.contains("std");

    /**
     * The single column whose normalised header matches {@code exact}, else the single one matching
     * {@code loose}; empty when none does.
     *
     * @throws PmemoFormatException when several columns match equally well
     */
    OptionalInt findColumn(String what, Predicate<String> exact, Predicate<String> loose) throws PmemoFormatException {
        OptionalInt c = single(what, exact);
        return c.isPresent() ? c : single(what, loose);
    }

    /** Like {@link #findColumn} but the column must exist. */
    int requireColumn(String what, String example, Predicate<String> exact, Predicate<String> loose)
            throws PmemoFormatException {
        OptionalInt c = findColumn(what, exact, loose);
        if (c.isEmpty()) {
            throw error(1, "no " + what + " column in the header " + header + " (expected e.g. " + example + ")");
        }
        return c.getAsInt();
    }

    /** Whether the header has a column of this role (ambiguity counts as having one). */
    boolean hasColumn(Predicate<String> exact, Predicate<String> loose) {
        return header.stream().map(Ids::normaliseHeader).anyMatch(exact.or(loose));
    }

    private OptionalInt single(String what, Predicate<String> role) throws PmemoFormatException {
        int found = -1;
        for (int i = 0; i < header.size(); i++) {
            if (role.test(Ids.normaliseHeader(header.get(i)))) {
                if (found >= 0) {
                    throw new PmemoFormatException(file, 1, i + 1, header.get(i), "ambiguous " + what
                            + " column: both \"" + header.get(found) + "\" (column " + (found + 1) + ") and this one match");
                }
                found = i;
            }
        }
        return found < 0 ? OptionalInt.empty() : OptionalInt.of(found);
    }

    @Override
    public void close() throws IOException {
        parser.close();
        reader.close();
    }
}
