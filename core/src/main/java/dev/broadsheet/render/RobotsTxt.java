package dev.broadsheet.render;

import java.nio.charset.StandardCharsets;

/**
 * The site's {@code robots.txt}: every crawler may read everything, and finds the sitemaps' entry points, each
 * on a {@code Sitemap:} line with its absolute URL. A site's own {@code static/robots.txt} replaces it, as any
 * static file replaces what the build makes at its path. Crawlers read {@code robots.txt} only at a host's root,
 * so under a base path ({@code https://example.github.io/news/}) it counts only where the host serves it there.
 */
final class RobotsTxt {

    /** The path of the file in the output. */
    static final String PATH = "robots.txt";

    private RobotsTxt() {
    }

    /**
     * The file for a site under {@code basePath} whose sitemaps start at {@code sitemaps} (absolute URLs).
     */
    static byte[] write(String basePath, Iterable<String> sitemaps) {
        StringBuilder text = new StringBuilder("User-agent: *\nAllow: ").append(basePath).append("\n\n");
        for (String sitemap : sitemaps) text.append("Sitemap: ").append(sitemap).append('\n');
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
