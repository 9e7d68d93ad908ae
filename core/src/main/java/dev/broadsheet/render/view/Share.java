package dev.broadsheet.render.view;

import java.util.List;

/**
 * What a page tells the apps that show shared links: Open Graph, which chat apps and social networks read, and
 * the Twitter card type.
 *
 * @param type             {@code article} for articles, {@code website} for every other page
 * @param title            the page's title, without the site's
 * @param description      the page's description
 * @param url              the canonical URL
 * @param siteName         the site's title in the page's language
 * @param locale           the page's locale in Open Graph's form ({@code zh_CN})
 * @param localeAlternates the locales of the page's translations, in that form
 * @param image            the cover image, or the site's default share image, or null
 * @param article          what only an article has, or null
 * @param card             the Twitter card: {@code summary_large_image} with an image, else {@code summary}
 */
public record Share(String type, String title, String description, String url, String siteName, String locale,
                    List<String> localeAlternates, Picture image, ArticleShare article, String card) {
    public Share {
        localeAlternates = List.copyOf(localeAlternates);
    }
}
