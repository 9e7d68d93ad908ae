package dev.broadsheet.render.view;

/**
 * The tag a list page belongs to, as {@code tag.ftlh} sees it: what the page shows of it, not its whole
 * article list (a page is rendered again only when what it shows changes).
 *
 * @param name         the tag as written
 * @param slug         its URL segment
 * @param path         the site path of its first list page ({@code en/tags/red-property/})
 * @param url          the URL of its first list page, with the base path
 * @param articleCount how many articles carry it
 */
public record TagView(String name, String slug, String path, String url, int articleCount) {
}
