package dev.broadsheet.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search page of each language, and the search box every page's masthead carries. */
class SearchPageTest {

    private static final String BASE = "https://news.example.org/news/";

    @TempDir
    Path siteDir;

    private Rendering.Result render(boolean search) {
        Rendering.Result result = Rendering.render(Rendering.standard().baseUrl(BASE).search(search).build(), siteDir);
        assertEquals(java.util.List.of(), result.diagnostics().all());
        return result;
    }

    @Test
    void eachLanguageHasASearchPageThatSearchEnginesLeaveOut() {
        Rendering.Result result = render(true);
        Document zh = result.sink().html("search/index.html", BASE);
        Document en = result.sink().html("en/search/index.html", BASE);
        assertEquals("搜索 – 河西新闻", zh.title());
        assertEquals("Search – Hexi News", en.title());
        for (Document page : new Document[] {zh, en}) {
            assertEquals("noindex", page.selectFirst("meta[name=robots]").attr("content"));
            assertNotNull(page.selectFirst("ol#search-results"));
            assertNotNull(page.selectFirst("ol#search-results-other"));
            assertEquals("polite", page.selectFirst(".search-status").attr("aria-live"));
            assertNotNull(page.selectFirst("noscript .search-noscript"));
            assertEquals("/news/assets/search.js", page.select("script[src]").last().attr("src"));
        }
        assertEquals("/news/en/search/", zh.selectFirst(".language-switcher a[hreflang=en]").attr("href"),
                "the language switcher leads to the other language's search page");
        assertFalse(result.sink().text("sitemap.xml").contains("search/"));
        assertTrue(result.sink().text("assets/search.js").contains("DecompressionStream"));
    }

    @Test
    void theSearchPageTellsTheScriptWhereEachLanguagesIndexIsAndWhichAreCjk() throws Exception {
        Document en = render(true).sink().html("en/search/index.html", BASE);
        JsonNode data = new ObjectMapper().readTree(en.selectFirst("[data-search]").attr("data-search"));
        assertEquals("en", data.get("lang").asText());
        assertEquals("/news/search-index/en/", data.get("index").asText());
        assertFalse(data.get("cjk").asBoolean());
        JsonNode zh = data.get("others").get(0);
        assertEquals("zh", zh.get("lang").asText());
        assertEquals("zh-CN", zh.get("locale").asText());
        assertEquals("中文", zh.get("label").asText());
        assertEquals("/news/search-index/zh/", zh.get("index").asText());
        assertTrue(zh.get("cjk").asBoolean());
        assertEquals("{0} results.", data.get("strings").get("many").asText());
        assertEquals("Read it in English", data.get("strings").get("translation").asText());
    }

    @Test
    void everyPageHasASearchBoxThatSubmitsToItsLanguagesSearchPage() {
        Rendering.Result result = render(true);
        for (String path : new String[] {"index.html", "economy/a/index.html", "about/index.html", "404.html",
                "en/index.html", "en/economy/a/index.html", "en/search/index.html"}) {
            Element form = result.sink().html(path, BASE).selectFirst(".masthead form[role=search]");
            assertNotNull(form, path);
            assertEquals(path.startsWith("en/") ? "/news/en/search/" : "/news/search/", form.attr("action"), path);
            assertEquals("get", form.attr("method"));
            Element input = form.selectFirst("input[type=search][name=q]");
            assertNotNull(form.selectFirst("label[for=" + input.id() + "]"), path);
            assertNotNull(form.selectFirst("button[type=submit]"), path);
        }
    }

    @Test
    void aSiteWithoutSearchHasNoSearchPageNoBoxAndNoScript() {
        Rendering.Result result = render(false);
        assertFalse(result.sink().files().containsKey("search/index.html"));
        assertFalse(result.sink().files().containsKey("en/search/index.html"));
        assertFalse(result.sink().files().containsKey("assets/search.js"));
        assertNull(result.sink().html("index.html", BASE).selectFirst("form[role=search]"));
        assertNull(result.sink().html("en/economy/a/index.html", BASE).selectFirst("form[role=search]"));
    }

    @Test
    void cjkLanguagesAreKnownByTheirLocale() {
        assertTrue(SearchPageData.cjk("zh-CN"));
        assertTrue(SearchPageData.cjk("zh-Hant-TW"));
        assertTrue(SearchPageData.cjk("ja"));
        assertTrue(SearchPageData.cjk("ko-KR"));
        assertFalse(SearchPageData.cjk("en"));
        assertFalse(SearchPageData.cjk("vi"));
    }
}
