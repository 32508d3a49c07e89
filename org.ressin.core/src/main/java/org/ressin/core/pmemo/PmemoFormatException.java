package org.ressin.core.pmemo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A PMEmo folder that cannot be read: a missing folder or file, a cell that is not a number, a header that
 * names no subject, a duplicate, a row of the wrong width.
 *
 * <p>Checked (extends {@link IOException}) because it is a problem of the input files, like any other
 * read failure. The message names the file, and where they apply the line (1-based, as a text editor shows
 * it; the header is line 1) and the column (its header and 1-based index), e.g.
 * {@code .../EDA/3_EDA.csv, line 5, column 2 "EDA_100083": "abc" is not a number}.
 */
public final class PmemoFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;
    private final int column;
    private final String columnName;
    private final String problem;

    /** A problem with a whole file or folder (no line or column). */
    public PmemoFormatException(Path file, String problem) {
        this(file, 0, 0, null, problem);
    }

    /** A problem on one line, not tied to a column. */
    public PmemoFormatException(Path file, long line, String problem) {
        this(file, line, 0, null, problem);
    }

    /**
     * @param line 1-based line number, 0 when not applicable
     * @param column 1-based column index, 0 when not applicable
     * @param columnName header of that column, or {@code null}
     */
    public PmemoFormatException(Path file, long line, int column, String columnName, String problem) {
        super(format(file, line, column, columnName, problem));
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
        this.column = column;
        this.columnName = columnName;
        this.problem = problem;
    }

    private static String format(Path file, long line, int column, String columnName, String problem) {
        StringBuilder b = new StringBuilder().append(file);
        if (line > 0) {
            b.append(", line ").append(line);
        }
        if (column > 0) {
            b.append(", column ").append(column);
            if (columnName != null) {
                b.append(" \"").append(columnName).append('"');
            }
        }
        return b.append(": ").append(problem).toString();
    }

    /** The file or folder at fault. */
    public Path file() { return file; }

    /** 1-based line, or 0 when the problem is not on one line. */
    public long line() { return line; }

    /** 1-based column index, or 0 when the problem is not in one column. */
    public int column() { return column; }

    /** Header of the column at fault, or {@code null}. */
    public String columnName() { return columnName; }

    /** The problem without the location. */
    public String problem() { return problem; }
}
