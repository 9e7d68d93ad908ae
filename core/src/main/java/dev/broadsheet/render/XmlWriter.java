package dev.broadsheet.render;

import java.nio.charset.StandardCharsets;

/**
 * Writes a small XML document with escaped text, one element per line, the same bytes for the same calls.
 * Characters XML 1.0 cannot carry (most control characters) are dropped.
 */
final class XmlWriter {

    /** What starts every document. */
    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private final StringBuilder out;
    private int depth;

    /** A writer of a whole document, starting with its {@link #DECLARATION}. */
    XmlWriter() {
        this.out = new StringBuilder(4096).append(DECLARATION);
    }

    private XmlWriter(int depth) {
        this.out = new StringBuilder(64 * 1024);
        this.depth = depth;
    }

    /** A writer of elements to go inside a document, indented as at {@code depth}, without the declaration. */
    static XmlWriter fragment(int depth) {
        return new XmlWriter(depth);
    }

    /** Opens {@code <name attr="value"…>}; {@code attributes} alternate names and values. */
    XmlWriter open(String name, String... attributes) {
        indent().append('<').append(name);
        attributes(attributes);
        out.append(">\n");
        depth++;
        return this;
    }

    /** Closes the element opened last. */
    XmlWriter close(String name) {
        depth--;
        indent().append("</").append(name).append(">\n");
        return this;
    }

    /** Writes {@code <name attr="value"…>text</name>}. */
    XmlWriter element(String name, String text, String... attributes) {
        indent().append('<').append(name);
        attributes(attributes);
        out.append('>');
        escape(text, false);
        out.append("</").append(name).append(">\n");
        return this;
    }

    /** Writes {@code <name attr="value"…/>}. */
    XmlWriter empty(String name, String... attributes) {
        indent().append('<').append(name);
        attributes(attributes);
        out.append("/>\n");
        return this;
    }

    byte[] toBytes() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** How many characters have been written. */
    int length() {
        return out.length();
    }

    /** How many bytes the characters written from {@code start} to {@code end} take in UTF-8. */
    long utf8Length(int start, int end) {
        long bytes = 0;
        for (int i = start; i < end; i++) {
            char c = out.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(out.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** The characters written from {@code start} to {@code end}. */
    CharSequence text(int start, int end) {
        return out.subSequence(start, end);
    }

    private void attributes(String... attributes) {
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"");
            escape(attributes[i + 1], true);
            out.append('"');
        }
    }

    private StringBuilder indent() {
        return out.append("  ".repeat(Math.max(0, depth)));
    }

    private void escape(String text, boolean attribute) {
        // runs of characters that need nothing (all of a URL, most of a title) are appended in one call
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != '<' && c != '>' && c != '&' && c != '"' && c < 0xFFFE) continue;
            out.append(text, run, i);
            run = i + 1;
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n', '\r', '\t' -> out.append(attribute ? "&#" + (int) c + ";" : String.valueOf(c));
                default -> {
                    // dropped: a control character, U+FFFE or U+FFFF
                }
            }
        }
        out.append(text, run, text.length());
    }
}
