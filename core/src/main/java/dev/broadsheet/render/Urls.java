package dev.broadsheet.render;

import dev.broadsheet.config.SiteConfig;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns site paths ({@code en/economy/a/}, relative to the site root, no leading {@code /}) into URLs that carry
 * the base URL's path, so a site works under {@code https://example.github.io/news/}.
 *
 * <p>Characters that would end or break a path ({@code #}, {@code ?}, {@code %}, spaces, quotes…) are
 * percent-encoded. Non-ASCII characters such as those of {@code tags/红色物业/} are kept in HTML and Atom,
 * where IRIs are allowed, and percent-encoded as UTF-8 for the sitemap, whose protocol asks for URIs.
 * A page's path is linked from many pages, so each URL is made once and remembered; safe for many
 * threads.
 */
public final class Urls {

    /** ASCII characters allowed as they are in a URL path. */
    private static final boolean[] PATH_SAFE = new boolean[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) PATH_SAFE[c] = true;
        for (char c = 'A'; c <= 'Z'; c++) PATH_SAFE[c] = true;
        for (char c = '0'; c <= '9'; c++) PATH_SAFE[c] = true;
        for (char c : "-._~!$&'()*+,;=:@/".toCharArray()) PATH_SAFE[c] = true;
    }

    private final String baseUrl;
    private final String basePath;
    private final Map<String, String> relativeDone = new ConcurrentHashMap<>();
    private final Map<String, String> absoluteDone = new ConcurrentHashMap<>();
    private final Map<String, String> asciiDone = new ConcurrentHashMap<>();

    /** The site path of a language's search index, which its search page reads: {@code search-index/en/}. */
    public static String searchIndex(String languageKey) {
        return "search-index/" + languageKey + "/";
    }

    /** URLs under {@code config}'s base URL. */
    public Urls(SiteConfig config) {
        this.baseUrl = config.baseUrl();
        this.basePath = config.basePath();
    }

    /** The URL of a site path from the host's root: {@code /news/en/economy/a/}. */
    public String relative(String sitePath) {
        return relativeDone.computeIfAbsent(sitePath, path -> basePath + encode(path, false));
    }

    /** The absolute URL of a site path, as an IRI: {@code https://example.github.io/news/tags/红色物业/}. */
    String absolute(String sitePath) {
        return absoluteDone.computeIfAbsent(sitePath, path -> baseUrl + encode(path, false));
    }

    /** The absolute URL of a site path with every non-ASCII character percent-encoded, for the sitemap. */
    String absoluteAscii(String sitePath) {
        return asciiDone.computeIfAbsent(sitePath, path -> baseUrl + encode(path, true));
    }

    /** Whether {@code reference} is a full URL ({@code https://…}, {@code //host/…}, {@code mailto:…}). */
    static boolean isExternal(String reference) {
        if (reference.startsWith("//")) return true;
        int colon = reference.indexOf(':');
        if (colon <= 0) return false;
        for (int i = 0; i < colon; i++) {
            char c = reference.charAt(i);
            boolean schemeChar = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' && i > 0
                    || (c == '+' || c == '-' || c == '.') && i > 0;
            if (!schemeChar) return false;
        }
        return true;
    }

    private static String encode(String path, boolean asciiOnly) {
        StringBuilder out = null;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            boolean keep = c < 0x80 ? isPathSafe(c) : !asciiOnly;
            if (keep && out == null) continue;
            if (out == null) out = new StringBuilder(path.length() + 16).append(path, 0, i);
            if (keep) {
                out.append(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < path.length() ? i + 2 : i + 1;
                for (byte b : path.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
                }
                i = end - 1;
            }
        }
        return out == null ? path : out.toString();
    }

    private static boolean isPathSafe(char c) {
        return PATH_SAFE[c];
    }
}
