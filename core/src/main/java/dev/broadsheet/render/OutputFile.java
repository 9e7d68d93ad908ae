package dev.broadsheet.render;

import java.util.Objects;

/**
 * One rendered file.
 *
 * @param path     where it goes, relative to the output root, with {@code /} separators
 *                 ({@code en/economy/a/index.html}, {@code sitemap.xml}, {@code tags/红色物业/index.html})
 * @param language the language key of the page or feed, or null for files of no language (sitemap, 404 page,
 *                 theme assets)
 * @param digest   a digest of everything the file was made from, or null when it has none; equal digests mean
 *                 equal bytes
 * @param content  its bytes (UTF-8 for text), or null when the file is {@linkplain #reused() reused}
 */
public record OutputFile(String path, byte[] content, String language, String digest) {
    public OutputFile {
        Objects.requireNonNull(path, "path");
        if (content == null && digest == null) throw new IllegalArgumentException("neither content nor digest");
    }

    /** A rendered file without a digest. */
    public OutputFile(String path, byte[] content, String language) {
        this(path, Objects.requireNonNull(content, "content"), language, null);
    }

    /**
     * A file whose inputs have the same digest as in the previous render: it was not rendered again, and its
     * previous bytes stand.
     */
    public static OutputFile reused(String path, String language, String digest) {
        return new OutputFile(path, null, language, Objects.requireNonNull(digest, "digest"));
    }

    /** Whether the previous render's bytes stand for this file. */
    public boolean reused() {
        return content == null;
    }
}
