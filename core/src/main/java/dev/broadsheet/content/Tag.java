package dev.broadsheet.content;

import java.util.List;

/**
 * A tag in one language, with the articles that carry it, newest first.
 *
 * @param name     the tag as written in front matter
 * @param slug     its URL segment: lowercased, runs of white space replaced by {@code -}
 * @param language the language key
 * @param path     the path of its list page relative to the site root ({@code en/tags/red-property/})
 * @param pairKey  the key of the {@code site.yaml} entry that pairs it with other languages' tags, or null
 * @param articles the articles carrying it, newest first
 */
public record Tag(String name, String slug, String language, String path, String pairKey, List<Article> articles) {
    public Tag {
        articles = List.copyOf(articles);
    }
}
