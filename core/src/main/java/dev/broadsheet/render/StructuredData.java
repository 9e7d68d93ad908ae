package dev.broadsheet.render;

import dev.broadsheet.config.LanguageConfig;
import dev.broadsheet.content.Article;
import dev.broadsheet.content.Author;
import dev.broadsheet.render.view.Link;
import dev.broadsheet.render.view.Picture;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page's schema.org structured data as JSON-LD, each object one {@code <script type="application/ld+json">}
 * element's text: a {@code NewsArticle} for an article, a {@code WebSite} for a home, and a
 * {@code BreadcrumbList} wherever the page shows breadcrumbs, with the same items. Dates carry the offset of
 * the site's time zone; every URL is absolute.
 */
final class StructuredData {

    private static final String CONTEXT = "https://schema.org";

    private final SiteIdentity identity;
    /** The scheme and host of the base URL, which page URLs (starting with the base path) are relative to. */
    private final String origin;

    StructuredData(SiteIdentity identity, String baseUrl, String basePath) {
        this.identity = identity;
        this.origin = baseUrl.substring(0, baseUrl.length() - basePath.length());
    }

    /** The {@code NewsArticle} of {@code article}, at {@code canonical}, its image {@code image} (or null). */
    String newsArticle(Article article, LanguageContext context, String canonical, String section, Picture image) {
        Map<String, Object> data = typed("NewsArticle");
        data.put("headline", article.title());
        if (!article.subtitle().isEmpty()) data.put("alternativeHeadline", article.subtitle());
        if (!article.summary().isEmpty()) data.put("description", article.summary());
        data.put("datePublished", context.dates().iso(article.date()));
        data.put("dateModified", context.dates().iso(article.updated() != null ? article.updated() : article.date()));
        if (!article.authors().isEmpty()) {
            List<Object> authors = new ArrayList<>(article.authors().size());
            for (Author author : article.authors()) {
                Map<String, Object> person = new LinkedHashMap<>();
                person.put("@type", "Person");
                person.put("name", author.name());
                authors.add(person);
            }
            data.put("author", authors);
        }
        data.put("publisher", publisher(context.language().config()));
        if (image != null) data.put("image", List.of(image(image)));
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("@type", "WebPage");
        page.put("@id", canonical);
        data.put("mainEntityOfPage", page);
        data.put("url", canonical);
        data.put("inLanguage", context.language().config().locale());
        if (section != null) data.put("articleSection", section);
        if (!article.tags().isEmpty()) data.put("keywords", article.tags());
        return Json.write(data);
    }

    /** The {@code WebSite} of a language's home at {@code canonical}. */
    String webSite(LanguageContext context, String canonical) {
        Map<String, Object> data = typed("WebSite");
        data.put("name", context.site().title());
        if (!context.site().description().isEmpty()) data.put("description", context.site().description());
        data.put("url", canonical);
        data.put("inLanguage", context.language().config().locale());
        data.put("publisher", publisher(context.language().config()));
        return Json.write(data);
    }

    /** The {@code BreadcrumbList} of {@code crumbs}, the home first and the page itself last. */
    String breadcrumbs(List<Link> crumbs) {
        Map<String, Object> data = typed("BreadcrumbList");
        List<Object> items = new ArrayList<>(crumbs.size());
        for (int i = 0; i < crumbs.size(); i++) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("@type", "ListItem");
            item.put("position", i + 1);
            item.put("name", crumbs.get(i).label());
            item.put("item", origin + crumbs.get(i).url());
            items.add(item);
        }
        data.put("itemListElement", items);
        return Json.write(data);
    }

    private Map<String, Object> publisher(LanguageConfig language) {
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("@type", "Organization");
        organization.put("name", identity.publisher(language));
        if (identity.logo() != null) organization.put("logo", image(identity.logo()));
        return organization;
    }

    private static Map<String, Object> image(Picture picture) {
        Map<String, Object> image = new LinkedHashMap<>();
        image.put("@type", "ImageObject");
        image.put("url", picture.url());
        if (picture.width() != null) image.put("width", picture.width());
        if (picture.height() != null) image.put("height", picture.height());
        return image;
    }

    private static Map<String, Object> typed(String type) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", CONTEXT);
        data.put("@type", type);
        return data;
    }
}
