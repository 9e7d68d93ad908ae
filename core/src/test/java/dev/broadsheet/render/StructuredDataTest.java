package dev.broadsheet.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.broadsheet.config.IdentityConfig;
import dev.broadsheet.testing.SiteFiles;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON-LD of each kind of page, read back with a JSON parser. */
class StructuredDataTest {

    private static final String BASE = "https://news.example.org/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path siteDir;

    private static MemorySink sink;

    @BeforeAll
    static void render() throws IOException {
        SiteFiles.writeBytes(siteDir, "static/images/ciie.jpg", OpenGraphTest.image("jpeg", 1200, 800));
        SiteFiles.writeBytes(siteDir, "static/images/logo.png", OpenGraphTest.image("png", 600, 600));
        IdentityConfig identity = new IdentityConfig(Map.of("zh", "天津市河西区融媒体中心"), "/images/logo.png", null,
                null, null);
        sink = Rendering.render(Rendering.standard().identity(identity).build(), siteDir).sink();
    }

    /** The page's JSON-LD objects by {@code @type}. */
    private static Map<String, JsonNode> data(String path) throws IOException {
        Map<String, JsonNode> byType = new java.util.LinkedHashMap<>();
        for (Element script : sink.html(path, BASE).select("head script[type=application/ld+json]")) {
            JsonNode node = JSON.readTree(script.data());
            assertEquals("https://schema.org", node.get("@context").asText(), path);
            byType.put(node.get("@type").asText(), node);
        }
        return byType;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.isTextual() ? n.asText() : n.toString()));
        return texts;
    }

    @Test
    void anArticleIsANewsArticleWithDatesAuthorsPublisherImageAndKeywords() throws IOException {
        Map<String, JsonNode> data = data("economy/a/index.html");
        assertEquals(List.of("NewsArticle", "BreadcrumbList"), List.copyOf(data.keySet()));
        JsonNode article = data.get("NewsArticle");
        assertEquals("河西区领导带队赴上海开展招商对接活动", article.get("headline").asText());
        assertEquals("为区域产业高质量发展注入新动能", article.get("alternativeHeadline").asText());
        assertEquals("第八届进博会在上海举办。", article.get("description").asText());
        assertEquals("2025-11-20T00:00:00+08:00", article.get("datePublished").asText());
        assertEquals("2025-11-22T10:30:00+08:00", article.get("dateModified").asText());
        assertEquals(List.of("{\"@type\":\"Person\",\"name\":\"岳志欣\"}", "{\"@type\":\"Person\",\"name\":\"李明\"}"),
                texts(article.get("author")));
        JsonNode publisher = article.get("publisher");
        assertEquals("Organization", publisher.get("@type").asText());
        assertEquals("天津市河西区融媒体中心", publisher.get("name").asText());
        assertEquals(BASE + "images/logo.png", publisher.get("logo").get("url").asText());
        assertEquals(600, publisher.get("logo").get("width").asInt());
        JsonNode image = article.get("image").get(0);
        assertEquals(BASE + "images/ciie.jpg", image.get("url").asText());
        assertEquals(1200, image.get("width").asInt());
        assertEquals(800, image.get("height").asInt());
        assertEquals(BASE + "economy/a/", article.get("mainEntityOfPage").get("@id").asText());
        assertEquals("zh-CN", article.get("inLanguage").asText());
        assertEquals("经济", article.get("articleSection").asText());
        assertEquals(List.of("红色物业", "招商引资"), texts(article.get("keywords")));
    }

    @Test
    void aLanguageWithoutItsOwnPublisherNameIsPublishedUnderItsTitle() throws IOException {
        JsonNode article = data("en/economy/a/index.html").get("NewsArticle");
        assertEquals("Hexi News", article.get("publisher").get("name").asText());
        assertEquals("en", article.get("inLanguage").asText());
        assertEquals("2025-11-20T00:00:00+08:00", article.get("dateModified").asText(), "no update: its date");
        assertFalse(article.has("image"), "no cover and no share image");
    }

    @Test
    void theBreadcrumbListHasTheVisibleBreadcrumbsWithAbsoluteUrls() throws IOException {
        for (String path : List.of("economy/a/index.html", "economy/page/2/index.html", "en/tags/red-property/index.html",
                "about/index.html")) {
            Document page = sink.html(path, BASE);
            List<String> visible = new ArrayList<>();
            for (Element crumb : page.select("nav.breadcrumbs li")) {
                Element link = crumb.selectFirst("a");
                visible.add(crumb.text() + " " + (link != null ? link.absUrl("href") : BASE + path.replace("index.html", "")));
            }
            List<String> listed = new ArrayList<>();
            int position = 1;
            for (JsonNode item : data(path).get("BreadcrumbList").get("itemListElement")) {
                assertEquals(position++, item.get("position").asInt(), path);
                listed.add(item.get("name").asText() + " " + item.get("item").asText());
            }
            assertEquals(visible, listed, path);
            assertTrue(visible.size() >= 2, path);
        }
    }

    @Test
    void aHomeIsAWebSiteOfItsPublisher() throws IOException {
        Map<String, JsonNode> data = data("index.html");
        assertEquals(List.of("WebSite"), List.copyOf(data.keySet()), "a home shows no breadcrumbs");
        JsonNode site = data.get("WebSite");
        assertEquals("河西新闻", site.get("name").asText());
        assertEquals(BASE, site.get("url").asText());
        assertEquals("天津市河西区新闻", site.get("description").asText());
        assertEquals("zh-CN", site.get("inLanguage").asText());
        assertEquals("天津市河西区融媒体中心", site.get("publisher").get("name").asText());
    }

    @Test
    void noFrontMatterTextCanEndTheScriptElement() throws IOException {
        // article b's title is "<script>alert(1)</script> 标题"
        String html = sink.text("economy/b/index.html");
        int start = html.indexOf("<script type=\"application/ld+json\">");
        String block = html.substring(start, html.indexOf("</script>", start));
        assertFalse(block.contains("<script>") || block.contains("<!--"), block);
        assertTrue(block.contains("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e 标题"), block);
        assertEquals("<script>alert(1)</script> 标题", data("economy/b/index.html").get("NewsArticle")
                .get("headline").asText());
    }

    @Test
    void jsonEscapesWhatCouldChangeTheHtmlAndReadsBackExactly() throws IOException {
        String tricky = "</script><!-- \"quoted\" \\ & > \u2028 \u0001 \uD83D\uDCF0 \uD800";
        String json = Json.write(Map.of("text", tricky));
        assertFalse(json.contains("<") || json.contains(">") || json.contains("&") || json.contains("\u2028"), json);
        assertEquals(tricky, JSON.readTree(json).get("text").asText());
        assertTrue(json.contains("\uD83D\uDCF0"), "a pair of surrogates stays as it is");
    }
}
