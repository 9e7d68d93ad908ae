package dev.broadsheet.content;

import java.util.Objects;

/**
 * A cover image.
 *
 * @param src     where the image is: a site path ({@code /images/a.jpg}), a path relative to the page, or a URL
 * @param alt     the text alternative; required
 * @param caption the caption shown under it; empty when not given
 */
public record Image(String src, String alt, String caption) {
    public Image {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(alt, "alt");
        caption = caption == null ? "" : caption;
    }
}
