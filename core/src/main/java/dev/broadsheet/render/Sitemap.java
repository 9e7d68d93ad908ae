package dev.broadsheet.render;

import dev.broadsheet.content.Article;
import dev.broadsheet.content.Document;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sitemap of every language's pages (not the 404 page, not alias pages), each with an
 * {@code xhtml:link rel="alternate" hreflang} for itself, each translation and {@code x-default}, as search
 * engines read multilingual sitemaps. URLs are percent-encoded, as the sitemap protocol asks.
 *
 * <p>{@code sitemap.xml} is the one entry point. While the site's URLs fit one file within the {@link Limits}
 * (50,000 URLs, as the protocol allows, and 10 MB, as Baidu allows) it lists them itself; past that it is a
 * sitemap index over {@code sitemap-1.xml}, {@code sitemap-2.xml}…, filled in page order, each within both
 * limits. Every {@code lastmod} comes from the content, never the clock: a document's {@code updated}, else its
 * {@code date}; a home's or list page's the latest of those among its articles and the newer ones before them
 * (a new article moves every list page down); a numbered file's the latest of its URLs'.
 */
final class Sitemap {

    /**
     * How much one sitemap file may hold.
     *
     * @param urls  URLs per file
     * @param bytes bytes per file, UTF-8, as written (uncompressed)
     */
    record Limits(int urls, long bytes) {
        /** 50,000 URLs (the sitemap protocol's limit) and 10,000,000 bytes (Baidu's 10 MB; the protocol's is 50 MB). */
        static final Limits DEFAULT = new Limits(50_000, 10_000_000);
    }

    /**
     * One file of the sitemap.
     *
     * @param path    its path in the output ({@code sitemap.xml}, {@code sitemap-2.xml})
     * @param content its bytes
     */
    record File(String path, byte[] content) {
    }

    private static final String URLSET = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
            + "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
    private static final String URLSET_END = "</urlset>\n";

    private final Urls urls;
    private final Translations translations;
    private final Dates dates;
    private final Paging paging;
    private final Limits limits;

    /** @param dates the site's dates, in its time zone */
    Sitemap(Urls urls, Translations translations, Dates dates, Paging paging, Limits limits) {
        this.urls = urls;
        this.translations = translations;
        this.dates = dates;
        this.paging = paging;
        this.limits = limits;
    }

    /** The files of the sitemap of {@code pages}: {@code sitemap.xml} first. */
    List<File> write(List<Job.LocalizedPage> pages) {
        // every entry goes into one buffer; where each ends is remembered, and the files are cut from it
        XmlWriter entries = XmlWriter.fragment(1);
        Changes changes = new Changes();
        List<Part> parts = new ArrayList<>();
        // the start and end of a urlset file are ASCII
        long overhead = XmlWriter.DECLARATION.length() + URLSET.length() + URLSET_END.length();
        Part part = null;
        for (Job.LocalizedPage page : pages) {
            int start = entries.length();
            ZonedDateTime lastModified = changes.of(page);
            entry(entries, page, lastModified);
            long bytes = entries.utf8Length(start, entries.length());
            if (part == null || part.urls == limits.urls() || part.bytes + bytes > limits.bytes()) {
                part = new Part(start, overhead);
                parts.add(part);
            }
            part.add(entries.length(), bytes, lastModified);
        }
        if (parts.size() <= 1) {
            int end = parts.isEmpty() ? 0 : parts.get(0).end;
            return List.of(new File("sitemap.xml", urlset(entries, 0, end)));
        }
        List<File> files = new ArrayList<>(parts.size() + 1);
        files.add(null);
        XmlWriter index = new XmlWriter().open("sitemapindex", "xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9");
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            String path = "sitemap-" + (i + 1) + ".xml";
            files.add(new File(path, urlset(entries, p.start, p.end)));
            index.open("sitemap").element("loc", urls.absoluteAscii(path));
            if (p.lastModified != null) index.element("lastmod", iso(p.lastModified));
            index.close("sitemap");
        }
        files.set(0, new File("sitemap.xml", index.close("sitemapindex").toBytes()));
        return files;
    }

    private void entry(XmlWriter xml, Job.LocalizedPage page, ZonedDateTime lastModified) {
        xml.open("url").element("loc", urls.absoluteAscii(page.path()));
        if (lastModified != null) xml.element("lastmod", iso(lastModified));
        List<Translations.Version> versions = translations.versions(page);
        for (Translations.Version version : versions) {
            xml.empty("xhtml:link", "rel", "alternate", "hreflang", version.language().config().locale(),
                    "href", urls.absoluteAscii(version.path()));
        }
        xml.empty("xhtml:link", "rel", "alternate", "hreflang", "x-default",
                "href", urls.absoluteAscii(translations.xDefault(versions, page.path())));
        xml.close("url");
    }

    private static byte[] urlset(XmlWriter entries, int start, int end) {
        StringBuilder file = new StringBuilder(end - start + 256).append(XmlWriter.DECLARATION).append(URLSET)
                .append(entries.text(start, end)).append(URLSET_END);
        return file.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String iso(ZonedDateTime date) {
        return dates.iso(date);
    }

    /** The entries of one file: where they start and end in the buffer, their size and latest change. */
    private static final class Part {
        final int start;
        int end;
        int urls;
        long bytes;
        ZonedDateTime lastModified;

        Part(int start, long overhead) {
            this.start = start;
            this.end = start;
            this.bytes = overhead;
        }

        void add(int entryEnd, long entryBytes, ZonedDateTime entryModified) {
            end = entryEnd;
            urls++;
            bytes += entryBytes;
            lastModified = later(lastModified, entryModified);
        }
    }

    /** When each page last changed, from its content; the latest changes of each list's first n articles are kept. */
    private final class Changes {
        /** For each article list, the latest change among its first i + 1 articles, at i. */
        private final Map<List<Article>, ZonedDateTime[]> latest = new IdentityHashMap<>();

        ZonedDateTime of(Job.LocalizedPage page) {
            if (page instanceof Job.DocumentPage document) return changed(document.document());
            if (page instanceof Job.Home home) {
                List<Article> articles = home.lang().articles();
                ZonedDateTime max = null;
                for (Article article : articles.subList(0, Math.min(PageViews.HOME_ARTICLES, articles.size()))) {
                    max = later(max, changed(article));
                }
                return max;
            }
            if (page instanceof Job.SectionPage list) {
                return upTo(list.section().articles(), list.number() * paging.perPage());
            }
            if (page instanceof Job.TagPage list) return upTo(list.tag().articles(), list.number() * paging.perPage());
            throw new IllegalArgumentException("not a localized page: " + page);
        }

        private ZonedDateTime upTo(List<Article> articles, int count) {
            if (articles.isEmpty()) return null;
            ZonedDateTime[] prefix = latest.computeIfAbsent(articles, list -> {
                ZonedDateTime[] result = new ZonedDateTime[list.size()];
                ZonedDateTime max = null;
                for (int i = 0; i < list.size(); i++) {
                    max = later(max, changed(list.get(i)));
                    result[i] = max;
                }
                return result;
            });
            return prefix[Math.min(count, prefix.length) - 1];
        }
    }

    private static ZonedDateTime changed(Document document) {
        return document.updated() != null ? document.updated() : document.date();
    }

    private static ZonedDateTime later(ZonedDateTime a, ZonedDateTime b) {
        if (a == null) return b;
        if (b == null) return a;
        return b.isAfter(a) ? b : a;
    }
}
