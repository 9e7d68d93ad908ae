package dev.broadsheet.markdown;

/**
 * The bounds a body must keep before it is parsed, so that no text can take the build down: flexmark's parser
 * and every walk over its tree recurse once per level of nesting, spend time growing with the square of the
 * nesting of lists, and, inside one paragraph, copy the whole paragraph for each link, entity, tag or code span
 * it reads (the Java 17 regular expression match results it takes copy their input). Checked on the text
 * alone, in one pass over its line starts (and over its characters when it is long), before the parser runs.
 *
 * <ul>
 *   <li>{@link #MAX_NESTING}: block quotes and list items around a line, together. Counted on every line, code
 *       blocks included: a list item whose marker is indented further than the one before is counted inside
 *       it, which can only count too many.</li>
 *   <li>{@link #MAX_MARK_RUN}: {@code *}, {@code -} or {@code _} that start a line (a thematic break's pattern,
 *       which flexmark matches with a regular expression that recurses per character).</li>
 *   <li>{@link #MAX_INLINE_WORK}: the sum, over the paragraphs, of a paragraph's length times the number of
 *       {@code ](}, {@code ]:}, {@code &}, {@code <}, {@code `} and {@code \} in it, of the runs of {@code *}, {@code _} and
 *       {@code ~} (emphasis that finds no partner is looked for again at each run), and of the rows of a table
 *       in it (flexmark reads a table whole); a paragraph of 5,000 characters with 100 links counts 500,000.
 *       Paragraphs are taken generously: only blank lines and lines that start a heading, a quote, a list item
 *       or a fence end one, so that the estimate can only be too high.</li>
 * </ul>
 *
 * Inline nesting (emphasis, links, images) is bounded where the tree is walked ({@link BodyWalk#MAX_DEPTH}).
 */
final class BodyLimits {

    /** Block quotes and list items around one line, at most. */
    static final int MAX_NESTING = 32;
    /** {@code *}, {@code -} or {@code _} at the start of a line, at most. */
    static final int MAX_MARK_RUN = 1_000;
    /** Paragraph length times its link-like syntax, summed over the paragraphs, at most. */
    static final long MAX_INLINE_WORK = 50_000_000L;

    /** Where a body leaves its bounds, and why. */
    record Problem(int offset, String message) {
    }

    private BodyLimits() {
    }

    /** The first place {@code text} leaves its bounds, or null when it keeps them. */
    static Problem check(char[] text) {
        Problem problem = lines(text);
        if (problem != null) return problem;
        // a paragraph can do no more work than its length squared: a body of up to √MAX_INLINE_WORK characters
        // needs no counting
        return (long) text.length * text.length <= MAX_INLINE_WORK ? null : inlineWork(text);
    }

    /** Nesting and runs of marks, line by line. */
    private static Problem lines(char[] text) {
        int[] items = new int[MAX_NESTING + 2];
        int depth = 0;
        for (int start = 0; start < text.length; start = lineEnd(text, start) + 1) {
            int i = start;
            int quotes = 0;
            while (true) {
                int at = skipSpaces(text, i, 3);
                if (at < text.length && text[at] == '>') {
                    quotes++;
                    i = at + 1;
                    if (i < text.length && text[i] == ' ') i++;
                } else {
                    break;
                }
            }
            int end = lineEnd(text, start);
            if (quotes > MAX_NESTING) {
                return new Problem(start, "block quotes nested " + quotes + " deep; at most " + MAX_NESTING
                        + " are allowed");
            }
            int column = columnsTo(text, i, end);
            int first = i;
            while (first < end && (text[first] == ' ' || text[first] == '\t')) first++;
            Problem run = markRun(text, first, end, start);
            if (run != null) return run;
            int width = markerWidth(text, first, end);
            if (width == 0) continue;
            while (depth > 0 && items[depth - 1] > column) depth--;
            // the item, and any item that starts on the same line after it ("- - a")
            while (width > 0) {
                int content = first + width;
                int spaces = 0;
                while (content < end && text[content] == ' ' && spaces < 4) {
                    content++;
                    spaces++;
                }
                column += width + Math.max(1, spaces);
                if (depth < items.length) items[depth] = column;
                depth++;
                if (quotes + depth > MAX_NESTING) {
                    return new Problem(start, "block quotes and list items nested " + (quotes + depth)
                            + " deep; at most " + MAX_NESTING + " are allowed");
                }
                first = content;
                // quotes inside the item on the same line ("- > - a") nest too
                while (spaces > 0 && first < end && text[first] == '>') {
                    quotes++;
                    first++;
                    if (first < end && text[first] == ' ') first++;
                }
                if (quotes + depth > MAX_NESTING) {
                    return new Problem(start, "block quotes and list items nested " + (quotes + depth)
                            + " deep; at most " + MAX_NESTING + " are allowed");
                }
                width = spaces == 0 ? 0 : markerWidth(text, first, end);
            }
        }
        return null;
    }

    /** A line that starts with more than {@link #MAX_MARK_RUN} of one of {@code * - _} (spaces between them). */
    private static Problem markRun(char[] text, int first, int end, int lineStart) {
        if (first >= end || "*-_".indexOf(text[first]) < 0 || end - first <= MAX_MARK_RUN) return null;
        char mark = text[first];
        int marks = 0;
        for (int i = first; i < end; i++) {
            if (text[i] == mark) {
                marks++;
            } else if (text[i] != ' ' && text[i] != '\t') {
                break;
            }
        }
        if (marks <= MAX_MARK_RUN) return null;
        return new Problem(lineStart, "a line that starts with " + marks + " '" + mark + "'; at most "
                + MAX_MARK_RUN + " are allowed");
    }

    /**
     * The width of the list marker at {@code at} when one is there and is followed by a space, a tab or the
     * line's end ({@code -}, {@code +}, {@code *}, up to nine digits and {@code .} or {@code )}); 0 when none is.
     */
    private static int markerWidth(char[] text, int at, int end) {
        if (at >= end) return 0;
        char c = text[at];
        int width;
        if (c == '-' || c == '+' || c == '*') {
            width = 1;
        } else {
            int digits = 0;
            while (at + digits < end && digits < 10 && text[at + digits] >= '0' && text[at + digits] <= '9') digits++;
            if (digits == 0 || digits > 9 || at + digits >= end) return 0;
            char after = text[at + digits];
            if (after != '.' && after != ')') return 0;
            width = digits + 1;
        }
        int next = at + width;
        return next >= end || text[next] == ' ' || text[next] == '\t' ? width : 0;
    }

    /** Paragraph length times the syntax that makes flexmark copy the paragraph, summed. */
    private static Problem inlineWork(char[] text) {
        long work = 0;
        long worst = -1;
        int worstStart = 0;
        int paragraphStart = 0;
        long triggers = 0;
        boolean previousBlank = true;
        boolean table = false;
        for (int start = 0; ; ) {
            boolean last = start >= text.length;
            int end = last ? text.length : lineEnd(text, start);
            boolean blank = !last && isBlank(text, start, end);
            if ((last || blank || startsBlock(text, start, end)) && start > paragraphStart) {
                long cost = (long) (start - paragraphStart) * triggers;
                work += cost;
                if (cost > worst) {
                    worst = cost;
                    worstStart = paragraphStart;
                }
                if (work > MAX_INLINE_WORK) {
                    return new Problem(worstStart, "too costly to read: the paragraphs' lengths times their links, "
                            + "entities, tags, code spans, emphasis marks and table rows come to more than " + MAX_INLINE_WORK
                            + " (the paragraph starting here counts " + worst + "); split long paragraphs and "
                            + "tables, or the file");
                }
                paragraphStart = start;
                triggers = 0;
                table = false;
            }
            if (last) return null;
            if (blank) paragraphStart = end + 1;
            // flexmark reads a table whole, and each row costs it as much again as a link does
            table = !blank && (table || !previousBlank && isDelimiterRow(text, start, end));
            if (table) triggers++;
            for (int i = start; i < end; i++) {
                char c = text[i];
                if (c == '&' || c == '<' || c == '`' || c == '\\'
                        || c == ']' && i + 1 < end && (text[i + 1] == '(' || text[i + 1] == ':')
                        || (c == '*' || c == '_' || c == '~') && (i == start || text[i - 1] != c)) {
                    triggers++;
                }
            }
            previousBlank = blank;
            start = end + 1;
        }
    }

    /** Whether the line starts a block that ends a paragraph before it. */
    private static boolean startsBlock(char[] text, int start, int end) {
        int i = skipSpaces(text, start, 3);
        if (i >= end) return false;
        char c = text[i];
        if (c == '#' || c == '>') return true;
        if (c == '`' || c == '~') return i + 2 < end && text[i + 1] == c && text[i + 2] == c;
        if (c == '-' || c == '+' || c == '*') return markerWidth(text, i, end) > 0 && !isBlank(text, i + 1, end);
        return c == '1' && i + 1 < end && (text[i + 1] == '.' || text[i + 1] == ')') && markerWidth(text, i, end) > 0;
    }

    /** A GFM table's delimiter row: pipes, dashes, colons and spaces, with at least one pipe and one dash. */
    private static boolean isDelimiterRow(char[] text, int start, int end) {
        boolean pipe = false;
        boolean dash = false;
        for (int i = start; i < end; i++) {
            char c = text[i];
            if (c == '|') {
                pipe = true;
            } else if (c == '-') {
                dash = true;
            } else if (c != ':' && c != ' ' && c != '\t') {
                return false;
            }
        }
        return pipe && dash;
    }

    private static boolean isBlank(char[] text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text[i] != ' ' && text[i] != '\t') return false;
        }
        return true;
    }

    private static int skipSpaces(char[] text, int from, int most) {
        int i = from;
        while (i < text.length && i - from < most && text[i] == ' ') i++;
        return i;
    }

    /** The columns from {@code from} to the first character that is not a space or tab, tabs to stops of 4. */
    private static int columnsTo(char[] text, int from, int end) {
        int column = 0;
        for (int i = from; i < end && (text[i] == ' ' || text[i] == '\t'); i++) {
            column = text[i] == '\t' ? column + 4 - column % 4 : column + 1;
        }
        return column;
    }

    private static int lineEnd(char[] text, int start) {
        for (int i = start; i < text.length; i++) {
            if (text[i] == '\n') return i;
        }
        return text.length;
    }
}
