package dev.broadsheet.punctuation;

import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.diagnostics.SourcePosition;
import dev.broadsheet.io.TextFiles;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A source file's text twice: as the build reads it (LF line endings, no byte order mark), which is what the
 * rules read, and as it is written, which is what a fix changes, so that the fix keeps the file's line endings
 * and byte order mark.
 */
final class SourceText {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final String path;
    private final boolean bom;
    private final String written;
    private final String text;
    /** The offsets in {@link #text} of the line feeds that were written as CRLF. */
    private final int[] crlf;
    private final int[] lineStarts;

    private SourceText(String path, boolean bom, String written, String text) {
        this.path = path;
        this.bom = bom;
        this.written = written;
        this.text = text;
        int[] found = new int[16];
        int count = 0;
        for (int i = 0, n = 0; i < written.length(); i++, n++) {
            if (written.charAt(i) == '\r' && i + 1 < written.length() && written.charAt(i + 1) == '\n') {
                if (count == found.length) found = Arrays.copyOf(found, count * 2);
                found[count++] = n;
                i++;
            }
        }
        this.crlf = Arrays.copyOf(found, count);
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
        boolean bom = bytes.length >= 3 && Arrays.equals(bytes, 0, 3, BOM, 0, 3);
        return TextFiles.decode(bytes, path, diagnostics).map(text -> new SourceText(path, bom,
                new String(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0), StandardCharsets.UTF_8), text));
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

    /**
     * The file's bytes with {@code edits} made, each replacing a stretch of {@link #text} that holds no line
     * break; everything else, line endings and byte order mark included, as it was.
     */
    byte[] with(List<RunChecker.Edit> edits) {
        StringBuilder out = new StringBuilder(written.length());
        int copied = 0;
        for (RunChecker.Edit edit : edits) {
            int start = writtenOffset(edit.start());
            out.append(written, copied, start).append(edit.replacement());
            copied = writtenOffset(edit.end());
        }
        out.append(written, copied, written.length());
        byte[] body = out.toString().getBytes(StandardCharsets.UTF_8);
        if (!bom) return body;
        byte[] bytes = Arrays.copyOf(BOM, BOM.length + body.length);
        System.arraycopy(body, 0, bytes, BOM.length, body.length);
        return bytes;
    }

    /** The offset in the written text of offset {@code offset} of {@link #text}: each CRLF before it adds one. */
    private int writtenOffset(int offset) {
        int before = Arrays.binarySearch(crlf, offset);
        return offset + (before < 0 ? -before - 1 : before);
    }
}
