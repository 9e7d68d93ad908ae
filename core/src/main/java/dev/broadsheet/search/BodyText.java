package dev.broadsheet.search;

import com.vladsch.flexmark.util.sequence.Html5Entities;

import java.util.Set;

/**
 * The text of a rendered body: its HTML without tags, character references decoded. Where a block element
 * (a paragraph, heading, list item, table cell, line break…) starts or ends, a line feed stands in its place,
 * so that the last word of one paragraph never runs into the first of the next; inline elements (emphasis,
 * links, code) leave nothing. Comments and the content of {@code script} and {@code style} are dropped.
 */
final class BodyText {

    /** Elements whose start and end part the text, as a browser lays them out on lines or in cells. */
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "br", "caption",
            "dd", "details", "div", "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "sup", "table", "tbody",
            "td", "tfoot", "th", "thead", "tr", "ul");
    private BodyText() {
    }

    /** The text of {@code html}. */
    static String of(String html) {
        StringBuilder out = new StringBuilder(html.length());
        int n = html.length();
        int run = 0;
        for (int i = 0; i < n; i++) {
            char c = html.charAt(i);
            if (c != '<' && c != '&') continue;
            out.append(html, run, i);
            i = c == '<' ? tag(html, i, out) : reference(html, i, out);
            run = i + 1;
        }
        return out.append(html, run, n).toString();
    }

    /** Text for a search result: the first {@code max} code points of {@code text}, its white space folded. */
    static String excerpt(String text, int max) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), max * 2));
        boolean space = false;
        int count = 0;
        for (int i = 0; i < text.length() && count < max; ) {
            int cp = text.codePointAt(i);
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

    /** Skips the tag, comment or raw-text element at {@code html[lt]}: the index of its last char. */
    private static int tag(String html, int lt, StringBuilder out) {
        int n = html.length();
        if (html.startsWith("<!--", lt)) {
            int end = html.indexOf("-->", lt + 4);
            return end < 0 ? n - 1 : end + 2;
        }
        int nameStart = lt + 1 < n && html.charAt(lt + 1) == '/' ? lt + 2 : lt + 1;
        int nameEnd = nameStart;
        boolean letter = nameEnd < n && (html.charAt(nameEnd) | 0x20) >= 'a' && (html.charAt(nameEnd) | 0x20) <= 'z';
        while (letter && nameEnd < n && isNameChar(html.charAt(nameEnd))) nameEnd++;
        if (nameEnd == nameStart) {
            out.append('<'); // not a tag: a '<' in text, as a browser reads it
            return lt;
        }
        int end = tagEnd(html, nameEnd);
        String name = html.substring(nameStart, nameEnd).toLowerCase(java.util.Locale.ROOT);
        if (BLOCKS.contains(name)) out.append('\n');
        if (nameStart == lt + 1 && (name.equals("script") || name.equals("style"))) {
            int close = indexOfIgnoreCase(html, "</" + name, end);
            return close < 0 ? n - 1 : tagEnd(html, close + 2 + name.length());
        }
        return end;
    }

    /** The index of the {@code >} that ends a tag whose name ends before {@code from}, past quoted values. */
    private static int tagEnd(String html, int from) {
        char quote = 0;
        for (int i = from; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        return html.length() - 1;
    }

    /** Decodes the character reference at {@code html[amp]}: the index of its last char. */
    private static int reference(String html, int amp, StringBuilder out) {
        int semicolon = html.indexOf(';', amp + 1);
        if (semicolon > amp + 1 && semicolon - amp <= 33) {
            String name = html.substring(amp + 1, semicolon);
            if (name.charAt(0) == '#') {
                int cp = codePoint(name);
                if (cp >= 0) {
                    out.appendCodePoint(cp);
                    return semicolon;
                }
            } else {
                String reference = html.substring(amp, semicolon + 1);
                String text = Html5Entities.entityToString(reference); // the whole HTML5 list, as flexmark reads it
                if (!text.equals(reference)) {
                    out.append(text);
                    return semicolon;
                }
            }
        }
        out.append('&'); // not a reference this class knows: the text shows as written
        return amp;
    }

    private static int codePoint(String reference) {
        boolean hex = reference.length() > 1 && (reference.charAt(1) == 'x' || reference.charAt(1) == 'X');
        String digits = reference.substring(hex ? 2 : 1);
        if (digits.isEmpty() || digits.length() > 8) return -1;
        try {
            int cp = Integer.parseInt(digits, hex ? 16 : 10);
            return cp > 0 && cp <= Character.MAX_CODE_POINT && (cp < 0xD800 || cp > 0xDFFF) ? cp : 0xFFFD;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-';
    }

    private static int indexOfIgnoreCase(String html, String what, int from) {
        for (int i = Math.max(from, 0); i + what.length() <= html.length(); i++) {
            if (html.regionMatches(true, i, what, 0, what.length())) return i;
        }
        return -1;
    }
}
