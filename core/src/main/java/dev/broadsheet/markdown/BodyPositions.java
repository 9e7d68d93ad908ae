package dev.broadsheet.markdown;

import dev.broadsheet.diagnostics.SourcePosition;

/**
 * Turns an offset in a Markdown body into a position in its file: the body starts at {@code start}'s line
 * (front matter comes before it), columns count characters (code points) from 1.
 */
final class BodyPositions {

    private final SourcePosition start;
    private final CharSequence body;

    BodyPositions(SourcePosition start, CharSequence body) {
        this.start = start;
        this.body = body;
    }

    /**
     * The file position of {@code offset}. Lines end at {@code \n}, {@code \r\n} or {@code \r}. When the
     * start line is not known (0) lines are counted from the body's first line.
     */
    SourcePosition at(int offset) {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = body.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= body.length() || body.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        int column = Character.codePointCount(body, lineStart, offset) + 1;
        int firstLine = start.line() == 0 ? 1 : start.line();
        return start.at(firstLine + line, column);
    }
}
