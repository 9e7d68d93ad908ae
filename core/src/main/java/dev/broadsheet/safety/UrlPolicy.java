package dev.broadsheet.safety;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which URLs content may link to and show images from: relative URLs and fragments, and absolute URLs whose
 * scheme is on the list ({@code http}, {@code https}, {@code mailto}, {@code tel} unless a site adds more).
 * Images may also be inline raster data ({@code data:image/png}, {@code jpeg}, {@code gif}, {@code webp},
 * {@code avif}), which cannot hold script. Everything else, {@code javascript:}, {@code vbscript:},
 * {@code data:text/html} and schemes nobody listed, is refused.
 *
 * <p>A URL is judged as a browser reads it (the WHATWG URL standard), so that spelling cannot hide a scheme:
 * leading and trailing spaces and control characters are dropped, tabs and line breaks anywhere are removed,
 * and the scheme is compared without case. Callers pass the URL after their own decoding (Markdown's entity
 * and backslash escapes), as the browser receives it.
 *
 * @param schemes the schemes allowed in links and images besides relative URLs: lower case, sorted, each once
 */
public record UrlPolicy(List<String> schemes) {

    // before DEFAULT, which needs them
    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9+.-]*");
    private static final Pattern DATA_IMAGE = Pattern.compile("data:image/(png|jpeg|gif|webp|avif)[;,].*",
            Pattern.DOTALL);

    /** The schemes every site allows. */
    public static final List<String> DEFAULT_SCHEMES = List.of("http", "https", "mailto", "tel");
    /** The policy of a site that adds nothing. */
    public static final UrlPolicy DEFAULT = new UrlPolicy(DEFAULT_SCHEMES);

    /**
     * What a URL is for: where a link leads, where an image comes from, or a reference definition, which may
     * serve both (held to the image rules, and named as a link).
     */
    public enum Use { LINK, IMAGE, REFERENCE }


    public UrlPolicy {
        // sorted, so that equal policies print alike: caches of rendered bodies are keyed by the printed form
        schemes = schemes.stream().sorted().distinct().toList();
        for (String scheme : schemes) {
            if (!isScheme(scheme)) throw new IllegalArgumentException("not a URL scheme: " + scheme);
        }
    }

    /** Whether {@code name} is a URL scheme as this policy lists them: a lower-case letter, then a-z 0-9 + - . */
    public static boolean isScheme(String name) {
        return SCHEME.matcher(name).matches();
    }

    /** This policy with {@code more} schemes allowed too. */
    public UrlPolicy allowing(Collection<String> more) {
        List<String> all = new ArrayList<>(schemes);
        all.addAll(more);
        return new UrlPolicy(all);
    }

    /**
     * Why {@code url} may not be used so, as a message for the author
     * ({@code link to 'javascript:alert(1)' is not allowed (allowed: http, https, mailto, tel, relative)}), or
     * null when it may.
     */
    public String refusal(String url, Use use) {
        Objects.requireNonNull(url, "url");
        String scheme = scheme(url);
        if (scheme == null || schemes.contains(scheme)) return null;
        if (use != Use.LINK && scheme.equals("data") && DATA_IMAGE.matcher(browserForm(url).toLowerCase(Locale.ROOT))
                .matches()) {
            return null;
        }
        return (use == Use.IMAGE ? "image source '" : "link to '") + shown(url) + "' is not allowed (allowed: "
                + allowedList(use) + ")";
    }

    /** The allowed kinds of URL, for messages: the schemes in the default order, then the others, then relative. */
    private String allowedList(Use use) {
        List<String> names = new ArrayList<>();
        DEFAULT_SCHEMES.stream().filter(schemes::contains).forEach(names::add);
        schemes.stream().filter(s -> !DEFAULT_SCHEMES.contains(s)).sorted().forEach(names::add);
        names.add("relative");
        if (use == Use.IMAGE) names.add("data:image/png, jpeg, gif, webp, avif");
        return String.join(", ", names);
    }

    /**
     * The scheme of {@code url} in lower case as a browser finds it, or null for a relative URL (no scheme: a
     * path, {@code //host/path}, {@code ?query}, {@code #fragment}, or text before a colon that is no scheme).
     */
    static String scheme(String url) {
        int start = 0;
        int end = url.length();
        while (start < end && url.charAt(start) <= ' ') start++;
        StringBuilder scheme = new StringBuilder(8);
        for (int i = start; i < end; i++) {
            char c = url.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') continue;
            if (c == ':') return scheme.isEmpty() ? null : scheme.toString();
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            boolean other = c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.';
            if (!letter && !(other && !scheme.isEmpty())) return null;
            scheme.append(Character.toLowerCase(c));
        }
        return null;
    }

    /** {@code url} as a browser parses it: without leading and trailing spaces and controls, tabs and line breaks. */
    private static String browserForm(String url) {
        int start = 0;
        int end = url.length();
        while (start < end && url.charAt(start) <= ' ') start++;
        while (end > start && url.charAt(end - 1) <= ' ') end--;
        StringBuilder form = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = url.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') form.append(c);
        }
        return form.toString();
    }

    /** The URL as a message shows it: controls made visible, and at most 60 characters. */
    private static String shown(String url) {
        StringBuilder shown = new StringBuilder();
        url.strip().codePoints().limit(60).forEach(c -> {
            if (c < ' ' || c == 0x7F) {
                shown.append(String.format("\\u%04X", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return url.strip().codePointCount(0, url.strip().length()) > 60 ? shown + "…" : shown.toString();
    }
}
