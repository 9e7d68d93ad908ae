package dev.broadsheet.render;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SitemapTest {

    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String BASE = "https://news.example.org/";

    @TempDir
    static Path siteDir;

    private static MemorySink sink;
    private static Document sitemap;

    @BeforeAll
    static void render() throws Exception {
        sink = Rendering.render(Rendering.standard().build(), siteDir).sink();
        sitemap = AtomFeedTest.parse(sink.file("sitemap.xml").content());
    }

    private static List<Element> urls() {
        NodeList nodes = sitemap.getElementsByTagNameNS(SITEMAP, "url");
        List<Element> urls = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) urls.add((Element) nodes.item(i));
        return urls;
    }

    private static String loc(Element url) {
        return url.getElementsByTagNameNS(SITEMAP, "loc").item(0).getTextContent();
    }

    @Test
    void listsEveryHtmlPageOfEveryLanguageButNot404AliasesOrSearchPages() {
        List<String> locs = urls().stream().map(SitemapTest::loc).toList();
        long htmlPages = sink.files().keySet().stream().filter(p -> p.endsWith("index.html"))
                .filter(p -> !p.startsWith("old/")).filter(p -> !p.endsWith("search/index.html")).count();
        assertEquals(htmlPages, locs.size());
        assertTrue(locs.contains(BASE + "economy/page/2/"));
        assertTrue(locs.contains(BASE + "en/about/"));
        assertFalse(locs.contains(BASE + "404.html"));
        assertFalse(locs.contains(BASE + "search/"), "the search pages have nothing of their own to index");
        assertFalse(locs.stream().anyMatch(l -> l.contains("/old/")));
    }

    @Test
    void eachUrlHasHreflangAlternatesForItselfItsTranslationsAndXDefault() {
        Element article = urls().stream().filter(u -> loc(u).equals(BASE + "en/economy/a/")).findFirst().orElseThrow();
        NodeList links = article.getElementsByTagNameNS(XHTML, "link");
        List<String> alternates = new ArrayList<>();
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            assertEquals("alternate", link.getAttribute("rel"));
            alternates.add(link.getAttribute("hreflang") + " " + link.getAttribute("href"));
        }
        assertEquals(List.of("zh-CN " + BASE + "economy/a/", "en " + BASE + "en/economy/a/",
                "x-default " + BASE + "economy/a/"), alternates);
    }

    @Test
    void isValidAgainstTheSitemapAndXhtmlSchemas() throws Exception {
        SitemapSchemas.validateUrlset(sink.file("sitemap.xml").content());
    }

    @Test
    void theSchemasCatchWhatSearchEnginesWouldReject() {
        String invalid = new String(sink.file("sitemap.xml").content(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("hreflang=\"x-default\"", "hreflang=\"x default\"");
        assertThrows(org.xml.sax.SAXException.class, () -> SitemapSchemas.validateUrlset(
                invalid.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static String lastmod(String loc) {
        Element url = urls().stream().filter(u -> loc(u).equals(loc)).findFirst().orElseThrow();
        NodeList lastmod = url.getElementsByTagNameNS(SITEMAP, "lastmod");
        return lastmod.getLength() == 0 ? null : lastmod.item(0).getTextContent();
    }

    @Test
    void lastmodComesFromTheContent() {
        assertEquals("2025-11-22T10:30:00+08:00", lastmod(BASE + "economy/a/"), "updated");
        assertEquals("2025-11-19T00:00:00+08:00", lastmod(BASE + "economy/b/"), "no update: the date");
        assertEquals("2025-11-22T10:30:00+08:00", lastmod(BASE), "the home: its articles' latest change");
        // two articles a page: page 2 of economy shows c, after a and b, whose changes move it
        assertEquals("2025-11-22T10:30:00+08:00", lastmod(BASE + "economy/page/2/"));
        assertEquals("2025-11-17T00:00:00+08:00", lastmod(BASE + "livelihood/"));
        assertEquals("2025-11-20T00:00:00+08:00", lastmod(BASE + "en/"));
        assertEquals(null, lastmod(BASE + "about/"), "a page without a date");
    }

    @Test
    void nonAsciiPathsArePercentEncoded() {
        List<String> locs = urls().stream().map(SitemapTest::loc).toList();
        assertTrue(locs.contains(BASE + "tags/%E7%BA%A2%E8%89%B2%E7%89%A9%E4%B8%9A/"), locs.toString());
    }
}
