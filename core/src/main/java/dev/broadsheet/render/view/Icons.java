package dev.broadsheet.render.view;

/**
 * The site's icons, as every page links to them.
 *
 * @param icon           the URL of the icon browsers show in tabs
 * @param iconType       its media type ({@code image/svg+xml}), or empty when its name does not tell
 * @param appleTouchIcon the URL of the square PNG phones put on their home screens
 */
public record Icons(String icon, String iconType, String appleTouchIcon) {
}
