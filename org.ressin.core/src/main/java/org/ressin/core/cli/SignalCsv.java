package org.ressin.core.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the input of {@code ressin image}: either a decomposition (a header naming at least {@code y}, {@code r}
 * and {@code t}, as {@code ressin decompose} writes {@code y,r,p,t,e}) or a raw signal (one column, with or
 * without a header, or a header with a column {@code y} and no {@code r}/{@code t}).
 */
final class SignalCsv {

    enum Kind { DECOMPOSITION, RAW }

    /** The columns read; {@code r} and {@code t} are null for a raw signal. */
    record Content(Kind kind, double[] y, double[] r, double[] t) {}

    private SignalCsv() {}

    static Content read(Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true).build();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = format.parse(in)) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                throw new IllegalArgumentException(file + ": the file is empty");
            }
            CSVRecord first = records.next();
            List<String> header = null;
            if (!allNumeric(first)) {
                header = new ArrayList<>();
                for (String name : first) {
                    header.add(name.toLowerCase(Locale.ROOT).replace("\uFEFF", ""));
                }
            }
            String[] names;
            int[] index;
            Kind kind;
            if (header == null) {
                if (first.size() != 1) {
                    throw new IllegalArgumentException(file + " line 1: " + first.size() + " numeric columns without"
                            + " a header; expected a header naming y,r,t (a decomposition) or one column (a raw signal)");
                }
                kind = Kind.RAW;
                names = new String[] {"1"};
                index = new int[] {0};
            } else if (header.contains("y") && header.contains("r") && header.contains("t")) {
                kind = Kind.DECOMPOSITION;
                names = new String[] {"y", "r", "t"};
                index = new int[] {header.indexOf("y"), header.indexOf("r"), header.indexOf("t")};
            } else if (header.size() == 1 || header.contains("y") && !header.contains("r") && !header.contains("t")) {
                kind = Kind.RAW;
                int y = header.size() == 1 ? 0 : header.indexOf("y");
                names = new String[] {header.get(y)};
                index = new int[] {y};
            } else {
                throw new IllegalArgumentException(file + " line 1: header " + header + " names neither a decomposition"
                        + " (columns y, r, t) nor a raw signal (one column, or a column y without r and t)");
            }

            List<double[]> rows = new ArrayList<>();
            if (header == null) {
                rows.add(parseRow(file, 1, first, names, index));
            }
            while (records.hasNext()) {
                CSVRecord rec = records.next();
                rows.add(parseRow(file, parser.getCurrentLineNumber(), rec, names, index));
            }
            if (rows.isEmpty()) {
                throw new IllegalArgumentException(file + ": no samples after the header");
            }
            double[][] columns = new double[names.length][rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                for (int c = 0; c < names.length; c++) {
                    columns[c][i] = rows.get(i)[c];
                }
            }
            return kind == Kind.DECOMPOSITION ? new Content(kind, columns[0], columns[1], columns[2])
                    : new Content(kind, columns[0], null, null);
        }
    }

    private static boolean allNumeric(CSVRecord record) {
        for (String cell : record) {
            if (!isNumber(cell)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNumber(String cell) {
        try {
            Double.parseDouble(cell);
            return !cell.isEmpty();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static double[] parseRow(Path file, long line, CSVRecord rec, String[] names, int[] index) {
        double[] v = new double[names.length];
        for (int c = 0; c < names.length; c++) {
            String where = file + " line " + line + ", column " + names[c];
            if (index[c] >= rec.size()) {
                throw new IllegalArgumentException(where + ": missing (the row has only " + rec.size() + " cells)");
            }
            String cell = rec.get(index[c]);
            if (cell.isEmpty()) {
                throw new IllegalArgumentException(where + ": empty cell (missing values are not allowed)");
            }
            double x;
            try {
                x = Double.parseDouble(cell);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + ": '" + cell + "' is not a number");
            }
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException(where + ": '" + cell + "' is not a finite number");
            }
            v[c] = x;
        }
        return v;
    }
}
