package dev.broadsheet.content;

import dev.broadsheet.config.LanguageConfig;

import java.util.List;

/**
 * Everything of a site in one language.
 *
 * @param config   the language as declared in {@code site.yaml}
 * @param path     the path of its home relative to the site root: empty for the default language, {@code en/}
 * @param sections the sections in navigation order (each declared section, even when empty)
 * @param articles all articles, newest first (on the same day, higher weight first)
 * @param pages    the standalone pages, by path
 * @param tags     the tags used, by slug
 */
public record Language(LanguageConfig config, String path, List<Section> sections, List<Article> articles,
                       List<Page> pages, List<Tag> tags) {
    public Language {
        sections = List.copyOf(sections);
        articles = List.copyOf(articles);
        pages = List.copyOf(pages);
        tags = List.copyOf(tags);
    }

    /** The language key ({@code zh}). */
    public String key() {
        return config.key();
    }
}
