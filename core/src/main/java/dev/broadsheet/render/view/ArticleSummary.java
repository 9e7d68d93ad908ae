package dev.broadsheet.render.view;

import dev.broadsheet.content.Article;

/**
 * An article as a list shows it.
 *
 * @param article the article itself ({@code item.article.title}, {@code item.article.summary})
 * @param url     its URL, with the base path
 * @param section its section's name and first list page
 */
public record ArticleSummary(Article article, String url, Link section) {
}
