package org.ressin.core.pmemo;

import java.util.regex.Pattern;

/** Parsing of numeric cells: decimal numbers, with empty, {@code NaN} and {@code nan} meaning missing. */
final class Cells {

    // Strict on purpose: Double.parseDouble would also accept "Infinity", hex floats and a trailing "d".
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private Cells() {}

    /** Whether a cell is a missing value: blank, or NaN in any letter case. */
    static boolean isMissing(String cell) {
        String s = cell.trim();
        return s.isEmpty() || s.equalsIgnoreCase("nan");
    }

    /**
     * The value of a cell, {@code NaN} when missing.
     *
     * @throws NumberFormatException when the cell is neither a number nor a missing value
     */
    static double parse(String cell) {
        String s = cell.trim();
        if (s.isEmpty() || s.equalsIgnoreCase("nan")) {
            return Double.NaN;
        }
        if (!NUMBER.matcher(s).matches()) {
            throw new NumberFormatException(s);
        }
        return Double.parseDouble(s);
    }

    /** Quotes a cell for a message, shortening long ones. */
    static String quote(String cell) {
        String s = cell.length() > 40 ? cell.substring(0, 37) + "..." : cell;
        return "\"" + s + "\"";
    }
}
