package dev.broadsheet.render;

import java.util.Objects;

/**
 * One rendered file.
 *
 * @param path     where it goes, relative to the output root, with {@code /} separators
 *                 ({@code en/economy/a/index.html}, {@code sitemap.xml}, {@code tags/红色物业/index.html})
 * @param content  its bytes (UTF-8 for text)
 * @param language the language key of the page or feed, or null for files of no language (sitemap, 404 page,
 *                 theme assets)
 */
public record OutputFile(String path, byte[] content, String language) {
    public OutputFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
    }
}
