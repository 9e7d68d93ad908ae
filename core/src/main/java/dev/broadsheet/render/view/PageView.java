package dev.broadsheet.render.view;

import java.util.List;

/**
 * What the frame of every HTML page needs, computed per page.
 *
 * @param kind        {@code home}, {@code article}, {@code page}, {@code section}, {@code tag}, {@code 404} or
 *                    {@code alias}
 * @param title       the page's own title (its {@code h1}), without the site's title
 * @param description the meta description: the summary, or the site's description
 * @param url         this page's URL, with the base path
 * @param canonical   the absolute canonical URL (an alias page's is its target's)
 * @param alternates  {@code hreflang} alternates: the page and each translation, then {@code x-default}
 * @param languages   the language switcher: every language, leading to the translation or that language's home
 * @param breadcrumbs the path from the home to this page, this page last; empty on the home
 * @param navKey      {@code home}, the key of the section the page belongs to, or empty
 * @param pagination  where a list page stands, or null on pages that are not lists
 * @param indexable   false for pages search engines should not index (404, aliases)
 * @param share       what the page tells apps that show shared links, or null on pages not to be indexed
 * @param structuredData the page's schema.org objects, each the JSON text of one
 *                    {@code <script type="application/ld+json">}, escaped so that it cannot end the element;
 *                    empty on pages not to be indexed
 */
public record PageView(String kind, String title, String description, String url, String canonical,
                       List<Alternate> alternates, List<LanguageLink> languages, List<Link> breadcrumbs,
                       String navKey, Pagination pagination, boolean indexable, Share share,
                       List<String> structuredData) {
    public PageView {
        alternates = List.copyOf(alternates);
        languages = List.copyOf(languages);
        breadcrumbs = List.copyOf(breadcrumbs);
        structuredData = List.copyOf(structuredData);
    }
}
