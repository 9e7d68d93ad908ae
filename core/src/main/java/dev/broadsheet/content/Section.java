package dev.broadsheet.content;

import java.util.List;

/**
 * A section in one language, with its articles newest first.
 *
 * @param key      the section key, also its URL segment
 * @param name     the display name in this language
 * @param language the language key
 * @param path     the path of its first list page relative to the site root ({@code en/economy/})
 * @param articles the section's articles, newest first
 */
public record Section(String key, String name, String language, String path, List<Article> articles) {
    public Section {
        articles = List.copyOf(articles);
    }
}
