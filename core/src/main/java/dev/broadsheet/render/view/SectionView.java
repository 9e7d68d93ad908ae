package dev.broadsheet.render.view;

/**
 * The section a list page belongs to, as {@code section.ftlh} sees it: what the page shows of it, not its
 * whole article list (a page is rendered again only when what it shows changes).
 *
 * @param key          the section key
 * @param name         its name in the page's language
 * @param path         the site path of its first list page ({@code en/economy/})
 * @param url          the URL of its first list page, with the base path
 * @param articleCount how many articles it has
 */
public record SectionView(String key, String name, String path, String url, int articleCount) {
}
