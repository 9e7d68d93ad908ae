package dev.broadsheet.content;

import dev.broadsheet.config.MarkdownConfig;
import dev.broadsheet.markdown.MarkdownRenderer;
import dev.broadsheet.safety.UrlPolicy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What earlier loads of the same site read, for a dev server that loads the site again after every save: a
 * file whose size and time did not change is not read and parsed again, and its body is not rendered again
 * unless the URLs its {@code .md} links point to may have moved. Files with errors are never kept, so their
 * errors are reported again. One cache serves one configuration; make a new one when {@code site.yaml}
 * changes.
 */
public final class ContentCache {

    private record Entry(String stamp, ParsedFile parsed, Document document, String links) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private MarkdownRenderer markdown;
    private MarkdownConfig markdownConfig;
    private UrlPolicy markdownUrls;

    /** The Markdown renderer for {@code config} and {@code urls}, built once. */
    synchronized MarkdownRenderer markdown(MarkdownConfig config, UrlPolicy urls) {
        if (markdown == null || !config.equals(markdownConfig) || !urls.equals(markdownUrls)) {
            markdown = new MarkdownRenderer(config, urls);
            markdownConfig = config;
            markdownUrls = urls;
            entries.replaceAll((k, e) -> new Entry(e.stamp(), e.parsed(), null, null));
        }
        return markdown;
    }

    /** The file's size and modification time, which must match for a cached read to count. */
    static String stamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.size() + " " + attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
        } catch (IOException e) {
            return "missing";
        }
    }

    /** A digest of every page's URL, which must match for a rendered body with {@code .md} links to count. */
    static String digest(Map<String, String> urlsBySource) {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            urlsBySource.forEach((source, url) -> {
                digest.update(source.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(url.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            });
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The parsed file cached for {@code source} if it is unchanged on disk. */
    ParsedFile parsed(SourceFile source, String stamp) {
        Entry entry = entries.get(source.path());
        return entry != null && entry.stamp().equals(stamp) ? entry.parsed() : null;
    }

    void putParsed(SourceFile source, String stamp, ParsedFile parsed) {
        entries.put(source.path(), new Entry(stamp, parsed, null, null));
    }

    /**
     * The document made from exactly {@code parsed} before, if its body can be reused: the site's URLs are as
     * they were then ({@code links}), or the body has no {@code .md} link that could point to a moved page.
     */
    Document document(ParsedFile parsed, String links) {
        Entry entry = entries.get(parsed.source().path());
        if (entry == null || entry.parsed() != parsed || entry.document() == null) return null;
        return entry.links().equals(links) || !parsed.body().contains(".md") ? entry.document() : null;
    }

    void putDocument(ParsedFile parsed, Document document, String links) {
        entries.computeIfPresent(parsed.source().path(),
                (k, e) -> e.parsed() == parsed ? new Entry(e.stamp(), parsed, document, links) : e);
    }

    /** Forgets files that are no longer part of the site. */
    void retain(Set<String> paths) {
        entries.keySet().retainAll(paths);
    }

    /** How many files are cached. */
    public int size() {
        return entries.size();
    }
}
