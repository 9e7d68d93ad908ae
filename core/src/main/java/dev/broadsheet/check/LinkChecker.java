package dev.broadsheet.check;

import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.diagnostics.SourcePosition;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds links and file references in rendered HTML pages that lead nowhere.
 *
 * <p>Every {@code href}, {@code src}, {@code srcset}, {@code poster} and refresh target of every HTML file is
 * resolved the way a browser would resolve it on the published site: site paths under the site's base path,
 * absolute URLs that start with the site's {@code baseUrl}, and relative URLs against the page. The target
 * must be a rendered file or a file of {@code static/}; a folder URL ({@code /economy/}) needs its
 * {@code index.html}. External URLs, {@code mailto:} and other schemes, and fragments on the same page are
 * left alone.
 *
 * <p>Each problem is an error positioned at the page that holds it, as a path relative to the output folder:
 * {@code en/economy/a/index.html:41:18: broken link to /en/no-such-page/}.
 */
public final class LinkChecker {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final Set<String> existing;
    private final String baseUrlRoot;
    private final String basePath;
    private final Diagnostics diagnostics;

    private LinkChecker(Set<String> existing, String baseUrl, Diagnostics diagnostics) {
        this.existing = existing;
        this.baseUrlRoot = withoutTrailingSlash(baseUrl);
        String path = URI.create(baseUrl).getRawPath();
        this.basePath = path == null || path.isEmpty() ? "/" : percentDecode(path);
        this.diagnostics = diagnostics;
    }

    /**
     * Checks every HTML file among {@code filesByOutputPath} and adds an error to {@code diagnostics} for each
     * link or reference whose target is neither among those files nor among {@code staticFiles}.
     *
     * @param filesByOutputPath the rendered site: paths relative to the output folder with {@code /}
     *                          separators and without percent-encoding ({@code tags/红色物业/index.html}),
     *                          mapped to their content; HTML is read as UTF-8
     * @param staticFiles       the files of the site's {@code static/} folder, relative to it, same form
     * @param baseUrl           the site's base URL, ending with {@code /}; its path is the site's base path
     * @param diagnostics       where the errors go
     */
    public static void check(Map<String, byte[]> filesByOutputPath, Set<String> staticFiles, String baseUrl,
                             Diagnostics diagnostics) {
        Set<String> existing = new HashSet<>(filesByOutputPath.keySet());
        existing.addAll(staticFiles);
        LinkChecker checker = new LinkChecker(existing, baseUrl, diagnostics);
        new TreeMap<>(filesByOutputPath).forEach((path, content) -> {
            if (isHtml(path)) checker.checkPage(path, new String(content, StandardCharsets.UTF_8));
        });
    }

    /**
     * The files under {@code folder}, relative to it with {@code /} separators; empty when there is no such
     * folder. Meant for a site's {@code static/} folder.
     *
     * @throws UncheckedIOException when the folder cannot be read
     */
    public static Set<String> filesUnder(Path folder) {
        if (!Files.isDirectory(folder)) return Set.of();
        try (Stream<Path> files = Files.walk(folder, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> folder.relativize(file).toString().replace(folder.getFileSystem().getSeparator(), "/"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private void checkPage(String page, String html) {
        for (HtmlLinks.Link link : HtmlLinks.scan(html)) {
            Target target = resolve(link.url(), page);
            if (target == null || (!target.outside() && exists(target.path()))) continue;
            SourcePosition at = new SourcePosition(page, link.line(), link.column());
            if (target.outside()) {
                diagnostics.error(at, "broken link to " + link.url()
                        + ": it leads out of the site, whose pages are all under " + basePath);
            } else if (link.attribute().equals("href") || link.attribute().equals("content")) {
                diagnostics.error(at, "broken link to " + link.url() + ": nothing is built at " + basePath
                        + target.path());
            } else {
                diagnostics.error(at, "missing file " + link.url() + ": it is neither built nor in static/");
            }
        }
    }

    /**
     * Where a link leads: a path relative to the output folder ({@code en/economy/}, empty for the home), or
     * out of the site.
     */
    private record Target(String path, boolean outside) {
        static final Target OUT_OF_SITE = new Target("", true);

        static Target at(String path) {
            return path == null ? OUT_OF_SITE : new Target(path, false);
        }
    }

    /**
     * Where {@code url} on {@code page} leads, or null when it is not for this checker: an external URL,
     * another scheme ({@code mailto:}), or a fragment or query on the page itself.
     */
    private Target resolve(String url, String page) {
        url = url.strip();
        if (url.isEmpty() || url.startsWith("#") || url.startsWith("?")) return null;
        if (url.equals(baseUrlRoot) || startsWithAny(url, baseUrlRoot, "/", "?", "#")) {
            url = withoutTrailingSlash(basePath) + url.substring(baseUrlRoot.length());
            if (url.isEmpty() || url.startsWith("?") || url.startsWith("#")) url = "/" + url;
        } else if (url.startsWith("//") || SCHEME.matcher(url).find()) {
            return null;
        }
        String path = percentDecode(cut(cut(url, '#'), '?'));
        if (!path.startsWith("/")) {
            return Target.at(normalize(page.substring(0, page.lastIndexOf('/') + 1) + path));
        }
        if (path.equals(withoutTrailingSlash(basePath))) return Target.at("");
        if (!path.startsWith(basePath)) return Target.OUT_OF_SITE;
        return Target.at(normalize(path.substring(basePath.length())));
    }

    private boolean exists(String path) {
        if (path.isEmpty() || path.endsWith("/")) return existing.contains(path + "index.html");
        return existing.contains(path) || existing.contains(path + "/index.html");
    }

    /** Removes {@code .} and {@code ..} segments and empty ones; null when {@code ..} climbs above the root. */
    static String normalize(String path) {
        List<String> segments = new ArrayList<>();
        String[] parts = path.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            boolean last = i == parts.length - 1;
            switch (parts[i]) {
                case "", "." -> {
                    if (last) segments.add("");
                }
                case ".." -> {
                    if (segments.isEmpty()) return null;
                    segments.remove(segments.size() - 1);
                    if (last) segments.add("");
                }
                default -> segments.add(parts[i]);
            }
        }
        return String.join("/", segments);
    }

    /** Decodes {@code %XX} escapes as UTF-8; a {@code +} stays a {@code +}, as it does in a URL path. */
    static String percentDecode(String text) {
        if (text.indexOf('%') < 0) return text;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                    encoded = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(encoded);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    private static boolean isHtml(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm");
    }

    private static boolean startsWithAny(String text, String prefix, String... followers) {
        if (!text.startsWith(prefix)) return false;
        for (String follower : followers) {
            if (text.startsWith(follower, prefix.length())) return true;
        }
        return false;
    }

    private static String cut(String text, char at) {
        int i = text.indexOf(at);
        return i < 0 ? text : text.substring(0, i);
    }

    private static String withoutTrailingSlash(String text) {
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
