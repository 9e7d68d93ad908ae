package dev.broadsheet.render;

import dev.broadsheet.BuildOptions;
import dev.broadsheet.Broadsheet;
import dev.broadsheet.content.Site;
import dev.broadsheet.content.Tag;
import dev.broadsheet.jmh.BuildJvmBenchmark;
import dev.broadsheet.jmh.ExampleSite;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time for {@link XmlWriter} to write a sitemap of {@value #URLS} URLs with Chinese path segments (the example
 * site's Chinese tag list pages and their later pages), each a {@code url} element with its {@code loc} and two
 * {@code xhtml:link} alternates, down to the UTF-8 bytes. The URLs are made once beforehand, as {@link Urls}
 * keeps them once made: percent-encoded as the sitemap writes them, or as IRIs with the Chinese characters
 * left in, as the Atom feed writes them. Lives in the renderer's package, whose classes are not public.
 */
@State(Scope.Benchmark)
public class SitemapEscapeBench extends BuildJvmBenchmark {

    /** How many URLs the sitemap lists. */
    static final int URLS = 100;

    /** {@code ascii}: percent-encoded, as in the sitemap; {@code iri}: Chinese characters as they are. */
    @Param({"ascii", "iri"})
    public String form;

    private final List<String> urls = new ArrayList<>(URLS);
    private String locale;
    private String xDefault;

    /** Makes the URLs from the example site's Chinese tags. */
    @Setup
    public void setUp() {
        Site site = Broadsheet.load(ExampleSite.dir(), BuildOptions.defaults());
        Urls siteUrls = new Urls(site.config());
        List<Tag> tags = site.language("zh").tags();
        if (tags.isEmpty()) throw new IllegalStateException("the site has no Chinese tags");
        Function<String, String> url = form.equals("iri") ? siteUrls::absolute : siteUrls::absoluteAscii;
        urls.clear();
        for (int i = 0; i < URLS; i++) {
            urls.add(url.apply(Paging.pagePath(tags.get(i % tags.size()).path(), 1 + i / tags.size())));
        }
        locale = site.language("zh").config().locale();
        xDefault = url.apply(site.defaultLanguage().path());
    }

    /** Writes the sitemap. */
    @Benchmark
    public byte[] write() {
        XmlWriter xml = new XmlWriter().open("urlset",
                "xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9",
                "xmlns:xhtml", "http://www.w3.org/1999/xhtml");
        for (String url : urls) {
            xml.open("url").element("loc", url)
                    .empty("xhtml:link", "rel", "alternate", "hreflang", locale, "href", url)
                    .empty("xhtml:link", "rel", "alternate", "hreflang", "x-default", "href", xDefault)
                    .close("url");
        }
        return xml.close("urlset").toBytes();
    }
}
