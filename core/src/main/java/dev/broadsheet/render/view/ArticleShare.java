package dev.broadsheet.render.view;

import java.util.List;

/**
 * What Open Graph says about an article beyond any page.
 *
 * @param publishedTime its date, ISO 8601 with the offset of the site's time zone
 * @param modifiedTime  its last change ({@code updated}, else its date), in the same form
 * @param section       the name of its section in the page's language
 * @param tags          its tags
 */
public record ArticleShare(String publishedTime, String modifiedTime, String section, List<String> tags) {
    public ArticleShare {
        tags = List.copyOf(tags);
    }
}
