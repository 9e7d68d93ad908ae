package dev.broadsheet.render;

import dev.broadsheet.config.LanguageConfig;
import dev.broadsheet.content.Article;
import dev.broadsheet.content.Language;
import dev.broadsheet.content.Site;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The Google News sitemap, {@code news-sitemap.xml}: the articles of every language published in the 48 hours
 * before the newest one, newest first, at most 1,000, each with its publication (the publisher's name in the
 * article's language, and that language as Google News writes it), publication date and title. The window is
 * counted from the newest article, not from the clock, so the same content gives the same file; a site that
 * publishes every day has its last two days in it.
 */
final class NewsSitemap {

    /** The path of the file in the output. */
    static final String PATH = "news-sitemap.xml";
    /** How far back from the newest article the sitemap reaches. */
    static final Duration WINDOW = Duration.ofHours(48);
    /** How many articles Google News reads from one sitemap. */
    static final int MAX_ARTICLES = 1000;

    private final Site site;
    private final Urls urls;
    private final Dates dates;
    private final SiteIdentity identity;

    /** @param dates the site's dates, in its time zone */
    NewsSitemap(Site site, Urls urls, Dates dates, SiteIdentity identity) {
        this.site = site;
        this.urls = urls;
        this.dates = dates;
        this.identity = identity;
    }

    /** Whether the site has an article, without which there is no news sitemap. */
    static boolean wanted(Site site) {
        return site.languages().stream().anyMatch(l -> !l.articles().isEmpty());
    }

    byte[] write() {
        XmlWriter xml = new XmlWriter().open("urlset", "xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9",
                "xmlns:news", "http://www.google.com/schemas/sitemap-news/0.9");
        for (Article article : recent()) {
            LanguageConfig language = site.language(article.language()).config();
            xml.open("url").element("loc", urls.absoluteAscii(article.path()))
                    .open("news:news")
                    .open("news:publication")
                    .element("news:name", identity.publisher(language))
                    .element("news:language", LocaleForms.googleNews(language.locale()))
                    .close("news:publication")
                    .element("news:publication_date", dates.iso(article.date()))
                    .element("news:title", article.title())
                    .close("news:news")
                    .close("url");
        }
        return xml.close("urlset").toBytes();
    }

    /** The articles in the window, newest first; on the same instant in language order, then by path. */
    List<Article> recent() {
        // each language's list is sorted by day, newest first (within a day by weight and time): once an
        // article's day is two days before another's, it is older whatever the offsets of the two
        Instant newest = null;
        for (Language language : site.languages()) {
            List<Article> articles = language.articles();
            if (articles.isEmpty()) continue;
            LocalDate past = articles.get(0).date().toLocalDate().minusDays(2);
            for (Article article : articles) {
                if (article.date().toLocalDate().isBefore(past)) break;
                Instant date = article.date().toInstant();
                if (newest == null || date.isAfter(newest)) newest = date;
            }
        }
        if (newest == null) return List.of();
        Instant from = newest.minus(WINDOW);
        List<Article> recent = new ArrayList<>();
        List<String> order = site.languages().stream().map(Language::key).toList();
        // and once an article's day is two days before the window, no later one can be in it
        LocalDate stop = from.atZone(ZoneOffset.UTC).toLocalDate().minusDays(2);
        for (Language language : site.languages()) {
            for (Article article : language.articles()) {
                if (article.date().toLocalDate().isBefore(stop)) break;
                if (!article.date().toInstant().isBefore(from)) recent.add(article);
            }
        }
        recent.sort(Comparator.comparing((Article a) -> a.date().toInstant()).reversed()
                .thenComparing(a -> order.indexOf(a.language())).thenComparing(Article::path));
        return recent.subList(0, Math.min(MAX_ARTICLES, recent.size()));
    }
}
