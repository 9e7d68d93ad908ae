package dev.broadsheet.example;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the example site's pages tell search engines and the apps readers share links in, in both languages:
 * the Open Graph fields and the JSON-LD, read from the built pages (the JSON-LD with a JSON parser) and held
 * against what the same pages show their readers.
 */
class SharingMetadataIT {

    private static final String BASE = "https://hexi-news.example.org";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Document page(String sitePath) throws IOException {
        Path file = ExampleSite.file(ExampleSite.site(), sitePath);
        return Jsoup.parse(file.toFile(), "UTF-8", BASE + sitePath);
    }

    private static String meta(Document page, String property) {
        Element meta = page.selectFirst("head meta[property=" + property + "]");
        return meta == null ? null : meta.attr("content");
    }

    private static List<String> metas(Document page, String property) {
        return page.select("head meta[property=" + property + "]").eachAttr("content");
    }

    private static Map<String, JsonNode> jsonLd(Document page) throws IOException {
        Map<String, JsonNode> byType = new LinkedHashMap<>();
        for (Element script : page.select("head script[type=application/ld+json]")) {
            JsonNode node = JSON.readTree(script.data());
            assertEquals("https://schema.org", node.get("@context").asText());
            byType.put(node.get("@type").asText(), node);
        }
        return byType;
    }

    @Test
    void everyArticleTellsWhatItsPageShowsInBothLanguages() throws IOException {
        List<String> articles = ExampleSite.htmlPages(ExampleSite.site()).stream()
                .filter(p -> p.matches("(/en)?/(economy|livelihood|governance|law)/[a-z-]+/")).toList();
        assertEquals(8, articles.size(), articles.toString());
        for (String path : articles) {
            Document page = page(path);
            boolean english = path.startsWith("/en/");
            String h1 = page.selectFirst("h1").text();
            String published = page.selectFirst(".published time").attr("datetime");
            String section = page.selectFirst(".article-header .meta a").text();
            List<String> tags = page.select(".document-footer .tags a").eachText();

            assertEquals("article", meta(page, "og:type"), path);
            assertEquals(h1, meta(page, "og:title"), path);
            assertEquals(page.selectFirst("meta[name=description]").attr("content"), meta(page, "og:description"));
            assertEquals(page.selectFirst("link[rel=canonical]").attr("href"), meta(page, "og:url"), path);
            assertEquals(english ? "Hexi News" : "河西新闻", meta(page, "og:site_name"), path);
            assertEquals(english ? "en_US" : "zh_CN", meta(page, "og:locale"), path);
            assertEquals(List.of(english ? "zh_CN" : "en_US"), metas(page, "og:locale:alternate"), path);
            assertEquals(published, meta(page, "article:published_time"), path);
            assertEquals(section, meta(page, "article:section"), path);
            assertEquals(tags, metas(page, "article:tag"), path);
            assertEquals(BASE + "/images/share.png", meta(page, "og:image"), "no article has a cover: the share image");
            assertEquals("1200", meta(page, "og:image:width"), path);
            assertEquals("630", meta(page, "og:image:height"), path);
            assertTrue(meta(page, "og:image:alt").startsWith(english ? "The Hexi News nameplate" : "河西新闻报头"), path);
            assertEquals("summary_large_image", page.selectFirst("meta[name=twitter:card]").attr("content"), path);
            assertEquals("max-image-preview:large", page.selectFirst("meta[name=robots]").attr("content"), path);

            Map<String, JsonNode> data = jsonLd(page);
            assertEquals(List.of("NewsArticle", "BreadcrumbList"), List.copyOf(data.keySet()), path);
            JsonNode article = data.get("NewsArticle");
            assertEquals(h1, article.get("headline").asText(), path);
            assertEquals(published, article.get("datePublished").asText(), path);
            assertTrue(article.get("dateModified").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00"));
            assertEquals(page.selectFirst("html").attr("lang"), article.get("inLanguage").asText(), path);
            assertEquals(section, article.get("articleSection").asText(), path);
            assertEquals(meta(page, "og:url"), article.get("mainEntityOfPage").get("@id").asText(), path);
            List<String> authors = new ArrayList<>();
            article.get("author").forEach(a -> authors.add(a.get("name").asText()));
            assertEquals(page.select(".byline .name").eachText(), authors, path);
            List<String> keywords = new ArrayList<>();
            article.get("keywords").forEach(k -> keywords.add(k.asText()));
            assertEquals(tags, keywords, path);
            JsonNode publisher = article.get("publisher");
            assertEquals(english ? "Hexi News" : "河西新闻", publisher.get("name").asText(), path);
            assertEquals(BASE + "/images/logo.png", publisher.get("logo").get("url").asText(), path);
            assertEquals(512, publisher.get("logo").get("width").asInt(), path);
            assertBreadcrumbsAsShown(page, data.get("BreadcrumbList"), path);
        }
    }

    private static void assertBreadcrumbsAsShown(Document page, JsonNode list, String path) {
        List<String> shown = new ArrayList<>();
        for (Element crumb : page.select("nav.breadcrumbs li")) {
            Element link = crumb.selectFirst("a");
            shown.add(crumb.text() + " " + (link != null ? link.absUrl("href") : BASE + path));
        }
        List<String> listed = new ArrayList<>();
        list.get("itemListElement").forEach(i -> listed.add(i.get("name").asText() + " " + i.get("item").asText()));
        assertEquals(shown, listed, path);
    }

    @Test
    void homesAreWebSitesAndListsAndPagesGetTheWebsiteFields() throws IOException {
        for (String home : List.of("/", "/en/")) {
            Document page = page(home);
            assertEquals("website", meta(page, "og:type"), home);
            JsonNode site = jsonLd(page).get("WebSite");
            assertNotNull(site, home);
            assertEquals(meta(page, "og:site_name"), site.get("name").asText(), home);
            assertEquals(BASE + home, site.get("url").asText(), home);
            assertNull(page.selectFirst("meta[name=robots]"), home);
        }
        for (String path : List.of("/economy/", "/en/economy/", "/tags/基层治理/", "/en/tags/community-governance/",
                "/about/", "/en/about/")) {
            Document page = page(path);
            assertEquals("website", meta(page, "og:type"), path);
            assertEquals(BASE + path, meta(page, "og:url"), path);
            assertTrue(metas(page, "article:tag").isEmpty(), path);
            assertBreadcrumbsAsShown(page, jsonLd(page).get("BreadcrumbList"), path);
        }
    }

    @Test
    void everyPageLinksTheIconsAndEachLanguagesFeed() throws IOException {
        for (String path : ExampleSite.htmlPages(ExampleSite.site())) {
            Document page = page(path);
            assertEquals("/assets/icon.svg", page.select("head link[rel=icon]").attr("href"), path);
            assertEquals("/assets/apple-touch-icon.png", page.select("head link[rel=apple-touch-icon]").attr("href"));
            List<String> feeds = page.select("head link[type=application/atom+xml]").eachAttr("hreflang");
            assertEquals(2, feeds.size(), path);
            assertEquals(page.selectFirst("html").attr("lang"), feeds.get(0), path + ": its own language's first");
            assertFalse(page.select("head link[type=application/atom+xml]").eachAttr("title").contains(""), path);
        }
    }
}
