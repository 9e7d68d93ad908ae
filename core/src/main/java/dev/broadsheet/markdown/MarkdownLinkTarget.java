package dev.broadsheet.markdown;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A link destination that points at another Markdown file of the site: relative (no scheme, not starting
 * with {@code /}, {@code #} or {@code ?}) and with a path ending in {@code .md}.
 *
 * @param written the path as written in the source, e.g. {@code "%E7%BA%A2.md"}
 * @param path    the path percent-decoded, as handed to the {@link LinkResolver}, e.g. {@code "红.md"}
 * @param suffix  the {@code ?query} and {@code #fragment} as written, or {@code ""}
 */
record MarkdownLinkTarget(String written, String path, String suffix) {

    /** The target {@code destination} points at, or null when it is not a relative link to a {@code .md} file. */
    static MarkdownLinkTarget parse(String destination) {
        if (destination.isEmpty() || "/#?".indexOf(destination.charAt(0)) >= 0 || hasScheme(destination)) {
            return null;
        }
        int end = pathEnd(destination);
        String written = destination.substring(0, end);
        String path = percentDecode(written);
        if (!path.endsWith(".md")) {
            return null;
        }
        return new MarkdownLinkTarget(written, path, destination.substring(end));
    }

    /** Whether {@code destination} starts with {@code scheme:} (RFC 3986: a letter, then letters, digits, + - .). */
    private static boolean hasScheme(String destination) {
        if (!isAsciiLetter(destination.charAt(0))) {
            return false;
        }
        for (int i = 1; i < destination.length(); i++) {
            char c = destination.charAt(i);
            if (c == ':') {
                return true;
            }
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                return false;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static int pathEnd(String destination) {
        for (int i = 0; i < destination.length(); i++) {
            char c = destination.charAt(i);
            if (c == '?' || c == '#') {
                return i;
            }
        }
        return destination.length();
    }

    /** Decodes {@code %XX} escapes as UTF-8; a path whose escapes are not valid UTF-8 is returned unchanged. */
    static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            int high = c == '%' && i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
            int low = high >= 0 ? Character.digit(s.charAt(i + 2), 16) : -1;
            if (low >= 0) {
                bytes.write(high << 4 | low);
                i += 3;
            } else {
                int cp = s.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return s;
        }
    }
}
