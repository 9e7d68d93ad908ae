package dev.broadsheet.render.view;

/**
 * An entry of the main navigation: a section's first list page.
 *
 * @param key   the section key, to compare with {@link PageView#navKey()}
 * @param label the section's name in the page's language
 * @param url   the URL of its first list page, with the base path
 */
public record NavItem(String key, String label, String url) {
}
