package dev.broadsheet.render.view;

/**
 * A labelled link: a breadcrumb, a tag under an article, a section name in a list.
 *
 * @param label the text to show
 * @param url   the URL with the site's base path; null where there is nothing to link to
 */
public record Link(String label, String url) {
}
