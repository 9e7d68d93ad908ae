package dev.broadsheet.render;

import dev.broadsheet.content.Document;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * The sitemap of every language's pages (not the 404 page, not alias pages), each with an
 * {@code xhtml:link rel="alternate" hreflang} for itself, each translation and {@code x-default}, as search
 * engines read multilingual sitemaps. URLs are percent-encoded, as the sitemap protocol asks.
 */
final class Sitemap {

    private final Urls urls;
    private final Translations translations;
    private final Map<String, LanguageContext> contexts;

    Sitemap(Urls urls, Translations translations, Map<String, LanguageContext> contexts) {
        this.urls = urls;
        this.translations = translations;
        this.contexts = contexts;
    }

    byte[] write(List<Job.LocalizedPage> pages) {
        XmlWriter xml = new XmlWriter().open("urlset",
                "xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9",
                "xmlns:xhtml", "http://www.w3.org/1999/xhtml");
        for (Job.LocalizedPage page : pages) {
            xml.open("url").element("loc", urls.absoluteAscii(page.path()));
            if (page instanceof Job.DocumentPage documentPage) lastModified(xml, documentPage.document());
            List<Translations.Version> versions = translations.versions(page);
            for (Translations.Version version : versions) {
                xml.empty("xhtml:link", "rel", "alternate", "hreflang", version.language().config().locale(),
                        "href", urls.absoluteAscii(version.path()));
            }
            xml.empty("xhtml:link", "rel", "alternate", "hreflang", "x-default",
                    "href", urls.absoluteAscii(translations.xDefault(versions, page.path())));
            xml.close("url");
        }
        return xml.close("urlset").toBytes();
    }

    private void lastModified(XmlWriter xml, Document document) {
        ZonedDateTime date = document.updated() != null ? document.updated() : document.date();
        if (date != null) xml.element("lastmod", contexts.get(document.language()).dates().iso(date));
    }
}
