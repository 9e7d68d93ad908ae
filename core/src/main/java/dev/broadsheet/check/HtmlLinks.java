package dev.broadsheet.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the URLs in an HTML page: {@code href}, {@code src}, {@code srcset} and {@code poster} attributes and
 * the target of a {@code <meta http-equiv="refresh">}, each with the line and column where its value starts.
 *
 * <p>A small tag scanner rather than a full HTML parser: it reads the markup Broadsheet's templates produce.
 * It looks only inside tags, so link-like text in paragraphs or code blocks is not taken for a link, and it
 * skips comments and the raw text of {@code script} and {@code style} elements.
 */
final class HtmlLinks {

    /**
     * A URL found in a page.
     *
     * @param attribute the attribute it came from, lowercase ({@code href}, {@code src}…)
     * @param url       the URL with character references decoded
     * @param line      1-based line of the attribute value
     * @param column    1-based column of the attribute value
     */
    record Link(String attribute, String url, int line, int column) {
    }

    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "poster");
    private static final Set<String> RAW_TEXT_ELEMENTS = Set.of("script", "style");

    private final String html;
    private final int[] lineStarts;
    private final List<Link> links = new ArrayList<>();
    private int pos;

    private HtmlLinks(String html) {
        this.html = html;
        this.lineStarts = lineStarts(html);
    }

    /** The URLs in {@code html}, in document order. */
    static List<Link> scan(String html) {
        HtmlLinks scanner = new HtmlLinks(html);
        scanner.run();
        return List.copyOf(scanner.links);
    }

    private void run() {
        while ((pos = html.indexOf('<', pos)) >= 0) {
            if (html.startsWith("<!--", pos)) {
                skipPast("-->");
            } else if (pos + 1 < html.length() && isLetter(html.charAt(pos + 1))) {
                String element = tag();
                if (RAW_TEXT_ELEMENTS.contains(element)) {
                    skipRawText(element);
                }
            } else {
                pos++;
            }
        }
    }

    /** Reads a start tag from {@code <}, records its URLs and returns its lowercase name. */
    private String tag() {
        int nameStart = ++pos;
        while (pos < html.length() && isNameChar(html.charAt(pos))) pos++;
        String element = html.substring(nameStart, pos).toLowerCase(Locale.ROOT);
        String httpEquiv = null;
        Attribute content = null;
        while (pos < html.length()) {
            skipWhitespace();
            if (pos >= html.length() || html.charAt(pos) == '>') {
                pos++;
                break;
            }
            if (html.charAt(pos) == '/') {
                pos++;
                continue;
            }
            Attribute attribute = attribute();
            if (attribute == null) continue;
            if (element.equals("meta") && attribute.name.equals("http-equiv")) httpEquiv = attribute.value;
            if (element.equals("meta") && attribute.name.equals("content")) content = attribute;
            record(element, attribute);
        }
        if ("refresh".equalsIgnoreCase(httpEquiv) && content != null) {
            recordRefresh(content);
        }
        return element;
    }

    private void record(String element, Attribute attribute) {
        if (element.equals("base")) return;
        if (URL_ATTRIBUTES.contains(attribute.name)) {
            add(attribute.name, attribute.value, attribute.valueStart);
        } else if (attribute.name.equals("srcset")) {
            int offset = 0;
            for (String candidate : attribute.value.split(",", -1)) {
                String stripped = candidate.stripLeading();
                String url = stripped.split("\\s+")[0];
                int urlOffset = offset + candidate.length() - stripped.length();
                if (!url.isEmpty()) add("srcset", url, attribute.valueStart + urlOffset);
                offset += candidate.length() + 1;
            }
        }
    }

    /** {@code <meta http-equiv="refresh" content="0; url=/new/">}: the part after {@code url=}. */
    private void recordRefresh(Attribute content) {
        int i = content.value.toLowerCase(Locale.ROOT).indexOf("url=");
        if (i < 0) return;
        String url = content.value.substring(i + 4).strip();
        if (url.length() > 1 && (url.charAt(0) == '\'' || url.charAt(0) == '"')) {
            url = url.substring(1, url.length() - (url.endsWith(url.substring(0, 1)) ? 1 : 0));
        }
        add("content", url, content.valueStart);
    }

    private void add(String attribute, String url, int offset) {
        int line = Arrays.binarySearch(lineStarts, offset);
        if (line < 0) line = -line - 2;
        links.add(new Link(attribute, url, line + 1, offset - lineStarts[line] + 1));
    }

    /** Reads {@code name}, {@code name=value}, {@code name="value"} or {@code name='value'}. */
    private Attribute attribute() {
        int nameStart = pos;
        while (pos < html.length() && !isWhitespace(html.charAt(pos)) && "=>/".indexOf(html.charAt(pos)) < 0) pos++;
        if (pos == nameStart) {
            pos++;
            return null;
        }
        String name = html.substring(nameStart, pos).toLowerCase(Locale.ROOT);
        skipWhitespace();
        if (pos >= html.length() || html.charAt(pos) != '=') {
            return new Attribute(name, "", pos);
        }
        pos++;
        skipWhitespace();
        if (pos >= html.length()) return new Attribute(name, "", pos);
        char quote = html.charAt(pos);
        int valueStart;
        int valueEnd;
        if (quote == '"' || quote == '\'') {
            valueStart = ++pos;
            valueEnd = html.indexOf(quote, pos);
            if (valueEnd < 0) valueEnd = html.length();
            pos = Math.min(valueEnd + 1, html.length());
        } else {
            valueStart = pos;
            while (pos < html.length() && !isWhitespace(html.charAt(pos)) && html.charAt(pos) != '>') pos++;
            valueEnd = pos;
        }
        return new Attribute(name, decodeReferences(html.substring(valueStart, valueEnd)), valueStart);
    }

    private record Attribute(String name, String value, int valueStart) {
    }

    private void skipRawText(String element) {
        String end = "</" + element;
        while (pos < html.length() && !html.regionMatches(true, pos, end, 0, end.length())) pos++;
    }

    private void skipPast(String end) {
        int i = html.indexOf(end, pos);
        pos = i < 0 ? html.length() : i + end.length();
    }

    private void skipWhitespace() {
        while (pos < html.length() && isWhitespace(html.charAt(pos))) pos++;
    }

    /** Decodes the character references that matter in URLs: the named basics and numeric ones. */
    static String decodeReferences(String value) {
        if (value.indexOf('&') < 0) return value;
        StringBuilder out = new StringBuilder(value.length());
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            int semicolon = c == '&' ? value.indexOf(';', i) : -1;
            if (semicolon > i + 1 && semicolon - i <= 10) {
                String name = value.substring(i + 1, semicolon);
                String decoded = decodeReference(name);
                if (decoded != null) {
                    out.append(decoded);
                    i = semicolon + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static String decodeReference(String name) {
        switch (name) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            default:
                break;
        }
        if (name.startsWith("#")) {
            try {
                int codePoint = name.startsWith("#x") || name.startsWith("#X")
                        ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1));
                return Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') starts.add(i + 1);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isNameChar(char c) {
        return isLetter(c) || (c >= '0' && c <= '9') || c == '-' || c == ':';
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
