package dev.broadsheet.render.view;

/**
 * Where an alias page sends its reader.
 *
 * @param url   the target's absolute URL
 * @param title the target's title
 */
public record Redirect(String url, String title) {
}
