package dev.broadsheet.render;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the renderer writes for the standard two-language site, and what every HTML page carries. */
class SiteRendererTest {

    private static final String BASE = "https://news.example.org/";

    @TempDir
    static Path siteDir;

    private static Rendering.Result result;

    @BeforeAll
    static void render() {
        result = Rendering.render(Rendering.standard().build(), siteDir);
    }

    private static Document html(String path) {
        return result.sink().html(path, BASE);
    }

    @Test
    void rendersWithoutDiagnostics() {
        assertEquals(List.of(), result.diagnostics().all());
    }

    @Test
    void writesEveryPageFeedSitemapAliasAndAsset() {
        Set<String> expected = new TreeSet<>(List.of(
                "index.html", "en/index.html",
                "economy/a/index.html", "economy/b/index.html", "economy/c/index.html", "livelihood/d/index.html",
                "en/economy/a/index.html",
                "about/index.html", "contact/index.html", "en/about/index.html",
                "economy/index.html", "economy/page/2/index.html", "livelihood/index.html",
                "en/economy/index.html", "en/livelihood/index.html",
                "tags/红色物业/index.html", "tags/红色物业/page/2/index.html", "tags/招商引资/index.html",
                "en/tags/red-property/index.html",
                "search/index.html", "en/search/index.html",
                "feed.xml", "en/feed.xml", "sitemap.xml", "news-sitemap.xml", "robots.txt", "404.html",
                "old/a.html", "old/a/index.html",
                "assets/broadsheet.css", "assets/broadsheet.js", "assets/icon.svg", "assets/apple-touch-icon.png",
                "assets/search.js"));
        assertEquals(expected, result.sink().files().keySet());
    }

    @Test
    void tagsFilesWithTheirLanguage() {
        assertEquals("zh", result.sink().file("economy/a/index.html").language());
        assertEquals("en", result.sink().file("en/feed.xml").language());
        assertNull(result.sink().file("sitemap.xml").language());
        assertNull(result.sink().file("404.html").language());
        assertNull(result.sink().file("assets/broadsheet.css").language());
        assertEquals("zh", result.sink().file("old/a.html").language());
    }

    @Test
    void everyHtmlPageHasLangCanonicalAlternatesFeedAndOneH1() {
        for (String path : result.sink().files().keySet()) {
            if (!path.endsWith(".html")) continue;
            Document page = html(path);
            assertTrue(page.selectFirst("html").hasAttr("lang"), path);
            assertEquals(1, page.select("link[rel=canonical]").size(), path);
            assertTrue(page.selectFirst("link[rel=canonical]").attr("href").startsWith(BASE), path);
            assertEquals(1, page.select("link[rel=alternate][hreflang=x-default]").size(), path);
            assertNotNull(page.selectFirst("link[rel=alternate][type=application/atom+xml]"), path);
            assertNotNull(page.selectFirst("meta[name=description]"), path);
            assertEquals(1, page.select("h1").size(), path);
            assertNotNull(page.selectFirst("a.skip-link[href=#main]"), path);
            assertNotNull(page.selectFirst("main#main"), path);
            assertNotNull(page.selectFirst("nav.language-switcher"), path);
        }
    }

    @Test
    void listPageCanonicalPointsToThatPage() {
        Document page2 = html("economy/page/2/index.html");
        assertEquals(BASE + "economy/page/2/", page2.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("zh-CN", page2.selectFirst("html").attr("lang"));
    }

    @Test
    void sectionListsAreNewestFirstAndPaginated() {
        Document page1 = html("economy/index.html");
        assertEquals(List.of("/economy/a/", "/economy/b/"), page1.select(".article-list h2 a").eachAttr("href"));
        assertEquals("/economy/page/2/", page1.selectFirst(".pagination a[rel=next]").attr("href"));
        assertNull(page1.selectFirst(".pagination a[rel=prev]"));
        assertEquals("第1页，共2页", page1.selectFirst(".pagination .page-number").text());

        Document page2 = html("economy/page/2/index.html");
        assertEquals(List.of("/economy/c/"), page2.select(".article-list h2 a").eachAttr("href"));
        assertEquals("/economy/", page2.selectFirst(".pagination a[rel=prev]").attr("href"));
        assertEquals("/economy/", page2.selectFirst("link[rel=prev]").attr("href"));
    }

    @Test
    void homeListsNewestArticlesWithSectionNamesAndLinksEverySection() {
        Document home = html("index.html");
        assertEquals(List.of("/economy/a/", "/economy/b/", "/economy/c/", "/livelihood/d/"),
                home.select(".latest h3 a").eachAttr("href"));
        assertEquals("经济", home.selectFirst(".latest .meta a").text());
        assertEquals(List.of("/economy/", "/livelihood/"), home.select(".section-index a").eachAttr("href"));
        assertEquals("page", home.selectFirst(".site-nav a[href=/]").attr("aria-current"));
    }

    @Test
    void readMoreLinksNameTheirArticleToScreenReadersWithTheLanguagesColon() {
        Document zh = html("index.html");
        String title = zh.selectFirst(".latest h3 a").text();
        assertEquals("阅读全文：" + title, zh.selectFirst(".latest .read-more a").text());
        assertEquals("：" + title, zh.selectFirst(".latest .read-more .visually-hidden").text());
        Document en = html("en/index.html");
        assertEquals("Read more: " + en.selectFirst(".latest h3 a").text(), en.selectFirst(".latest .read-more a").text());
    }

    @Test
    void articleShowsKickerBylineDatesReadingTimeCoverTocTagsAndNeighbours() {
        Document article = html("economy/a/index.html");
        assertEquals("进博会期间", article.selectFirst(".kicker").text());
        assertEquals("河西区领导带队赴上海开展招商对接活动", article.selectFirst("h1").text());
        assertEquals("为区域产业高质量发展注入新动能", article.selectFirst(".subtitle").text());
        assertEquals(List.of("通讯员 岳志欣", "记者 李明"), article.select(".byline li").eachText());
        assertEquals("2025年11月20日", article.selectFirst(".published time").text());
        assertEquals("2025-11-20T00:00:00+08:00", article.selectFirst(".published time").attr("datetime"));
        assertEquals("2025年11月22日", article.selectFirst(".updated time").text());
        assertEquals("阅读约2分钟", article.selectFirst(".reading-time").text());
        Element cover = article.selectFirst("figure.cover img");
        assertEquals("/images/ciie.jpg", cover.attr("src"));
        assertEquals("进博会会场", cover.attr("alt"));
        assertEquals("进博会现场", article.selectFirst("figure.cover figcaption").text());
        assertEquals(List.of("#一", "#二", "#三"), article.select("nav.toc a").eachAttr("href"));
        assertEquals(List.of("/tags/红色物业/", "/tags/招商引资/"), article.select(".tags a").eachAttr("href"));
        assertEquals("/economy/b/", article.selectFirst(".prev-next .previous a").attr("href"));
        assertNull(article.selectFirst(".prev-next .next"));
        assertEquals("/en/economy/a/", article.selectFirst(".translations a[hreflang=en]").attr("href"));
        assertEquals("true", article.selectFirst(".site-nav a[href=/economy/]").attr("aria-current"));
        assertEquals("第八届进博会在上海举办。", article.selectFirst("meta[name=description]").attr("content"));
    }

    @Test
    void articleWithFewerThanThreeHeadingsHasNoTableOfContents() {
        assertNull(html("economy/b/index.html").selectFirst("nav.toc"));
    }

    @Test
    void englishArticleUsesEnglishStringsAndDates() {
        Document article = html("en/economy/a/index.html");
        assertEquals("en", article.selectFirst("html").attr("lang"));
        assertEquals("November 20, 2025", article.selectFirst(".published time").text());
        assertEquals("2 min read", article.selectFirst(".reading-time").text());
        assertEquals("Skip to content", article.selectFirst(".skip-link").text());
        assertEquals(List.of("/en/tags/red-property/"), article.select(".tags a").eachAttr("href"));
    }

    @Test
    void frontMatterTextIsEscaped() {
        String raw = result.sink().text("economy/b/index.html");
        assertTrue(raw.contains("&lt;script&gt;alert(1)&lt;/script&gt; 标题"), raw);
        Document article = html("economy/b/index.html");
        assertEquals("<script>alert(1)</script> 标题", article.selectFirst("h1").text());
        for (Document page : List.of(article, html("economy/index.html"))) {
            Elements scripts = page.select("script:not([type=application/ld+json])");
            assertEquals(2, scripts.size(), "only the theme's two scripts");
            assertTrue(scripts.get(0).data().startsWith("try{if(localStorage.getItem(\"broadsheet.largeText\")"),
                    scripts.get(0).data());
            assertEquals("/assets/broadsheet.js", scripts.get(1).attr("src"));
        }
    }

    @Test
    void bodyHtmlIsInsertedAsMarkup() {
        assertEquals("二", html("economy/a/index.html").selectFirst(".body h2#二").text());
    }

    @Test
    void aliasPagesRedirectToTheirTargetAndStayOutOfIndexes() {
        for (String path : List.of("old/a.html", "old/a/index.html")) {
            Document alias = html(path);
            assertEquals("0; url=" + BASE + "economy/a/", alias.selectFirst("meta[http-equiv=refresh]").attr("content"));
            assertEquals(BASE + "economy/a/", alias.selectFirst("link[rel=canonical]").attr("href"));
            assertEquals(BASE + "economy/a/", alias.selectFirst("main a").attr("href"));
            assertEquals("noindex", alias.selectFirst("meta[name=robots]").attr("content"));
        }
    }

    @Test
    void notFoundPageIsInDefaultLanguageAndLinksEveryHome() {
        Document page = html("404.html");
        assertEquals("zh-CN", page.selectFirst("html").attr("lang"));
        assertEquals(BASE + "404.html", page.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(List.of("/", "/en/"), page.select("ul.homes a").eachAttr("href"));
        assertEquals(List.of("中文", "English"), page.select("ul.homes .home-language").eachText(),
                "the theme's stylesheet puts each name in its language's brackets");
        assertEquals("noindex", page.selectFirst("meta[name=robots]").attr("content"));
    }

    @Test
    void notFoundPageSpeaksToReadersOfEveryLanguageAndOffersTheNewestArticles() {
        Document page = html("404.html");
        Element english = page.selectFirst("main [lang=en]");
        assertEquals("Page not found", english.selectFirst("h2").text());
        assertEquals("/en/", english.selectFirst("a").attr("href"));
        assertEquals(List.of("/economy/a/", "/economy/b/", "/economy/c/", "/livelihood/d/"),
                page.select(".latest h3 a").eachAttr("href"));
        assertEquals(List.of("/", "/economy/", "/livelihood/"), page.select(".not-found-sections a").eachAttr("href"));
    }

    @Test
    void largeTextSwitchIsHiddenUntilTheScriptShowsIt() {
        Element zh = html("index.html").selectFirst(".masthead button.large-text-toggle");
        assertTrue(zh.hasAttr("hidden"));
        assertEquals("false", zh.attr("aria-pressed"));
        assertEquals("大字", zh.text());
        assertEquals("Large text", html("en/index.html").selectFirst("button.large-text-toggle").text());
        String script = result.sink().text("assets/broadsheet.js");
        assertTrue(script.contains("button.hidden = false") && script.contains("localStorage"), script);
    }

    @Test
    void stylesheetIsLinkedAndMakesNoExternalRequests() {
        assertEquals("/assets/broadsheet.css", html("index.html").selectFirst("link[rel=stylesheet]").attr("href"));
        String css = result.sink().text("assets/broadsheet.css");
        assertTrue(!css.contains("url(") && !css.contains("@import"), "the stylesheet loads nothing");
    }
}
