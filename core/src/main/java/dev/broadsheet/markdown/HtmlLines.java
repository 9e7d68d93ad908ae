package dev.broadsheet.markdown;

/**
 * The HTML of one body as it is written, with the line rules of flexmark's {@code HtmlRenderer} in the way
 * the site sets it up (no indentation, leading spaces trimmed, at most one blank line in a row), so that
 * {@link BodyHtmlWriter} gives the same characters without flexmark's character-at-a-time line buffer:
 *
 * <ul>
 *   <li>outside preformatted text, spaces at the start of a line are dropped (tabs are kept, and do not
 *       end the line's leading white space);</li>
 *   <li>{@link #line()} ends the current line unless it is empty; inside preformatted text it always
 *       does;</li>
 *   <li>an empty line outside preformatted text (one ended by a written {@code \n}) is kept only if the
 *       line before it is not such an empty line too;</li>
 *   <li>a line on which preformatted text starts counts as preformatted, even if the text ends on it.</li>
 * </ul>
 *
 * Text is copied in runs between the characters that need escaping, never one character at a time. One
 * instance per body.
 */
final class HtmlLines {

    /** How {@link #write} writes text: see there. */
    private static final int RAW = 0;
    private static final int TEXT = 1;
    private static final int ATTRIBUTE = 2;
    private static final int SOURCE = 3;

    /** Characters that interrupt a run of plain text, as bits by how the text is written. */
    private static final byte NEWLINE = 1;
    private static final byte HTML_SPECIAL = 2;
    private static final byte SOURCE_SPECIAL = 4;
    private static final byte[] SPECIAL = new byte['\\' + 1];

    static {
        SPECIAL['\n'] = NEWLINE | HTML_SPECIAL | SOURCE_SPECIAL;
        for (char c : new char[] {'&', '<', '>', '"'}) {
            SPECIAL[c] = HTML_SPECIAL | SOURCE_SPECIAL;
        }
        SPECIAL['\\'] = SOURCE_SPECIAL;
        SPECIAL['\0'] = SOURCE_SPECIAL;
    }

    private final StringBuilder out;
    /** Where the current line starts in {@link #out}. */
    private int lineStart;
    /** Whether the current line has had nothing but spaces and tabs. */
    private boolean blankSoFar = true;
    /** How many preformatted parts are open. */
    private int preformatted;
    /**
     * Whether preformatted text started on the current line; such a line counts as preformatted even when
     * the text ends on it (flexmark's rule; with this dialect's nodes, never empty).
     */
    private boolean preformattedOnLine;
    /** Whether the last line ended was an empty line outside preformatted text. */
    private boolean lastLineEmpty;

    HtmlLines(int capacity) {
        out = new StringBuilder(capacity);
    }

    /** Ends the current line, unless it is empty and not preformatted. */
    void line() {
        if (preformatted > 0 || out.length() != lineStart) {
            endLine();
        }
    }

    /** Writes a line end as a character: even an empty line ends. */
    void newline() {
        endLine();
    }

    /** Writes markup that starts with something other than white space and has no line end, as it is. */
    void markup(String markup) {
        out.append(markup);
        blankSoFar = false;
    }

    /** Writes {@code <name}, to be followed by attributes and {@link #endTag()}. */
    void startTag(String name) {
        out.append('<').append(name);
        blankSoFar = false;
    }

    /** Writes {@code  name="value"}, the value escaped except for entity references. */
    void attribute(String name, String value) {
        if (value.isEmpty() && (name.equals("class") || name.equals("id") || name.equals("name")
                || name.equals("style"))) {
            return;
        }
        out.append(' ').append(name).append("=\"");
        blankSoFar = false; // a line end in an earlier value may have started a new line
        write(value, 0, value.length(), ATTRIBUTE);
        out.append('"');
        blankSoFar = false;
    }

    /** Writes the {@code >} of a start tag. */
    void endTag() {
        out.append('>');
        blankSoFar = false;
    }

    /** Writes {@code text} HTML-escaped. */
    void text(String text) {
        write(text, 0, text.length(), TEXT);
    }

    /** Writes {@code text} as it is. */
    void raw(String text) {
        write(text, 0, text.length(), RAW);
    }

    /**
     * Writes preformatted text as it is; a line end it starts with ends the current line as ordinary text
     * would, when there is one.
     */
    void rawPreformatted(String text) {
        int from = 0;
        if (out.length() != lineStart && !text.isEmpty() && text.charAt(0) == '\n') {
            line();
            from = 1;
        }
        openPreformatted();
        write(text, from, text.length(), RAW);
        closePreformatted();
    }

    /** Starts preformatted text: spaces, empty lines and line starts are kept as written. */
    void openPreformatted() {
        if (preformatted == 0) {
            preformattedOnLine = true;
        }
        preformatted++;
    }

    void closePreformatted() {
        preformatted--;
    }

    /**
     * Writes the text of a text node, {@code source[from, to)}: backslash escapes and entity references
     * resolved, U+0000 read as U+FFFD, then HTML-escaped. The resolving is done by {@link NodeText} from the
     * first backslash, ampersand or U+0000 on, which is rare; up to there the text is copied in runs.
     */
    void sourceText(String source, int from, int to) {
        int stop = write(source, from, to, SOURCE);
        if (stop >= 0) {
            text(NodeText.resolved(source.substring(stop, to)));
        }
    }

    /** The HTML written, after ending its last line. */
    String finish() {
        line();
        return out.toString();
    }

    /**
     * Writes {@code s[from, to)} following the line rules, as it is ({@link #RAW}), with {@code & < > "}
     * escaped ({@link #TEXT}), the same but an {@code &} that starts an entity reference left as it is
     * ({@link #ATTRIBUTE}), or escaped up to the first backslash, ampersand or U+0000 ({@link #SOURCE}).
     *
     * @return where a {@link #SOURCE} write stopped, or -1 when all was written
     */
    private int write(String s, int from, int to, int mode) {
        byte stops = mode == RAW ? NEWLINE : mode == SOURCE ? SOURCE_SPECIAL : HTML_SPECIAL;
        int i = from;
        while (i < to) {
            if (blankSoFar) {
                char c = s.charAt(i);
                if (c == ' ') {
                    if (preformatted > 0) {
                        out.append(' ');
                    }
                    i++;
                    continue;
                }
                if (c == '\t') {
                    out.append('\t');
                    i++;
                    continue;
                }
                if (c == '\n') {
                    endLine();
                    i++;
                    continue;
                }
            }
            int run = i;
            char c = 0;
            while (i < to) {
                c = s.charAt(i);
                if (c <= '\\' && (SPECIAL[c] & stops) != 0) {
                    break;
                }
                i++;
            }
            if (run < i) {
                out.append(s, run, i);
                blankSoFar = false;
            }
            if (i == to) {
                break;
            }
            switch (c) {
                case '\n' -> endLine();
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '&' -> {
                    if (mode == SOURCE) {
                        return i;
                    }
                    int entityEnd = mode == ATTRIBUTE ? entityEnd(s, i, to) : -1;
                    if (entityEnd < 0) {
                        out.append("&amp;");
                    } else {
                        out.append(s, i, entityEnd);
                        i = entityEnd - 1;
                    }
                }
                default -> {
                    return i; // a backslash or U+0000 in a SOURCE write
                }
            }
            if (c != '\n') {
                blankSoFar = false;
            }
            i++;
        }
        return -1;
    }

    private void endLine() {
        int length = out.length() - lineStart;
        boolean empty = length == 0 || length == 1 && out.charAt(lineStart) == '\r';
        if (empty && preformatted == 0 && !preformattedOnLine) {
            out.setLength(lineStart);
            if (!lastLineEmpty) {
                out.append('\n');
            }
            lastLineEmpty = true;
        } else {
            out.append('\n');
            lastLineEmpty = false;
        }
        lineStart = out.length();
        blankSoFar = true;
        preformattedOnLine = false;
    }

    /**
     * The end of the entity reference starting at {@code s[amp]} ({@code &name;}, {@code &#123;},
     * {@code &#x1F;}: a letter and 1 to 31 letters or digits, 1 to 8 digits, 1 to 8 hex digits, case
     * ignored), or -1 if there is none.
     */
    static int entityEnd(String s, int amp, int to) {
        int i = amp + 1;
        if (i >= to) {
            return -1;
        }
        char c = s.charAt(i);
        int start;
        int max;
        int kind;
        if (c == '#') {
            i++;
            if (i < to && (s.charAt(i) == 'x' || s.charAt(i) == 'X')) {
                i++;
                kind = 16;
            } else {
                kind = 10;
            }
            start = i;
            max = 8;
        } else if (isAsciiLetter(c)) {
            i++;
            start = i;
            max = 31;
            kind = 36;
        } else {
            return -1;
        }
        while (i < to && i - start < max && isDigit(s.charAt(i), kind)) {
            i++;
        }
        if (i == start || i >= to || s.charAt(i) != ';') {
            return -1;
        }
        return i + 1;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c, int kind) {
        if (c >= '0' && c <= '9') {
            return true;
        }
        return switch (kind) {
            case 16 -> c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
            case 36 -> isAsciiLetter(c);
            default -> false;
        };
    }
}
