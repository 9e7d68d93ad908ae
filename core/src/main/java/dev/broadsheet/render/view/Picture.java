package dev.broadsheet.render.view;

/**
 * An image as pages describe it to search engines and apps that show shared links: its absolute URL, its size
 * when known, and its text alternative.
 *
 * @param url    the absolute URL
 * @param width  the width in pixels, or null when unknown
 * @param height the height in pixels, or null when unknown
 * @param alt    the text alternative, possibly empty
 */
public record Picture(String url, Integer width, Integer height, String alt) {
    public Picture {
        java.util.Objects.requireNonNull(url, "url");
        alt = alt == null ? "" : alt;
    }
}
