package dev.broadsheet.diagnostics;

import java.util.Objects;

/**
 * A place in a site's source: a file relative to the site folder (always with {@code /} separators), and a
 * 1-based line and column. A line or column of 0 means "not known" and is left out when printed.
 */
public record SourcePosition(String file, int line, int column) implements Comparable<SourcePosition> {

    public SourcePosition {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative");
        }
    }

    /** A position naming only a file. */
    public static SourcePosition of(String file) {
        return new SourcePosition(file, 0, 0);
    }

    /** A position naming a file and line. */
    public static SourcePosition of(String file, int line) {
        return new SourcePosition(file, line, 0);
    }

    /** The same file, another line and column. */
    public SourcePosition at(int newLine, int newColumn) {
        return new SourcePosition(file, newLine, newColumn);
    }

    /** Moves this position down by {@code lines} lines, e.g. from front matter to file coordinates. */
    public SourcePosition shiftLines(int lines) {
        return line == 0 ? this : new SourcePosition(file, line + lines, column);
    }

    @Override
    public int compareTo(SourcePosition o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    /** {@code file:line:column}, {@code file:line} or {@code file}, as compilers print them. */
    @Override
    public String toString() {
        if (line == 0) return file;
        if (column == 0) return file + ":" + line;
        return file + ":" + line + ":" + column;
    }
}
