package dev.broadsheet.render.view;

import java.util.List;

/**
 * What an article or standalone page links to, resolved to URLs.
 *
 * @param section      the article's section, or null for a standalone page
 * @param tags         its tags, each linking to its tag page (url null where the tag has no page)
 * @param previous     the article published just before it in its section, or null
 * @param next         the article published just after it in its section, or null
 * @param translations its translations, in language order
 * @param imageUrl     the cover image's URL (a site path gets the base path), or null without a cover
 * @param showToc      whether the page shows a table of contents (three headings or more)
 */
public record DocumentLinks(Link section, List<Link> tags, Link previous, Link next, List<LanguageLink> translations,
                            String imageUrl, boolean showToc) {
    public DocumentLinks {
        tags = List.copyOf(tags);
        translations = List.copyOf(translations);
    }
}
