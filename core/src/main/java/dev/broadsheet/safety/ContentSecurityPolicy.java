package dev.broadsheet.safety;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Content-Security-Policy every HTML page carries in a {@code <meta http-equiv>} element (static hosts
 * rarely let a site set headers). Scripts and styles come from the site itself only, and inline ones only when
 * their SHA-256 hash is listed: the hashes of the inline scripts and styles of the templates, computed when
 * they are read. No plugins ({@code object-src 'none'}), no {@code <base>}, forms post to the site only. Images
 * may come from anywhere on the web, as Markdown allows.
 *
 * <p>So even HTML that got into a page from content (raw HTML a site allowed) runs no script: neither inline
 * {@code <script>}, nor event handler attributes, nor {@code javascript:} URLs.
 *
 * @param enabled   whether pages carry the policy at all
 * @param additions sources a site adds, by directive (a directive the policy lacks starts from
 *                  {@code 'self'}); directives in the order given
 */
public record ContentSecurityPolicy(boolean enabled, Map<String, List<String>> additions) {

    /** The policy of a site that adds nothing. */
    public static final ContentSecurityPolicy DEFAULT = new ContentSecurityPolicy(true, Map.of());
    /** No policy: pages carry none (a site's own choice, with the risk the site format describes). */
    public static final ContentSecurityPolicy OFF = new ContentSecurityPolicy(false, Map.of());

    /** The directives and sources every policy starts from, in the order written. */
    private static final Map<String, List<String>> BASE = base();

    /** The directives a site may add to: those a browser honours in a {@code <meta>} element. */
    public static final Set<String> DIRECTIVES = Set.of("default-src", "script-src", "script-src-elem",
            "script-src-attr", "style-src", "style-src-elem", "style-src-attr", "img-src", "font-src", "connect-src",
            "media-src", "object-src", "frame-src", "child-src", "worker-src", "manifest-src", "form-action",
            "base-uri", "upgrade-insecure-requests");

    /** Keywords, which a policy writes in single quotes. */
    public static final Set<String> KEYWORDS = Set.of("self", "none", "unsafe-inline", "unsafe-eval",
            "unsafe-hashes", "strict-dynamic", "wasm-unsafe-eval", "report-sample", "inline-speculation-rules");

    public ContentSecurityPolicy {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        additions.forEach((directive, sources) -> copy.put(directive, List.copyOf(sources)));
        additions = java.util.Collections.unmodifiableMap(copy);
    }

    private static Map<String, List<String>> base() {
        Map<String, List<String>> base = new LinkedHashMap<>();
        base.put("default-src", List.of("'self'"));
        base.put("script-src", List.of("'self'"));
        base.put("style-src", List.of("'self'"));
        base.put("img-src", List.of("'self'", "data:", "http:", "https:"));
        base.put("object-src", List.of("'none'"));
        base.put("base-uri", List.of("'none'"));
        base.put("form-action", List.of("'self'"));
        return base;
    }

    /**
     * Why {@code source} cannot be a source of a policy, or null when it can: one token, without the
     * characters that end a source or a directive; a keyword in its quotes.
     */
    public static String sourceProblem(String source) {
        if (source.isEmpty()) return "a source must not be empty";
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c <= ' ' || c == ';' || c == ',' || c == '"' || c == 0x7F) {
                return "'" + source + "' is not one source: a source has no spaces, ';', ',' or '\"'";
            }
        }
        if (KEYWORDS.contains(source)) {
            return "write the keyword with its single quotes, as \"'" + source + "'\"";
        }
        return null;
    }

    /**
     * The policy's text with inline scripts and styles of these hashes allowed ({@code 'sha256-…'}, as
     * {@link #hash} makes them). A directive whose sources include {@code 'unsafe-inline'} gets no hashes: a
     * browser ignores {@code 'unsafe-inline'} beside a hash, and the site asked for it.
     */
    public String text(Collection<String> scriptHashes, Collection<String> styleHashes) {
        Map<String, List<String>> directives = new LinkedHashMap<>();
        BASE.forEach((directive, sources) -> directives.put(directive, new ArrayList<>(sources)));
        additions.forEach((directive, sources) -> {
            List<String> all = directives.computeIfAbsent(directive,
                    d -> d.equals("upgrade-insecure-requests") ? new ArrayList<>() : new ArrayList<>(List.of("'self'")));
            for (String source : sources) {
                if (source.equals("'none'")) {
                    all.clear();
                } else {
                    all.remove("'none'");
                }
                if (!all.contains(source)) all.add(source);
            }
        });
        addHashes(directives.get("script-src"), scriptHashes);
        addHashes(directives.get("style-src"), styleHashes);
        StringBuilder text = new StringBuilder();
        directives.forEach((directive, sources) -> {
            if (!text.isEmpty()) text.append("; ");
            text.append(directive);
            sources.forEach(source -> text.append(' ').append(source));
        });
        return text.toString();
    }

    private static void addHashes(List<String> sources, Collection<String> hashes) {
        if (sources.contains("'unsafe-inline'")) return;
        hashes.stream().sorted().distinct().forEach(sources::add);
    }

    /** The source that allows an inline script or style with exactly this text: {@code 'sha256-<base64>'}. */
    public static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
