package dev.broadsheet.render;

import dev.broadsheet.content.Article;
import dev.broadsheet.content.Author;
import dev.broadsheet.content.Language;

import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;

/**
 * A language's Atom feed (RFC 4287) of its newest articles. Every id and date comes from the content (an
 * entry's id is its absolute URL, the feed's {@code updated} is its newest entry's), so rebuilding the same
 * content gives the same bytes.
 */
final class AtomFeed {

    /** How many of the newest articles the feed carries. */
    static final int ENTRIES = 20;

    private final Urls urls;

    AtomFeed(Urls urls) {
        this.urls = urls;
    }

    byte[] write(LanguageContext context) {
        Language language = context.language();
        List<Article> articles = language.articles();
        List<Article> entries = articles.subList(0, Math.min(ENTRIES, articles.size()));
        String homeUrl = urls.absolute(language.path());
        XmlWriter xml = new XmlWriter()
                .open("feed", "xmlns", "http://www.w3.org/2005/Atom", "xml:lang", language.config().locale())
                .element("id", homeUrl)
                .element("title", context.site().title());
        if (!context.site().description().isBlank()) xml.element("subtitle", context.site().description());
        xml.element("updated", updated(entries, context))
                .empty("link", "rel", "self", "type", "application/atom+xml",
                        "href", urls.absolute(language.path() + "feed.xml"))
                .empty("link", "rel", "alternate", "type", "text/html", "href", homeUrl)
                .open("author").element("name", context.site().title()).close("author")
                .element("generator", "Broadsheet");
        for (Article article : entries) entry(xml, article, context);
        return xml.close("feed").toBytes();
    }

    private void entry(XmlWriter xml, Article article, LanguageContext context) {
        String url = urls.absolute(article.path());
        xml.open("entry")
                .element("id", url)
                .element("title", article.title())
                .empty("link", "rel", "alternate", "type", "text/html", "href", url)
                .element("published", context.dates().iso(article.date()))
                .element("updated", context.dates().iso(lastChange(article)));
        for (Author author : article.authors()) {
            xml.open("author").element("name", author.name()).close("author");
        }
        for (String tag : article.tags()) xml.empty("category", "term", tag);
        if (!article.summary().isBlank()) xml.element("summary", article.summary());
        xml.element("content", article.body().html(), "type", "html").close("entry");
    }

    private static String updated(List<Article> entries, LanguageContext context) {
        return entries.stream().map(AtomFeed::lastChange).max(Comparator.naturalOrder())
                .map(context.dates()::iso)
                .orElse("1970-01-01T00:00:00Z");
    }

    private static ZonedDateTime lastChange(Article article) {
        return article.updated() != null && article.updated().isAfter(article.date()) ? article.updated() : article.date();
    }
}
