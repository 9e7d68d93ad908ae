package dev.broadsheet.punctuation;

import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.diagnostics.SourcePosition;
import dev.broadsheet.io.TextFiles;

import java.util.Arrays;
import java.util.Optional;

/** A source file's text as the build reads it (LF line endings, no byte order mark), with its lines. */
final class SourceText {

    private final String path;
    private final String text;
    private final int[] lineStarts;

    private SourceText(String path, String text) {
        this.path = path;
        this.text = text;
        int[] starts = new int[16];
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '\n') continue;
            if (lines == starts.length) starts = Arrays.copyOf(starts, lines * 2);
            starts[lines++] = i + 1;
        }
        this.lineStarts = Arrays.copyOf(starts, lines);
    }

    /**
     * The text of a file read as {@code bytes}, shown as {@code path}; empty when it is not valid UTF-8 (the
     * error goes to {@code diagnostics}).
     */
    static Optional<SourceText> of(String path, byte[] bytes, Diagnostics diagnostics) {
        return TextFiles.decode(bytes, path, diagnostics).map(text -> new SourceText(path, text));
    }

    /** The text as the build reads it. */
    String text() {
        return text;
    }

    /** Where offset {@code offset} of {@link #text} is: line and column, counted in characters from 1. */
    SourcePosition position(int offset) {
        int line = Arrays.binarySearch(lineStarts, offset);
        if (line < 0) line = -line - 2;
        return new SourcePosition(path, line + 1, text.codePointCount(lineStarts[line], offset) + 1);
    }
}
