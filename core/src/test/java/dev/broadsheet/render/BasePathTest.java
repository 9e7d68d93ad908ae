package dev.broadsheet.render;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A site served under a path, as a GitHub Pages project site is: every URL must carry the path. */
class BasePathTest {

    private static final String BASE = "https://example.github.io/news/";

    @TempDir
    static Path siteDir;

    private static MemorySink sink;

    @BeforeAll
    static void render() {
        sink = Rendering.render(Rendering.standard().baseUrl(BASE).build(), siteDir).sink();
    }

    @Test
    void everyLinkInEveryHtmlPageCarriesTheBasePath() {
        for (String path : sink.files().keySet()) {
            if (!path.endsWith(".html")) continue;
            Document page = sink.html(path, BASE);
            for (Element element : page.select("[href], [src]")) {
                String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                boolean ok = url.startsWith("/news/") || url.startsWith(BASE) || url.startsWith("#");
                assertTrue(ok, path + ": " + element);
            }
            String refresh = page.select("meta[http-equiv=refresh]").attr("content");
            assertTrue(refresh.isEmpty() || refresh.startsWith("0; url=" + BASE), path + ": " + refresh);
        }
    }

    @Test
    void feedAndSitemapUseAbsoluteUrlsUnderTheBase() {
        for (String path : new String[] {"feed.xml", "en/feed.xml", "sitemap.xml"}) {
            String xml = sink.text(path);
            for (String part : xml.split("(href=\"|<id>|<loc>)")) {
                if (part.startsWith("http")) assertTrue(part.startsWith(BASE), path + ": " + part);
            }
        }
    }

    @Test
    void sharingMetadataAndStructuredDataUseAbsoluteUrlsUnderTheBase() {
        Document article = sink.html("economy/a/index.html", BASE);
        assertEquals(BASE + "economy/a/", article.selectFirst("meta[property=og:url]").attr("content"));
        for (Element script : article.select("script[type=application/ld+json]")) {
            for (String part : script.data().split("\"(url|item|@id)\":\"")) {
                if (part.startsWith("http")) assertTrue(part.startsWith(BASE), part);
            }
        }
        assertTrue(article.select("script[type=application/ld+json]").size() == 2);
    }

    @Test
    void outputPathsDoNotContainTheBasePath() {
        assertTrue(sink.files().containsKey("index.html"));
        assertTrue(sink.files().containsKey("en/economy/a/index.html"));
        assertTrue(sink.files().keySet().stream().noneMatch(p -> p.startsWith("news/")));
    }

    @Test
    void canonicalAndHomeLinksUseTheBase() {
        Document article = sink.html("en/economy/a/index.html", BASE);
        assertEquals(BASE + "en/economy/a/", article.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("/news/en/", article.selectFirst("a.site-title").attr("href"));
        assertEquals("/news/en/feed.xml", article.selectFirst("link[type=application/atom+xml]").attr("href"));
        assertEquals("/news/assets/broadsheet.css", article.selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals("/news/assets/broadsheet.js", article.selectFirst("script[src]").attr("src"));
        assertEquals(BASE + "404.html", sink.html("404.html", BASE).selectFirst("link[rel=canonical]").attr("href"));
    }
}
