package dev.broadsheet.render;

import java.util.List;
import java.util.Map;

/**
 * Writes JSON for a {@code <script type="application/ld+json">} element: maps (in their order), lists, strings,
 * numbers and booleans, on one line. Besides what JSON escapes, {@code <}, {@code >} and {@code &} are written as
 * {@code \u003c}, {@code \u003e} and {@code \u0026}, so that no text (a headline with {@code </script>} or
 * {@code <!--} in it) can end the element or change how the HTML parser reads it; U+2028 and U+2029 are escaped
 * too. A JSON reader gets the text back exactly.
 */
final class Json {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Json() {
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder(512);
        value(value, out);
        return out.toString();
    }

    private static void value(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) out.append(',');
                first = false;
                string(String.valueOf(entry.getKey()), out);
                out.append(':');
                value(entry.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) out.append(',');
                value(list.get(i), out);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("no JSON for " + value.getClass().getName());
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        // runs of characters that need nothing (most of a headline or summary) are appended in one call
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean plain = c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
                    && (c < 0x2028 || c > 0x2029) && (!Character.isSurrogate(c) || pairedAt(text, i));
            if (plain) continue;
            out.append(text, run, i);
            run = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF])
                        .append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
            }
        }
        out.append(text, run, text.length()).append('"');
    }

    /** Whether the surrogate at {@code i} is half of a pair, which stays as it is. */
    private static boolean pairedAt(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
