package dev.broadsheet.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * Where a template writes one page: an unsynchronised {@code char[]} buffer, turned into UTF-8 once at the end
 * by a plain loop. A {@link StringBuilder} costs much more here: almost every page has a non-Latin-1 character
 * early on (the language switcher's {@code 中文}), after which every ASCII string FreeMarker appends is widened
 * char by char, and the final {@code toString().getBytes(UTF_8)} copies the whole page twice more. The buffers
 * are kept per thread and reused from page to page, so a page allocates only its final bytes. The bytes are
 * exactly those of {@code String.getBytes(UTF_8)}, unpaired surrogates becoming {@code ?}.
 *
 * <p>One writer per page, used by one thread: {@link #open()} hands out the thread's writer, emptied, and the
 * page must be finished with {@link #bytes()} before the same thread opens another.
 */
final class PageWriter extends Writer {

    private static final ThreadLocal<PageWriter> WRITERS = ThreadLocal.withInitial(PageWriter::new);

    /** Buffers kept between pages are not shrunk below this, nor kept above {@link #KEEP_MAX}. */
    private static final int INITIAL = 16 * 1024;
    private static final int KEEP_MAX = 1024 * 1024;
    /** How far into a page {@link #insertIntoHead} looks for its {@code <head>}. */
    static final int HEAD_WITHIN = 8192;

    private char[] chars = new char[INITIAL];
    private int length;
    private byte[] utf8 = new byte[0];

    /** A writer for tests and one-off uses; pages use {@link #open()}. */
    PageWriter() {
    }

    /** This thread's writer, emptied. */
    static PageWriter open() {
        PageWriter writer = WRITERS.get();
        writer.length = 0;
        return writer;
    }

    private void ensure(int more) {
        int needed = length + more;
        if (needed > chars.length) chars = Arrays.copyOf(chars, Math.max(needed, chars.length * 2));
    }

    @Override
    public void write(char[] source, int offset, int count) {
        ensure(count);
        System.arraycopy(source, offset, chars, length, count);
        length += count;
    }

    @Override
    public void write(String string, int offset, int count) {
        ensure(count);
        string.getChars(offset, offset + count, chars, length);
        length += count;
    }

    @Override
    public void write(String string) {
        write(string, 0, string.length());
    }

    /**
     * Writes {@code text} escaped for HTML as FreeMarker's HTML output format does: {@code < > & " '} become
     * {@code &lt; &gt; &amp; &quot; &#39;}. The text is copied first and the copy scanned; only text that has such a
     * character is written again, escaped, from that character on.
     */
    void writeEscaped(String text) {
        int count = text.length();
        ensure(count);
        text.getChars(0, count, chars, length);
        char[] buffer = chars;
        int start = length;
        for (int i = start, end = start + count; i < end; i++) {
            char c = buffer[i];
            // all five are at or below '>': one comparison for letters, digits and CJK
            if (c <= '>' && (c == '<' || c == '>' || c == '&' || c == '"' || c == '\'')) {
                length = i;
                writeEscapedFrom(text, i - start);
                return;
            }
        }
        length = start + count;
    }

    private void writeEscapedFrom(String text, int from) {
        for (int i = from, end = text.length(); i < end; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> write("&lt;");
                case '>' -> write("&gt;");
                case '&' -> write("&amp;");
                case '"' -> write("&quot;");
                case '\'' -> write("&#39;");
                default -> write(c);
            }
        }
    }

    @Override
    public void write(int c) {
        ensure(1);
        chars[length++] = (char) c;
    }

    @Override
    public Writer append(CharSequence sequence) {
        String string = String.valueOf(sequence);
        write(string, 0, string.length());
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /**
     * Inserts {@code markup} at the start of the page's {@code <head>}: after its {@code <meta charset>} when that
     * comes first (the charset must stay within the page's first 1024 bytes), else right after {@code <head>}.
     * A page without a {@code <head>} start tag in its first {@value #HEAD_WITHIN} characters is left as it is.
     *
     * @return whether it was inserted
     */
    boolean insertIntoHead(String markup) {
        int head = -1;
        for (int from = 0; head < 0; ) {
            int found = find("<head", from);
            if (found < 0) return false;
            char next = found + 5 < length ? chars[found + 5] : 0;
            if (next == '>' || Character.isWhitespace(next)) head = found;
            from = found + 5;
        }
        int at = after('>', head);
        if (at < 0) return false;
        int next = at;
        while (next < length && Character.isWhitespace(chars[next])) next++;
        if (startsWithIgnoringCase(next, "<meta charset")) {
            int end = after('>', next);
            if (end > 0) at = end;
        }
        int count = markup.length();
        ensure(count);
        System.arraycopy(chars, at, chars, at + count, length - at);
        markup.getChars(0, count, chars, at);
        length += count;
        return true;
    }

    /**
     * Where the tag {@code text} (lower case, starting with {@code <}) first starts at or after {@code from}, in
     * any case, within the first {@link #HEAD_WITHIN} characters; -1 if it does not.
     */
    private int find(String text, int from) {
        for (int i = from, end = Math.min(length, HEAD_WITHIN); i + text.length() <= end; i++) {
            if (chars[i] == '<' && startsWithIgnoringCase(i, text)) return i;
        }
        return -1;
    }

    private boolean startsWithIgnoringCase(int at, String text) {
        if (at + text.length() > length) return false;
        for (int i = 0; i < text.length(); i++) {
            if (Character.toLowerCase(chars[at + i]) != text.charAt(i)) return false;
        }
        return true;
    }

    /** The index after the first {@code c} at or after {@code from}, or -1. */
    private int after(char c, int from) {
        for (int i = from; i < length; i++) {
            if (chars[i] == c) return i + 1;
        }
        return -1;
    }

    /** The page as UTF-8; afterwards the writer may be opened for the next page. */
    byte[] bytes() {
        if (utf8.length < length * 3) utf8 = new byte[Math.max(length * 3, INITIAL)];
        char[] in = chars;
        byte[] out = utf8;
        int end = length;
        int n = 0;
        for (int i = 0; i < end; i++) {
            char c = in[i];
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xc0 | (c >> 6));
                out[n++] = (byte) (0x80 | (c & 0x3f));
            } else if (!Character.isSurrogate(c)) {
                out[n++] = (byte) (0xe0 | (c >> 12));
                out[n++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                out[n++] = (byte) (0x80 | (c & 0x3f));
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(in[i + 1])) {
                int code = Character.toCodePoint(c, in[++i]);
                out[n++] = (byte) (0xf0 | (code >> 18));
                out[n++] = (byte) (0x80 | ((code >> 12) & 0x3f));
                out[n++] = (byte) (0x80 | ((code >> 6) & 0x3f));
                out[n++] = (byte) (0x80 | (code & 0x3f));
            } else {
                out[n++] = '?';
            }
        }
        byte[] page = Arrays.copyOf(out, n);
        if (chars.length > KEEP_MAX) chars = new char[INITIAL];
        if (utf8.length > 3 * KEEP_MAX) utf8 = new byte[0];
        length = 0;
        return page;
    }
}
