package dev.broadsheet.search;

import com.vladsch.flexmark.util.sequence.Html5Entities;

/**
 * The text of a rendered body: its HTML without tags, character references decoded. Where a block element
 * (a paragraph, heading, list item, table cell, line break…) starts or ends, a line feed stands in its place,
 * so that the last word of one paragraph never runs into the first of the next; inline elements (emphasis,
 * links, code) leave nothing. Comments and the content of {@code script} and {@code style} are dropped.
 *
 * <p>One instance reads body after body into the same char buffer ({@link #read}), so that indexing a site
 * makes no string of its bodies; not thread-safe.
 */
final class BodyText {

    /** Elements whose start and end part the text, as a browser lays them out on lines or in cells. */
    private static final String[] BLOCKS = {"address", "article", "aside", "blockquote", "br", "caption",
        "dd", "details", "div", "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "sup", "table", "tbody",
        "td", "tfoot", "th", "thead", "tr", "ul"};
    /** {@link #BLOCKS} by the length of their names. */
    private static final String[][] BLOCKS_BY_LENGTH = new String[11][];

    static {
        for (int length = 0; length < BLOCKS_BY_LENGTH.length; length++) {
            int size = length;
            BLOCKS_BY_LENGTH[length] = java.util.Arrays.stream(BLOCKS).filter(b -> b.length() == size)
                    .toArray(String[]::new);
        }
    }

    private char[] html = new char[1 << 12];
    private int htmlLength;
    private char[] text = new char[1 << 12];
    private int length;
    /**
     * The named references read so far and what flexmark decoded them to: a body uses a handful (&amp;quot;,
     * &amp;amp;…), and flexmark's look-up makes a string and a regex matcher each time.
     */
    private final String[] names = new String[16];
    private final String[] decoded = new String[16];
    private int named;

    /** The text of {@code html}. */
    static String of(String html) {
        BodyText body = new BodyText();
        body.read(html);
        return new String(body.text, 0, body.length);
    }

    /** Reads the text of {@code html} into {@link #chars()}, replacing the text read before. */
    void read(String html) {
        int n = html.length();
        if (this.html.length < n) this.html = new char[Math.max(n, this.html.length * 2)];
        if (text.length < n) text = new char[Math.max(n, text.length * 2)];
        html.getChars(0, n, this.html, 0);
        htmlLength = n;
        length = 0;
        char[] h = this.html;
        int run = 0;
        for (int i = 0; i < n; i++) {
            char c = h[i];
            if (c != '<' && c != '&') continue;
            append(h, run, i);
            i = c == '<' ? tag(i) : reference(i);
            run = i + 1;
        }
        append(h, run, n);
    }

    /** The text read last: {@code chars()[0, length())}. */
    char[] chars() {
        return text;
    }

    int length() {
        return length;
    }

    /** Text for a search result: the first {@code max} code points of {@code text}, its white space folded. */
    static String excerpt(String text, int max) {
        return excerpt(text.toCharArray(), text.length(), max);
    }

    /** {@link #excerpt(String, int)} of {@code text[0, length)}. */
    static String excerpt(char[] text, int length, int max) {
        StringBuilder out = new StringBuilder(Math.min(length, max * 2));
        boolean space = false;
        int count = 0;
        for (int i = 0; i < length && count < max; ) {
            int cp = Character.codePointAt(text, i, length);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || cp == 0xa0) {
                space = true;
                continue;
            }
            if (space && !out.isEmpty()) {
                out.append(' ');
                if (++count == max) break;
            }
            space = false;
            out.appendCodePoint(cp);
            count++;
        }
        return out.toString();
    }

    private void append(char[] from, int start, int end) {
        int n = end - start;
        if (n <= 0) return;
        ensure(n);
        System.arraycopy(from, start, text, length, n);
        length += n;
    }

    private void append(char c) {
        ensure(1);
        text[length++] = c;
    }

    private void append(String s) {
        ensure(s.length());
        s.getChars(0, s.length(), text, length);
        length += s.length();
    }

    private void ensure(int more) {
        if (length + more > text.length) text = java.util.Arrays.copyOf(text, Math.max(text.length * 2, length + more));
    }

    /** Skips the tag, comment or raw-text element at {@code html[lt]}: the index of its last char. */
    private int tag(int lt) {
        char[] h = html;
        int n = htmlLength;
        if (startsWith("<!--", lt)) {
            int end = indexOf("-->", lt + 4);
            return end < 0 ? n - 1 : end + 2;
        }
        int nameStart = lt + 1 < n && h[lt + 1] == '/' ? lt + 2 : lt + 1;
        int nameEnd = nameStart;
        boolean letter = nameEnd < n && (h[nameEnd] | 0x20) >= 'a' && (h[nameEnd] | 0x20) <= 'z';
        while (letter && nameEnd < n && isNameChar(h[nameEnd])) nameEnd++;
        if (nameEnd == nameStart) {
            append('<'); // not a tag: a '<' in text, as a browser reads it
            return lt;
        }
        int end = tagEnd(nameEnd);
        if (isBlock(nameStart, nameEnd)) append('\n');
        if (nameStart == lt + 1) {
            String raw = is("script", nameStart, nameEnd) ? "</script" : is("style", nameStart, nameEnd) ? "</style" : null;
            if (raw != null) {
                int close = indexOfIgnoreCase(raw, end);
                return close < 0 ? n - 1 : tagEnd(close + raw.length());
            }
        }
        return end;
    }

    private boolean isBlock(int from, int to) {
        int size = to - from;
        if (size >= BLOCKS_BY_LENGTH.length) return false;
        for (String name : BLOCKS_BY_LENGTH[size]) {
            if (is(name, from, to)) return true;
        }
        return false;
    }

    /** Whether {@code html[from, to)} is {@code name} (lower case), in any case. */
    private boolean is(String name, int from, int to) {
        if (to - from != name.length()) return false;
        for (int i = 0; i < name.length(); i++) {
            char c = html[from + i];
            if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != name.charAt(i)) return false;
        }
        return true;
    }

    /** The index of the {@code >} that ends a tag whose name ends before {@code from}, past quoted values. */
    private int tagEnd(int from) {
        char[] h = html;
        char quote = 0;
        for (int i = from; i < htmlLength; i++) {
            char c = h[i];
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        return htmlLength - 1;
    }

    /** Decodes the character reference at {@code html[amp]}: the index of its last char. */
    private int reference(int amp) {
        int semicolon = -1;
        for (int i = amp + 1; i < htmlLength && i - amp <= 33; i++) {
            if (html[i] == ';') {
                semicolon = i;
                break;
            }
        }
        if (semicolon > amp + 1) {
            if (html[amp + 1] == '#') {
                int cp = codePoint(amp + 1, semicolon);
                if (cp >= 0) {
                    ensure(2);
                    length += Character.toChars(cp, text, length);
                    return semicolon;
                }
            } else {
                String value = named(amp, semicolon + 1);
                if (value != null) {
                    append(value);
                    return semicolon;
                }
            }
        }
        append('&'); // not a reference this class knows: the text shows as written
        return amp;
    }

    /** What the named reference {@code html[amp, end)} stands for, or null when it is none. */
    private String named(int amp, int end) {
        for (int k = 0; k < named; k++) {
            if (names[k].length() == end - amp && startsWith(names[k], amp)) return decoded[k];
        }
        String reference = new String(html, amp, end - amp);
        String value = Html5Entities.entityToString(reference); // the whole HTML5 list, as flexmark reads it
        if (value.equals(reference)) value = null;
        if (named < names.length) {
            names[named] = reference;
            decoded[named++] = value;
        }
        return value;
    }

    /** The code point of the numeric reference {@code html[hash, semicolon)} ({@code #…}), or -1. */
    private int codePoint(int hash, int semicolon) {
        boolean hex = semicolon > hash + 1 && (html[hash + 1] == 'x' || html[hash + 1] == 'X');
        int from = hex ? hash + 2 : hash + 1;
        int digits = semicolon - from;
        if (digits == 0 || digits > 8) return -1;
        long cp = 0;
        for (int i = from; i < semicolon; i++) {
            int digit = html[i] > 'z' ? -1 : Character.digit(html[i], hex ? 16 : 10);
            if (digit < 0) return -1;
            cp = cp * (hex ? 16 : 10) + digit;
        }
        // as a browser reads it: a code point that cannot be written (zero, a surrogate, past U+10FFFF) is U+FFFD
        return cp > 0 && cp <= Character.MAX_CODE_POINT && (cp < 0xD800 || cp > 0xDFFF) ? (int) cp : 0xFFFD;
    }

    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-';
    }

    private boolean startsWith(String what, int at) {
        if (at + what.length() > htmlLength) return false;
        for (int i = 0; i < what.length(); i++) {
            if (html[at + i] != what.charAt(i)) return false;
        }
        return true;
    }

    private int indexOf(String what, int from) {
        for (int i = from; i + what.length() <= htmlLength; i++) {
            if (startsWith(what, i)) return i;
        }
        return -1;
    }

    /** The index of {@code what} (lower case) in {@code html} at or after {@code from}, in any case. */
    private int indexOfIgnoreCase(String what, int from) {
        for (int i = Math.max(from, 0); i + what.length() <= htmlLength; i++) {
            if (is(what, i, i + what.length())) return i;
        }
        return -1;
    }
}
