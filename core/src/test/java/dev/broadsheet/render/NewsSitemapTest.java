package dev.broadsheet.render;

import dev.broadsheet.config.IdentityConfig;
import dev.broadsheet.content.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class NewsSitemapTest {

    private static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";
    private static final String BASE = "https://news.example.org/";

    @TempDir
    Path siteDir;

    private static String text(Element element, String name) {
        return element.getElementsByTagNameNS(NEWS, name).item(0).getTextContent();
    }

    @Test
    void holdsTheArticlesOfTheTwoDaysBeforeTheNewestInEveryLanguageNewestFirst() throws Exception {
        IdentityConfig identity = new IdentityConfig(Map.of("zh", "天津市河西区融媒体中心"), null, null, null, null);
        MemorySink sink = Rendering.render(Rendering.standard().identity(identity).build(), siteDir).sink();
        byte[] xml = sink.file("news-sitemap.xml").content();
        SitemapSchemas.validateUrlset(xml);
        Document news = AtomFeedTest.parse(xml);
        NodeList urls = news.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url");
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            entries.add(url.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc").item(0)
                    .getTextContent().substring(BASE.length()) + " | " + text(url, "name") + " | " + text(url, "language")
                    + " | " + text(url, "publication_date") + " | " + text(url, "title"));
        }
        // the newest is of 2025-11-20; 11-18 at midnight is just 48 hours before it, 11-17 is out
        assertEquals(List.of(
                "economy/a/ | 天津市河西区融媒体中心 | zh-cn | 2025-11-20T00:00:00+08:00 | 河西区领导带队赴上海开展招商对接活动",
                "en/economy/a/ | Hexi News | en | 2025-11-20T00:00:00+08:00 | Hexi leaders visit Shanghai",
                "economy/b/ | 天津市河西区融媒体中心 | zh-cn | 2025-11-19T00:00:00+08:00 | <script>alert(1)</script> 标题",
                "economy/c/ | 天津市河西区融媒体中心 | zh-cn | 2025-11-18T00:00:00+08:00 | 第三篇"), entries);
    }

    @Test
    void holdsAtMostAThousandArticles() {
        SiteFixture fixture = new SiteFixture();
        ZonedDateTime noon = ZonedDateTime.parse("2025-11-20T12:00:00+08:00[Asia/Shanghai]");
        for (int i = 0; i < 1100; i++) {
            fixture.article("zh", "economy", String.format(Locale.ROOT, "a%04d", i)).title("第" + i + "篇")
                    .date(noon.minusMinutes(i));
        }
        Site site = fixture.build();
        Urls urls = new Urls(site.config());
        SiteIdentity identity = new SiteIdentity(site.config().identity(),
                new ImageRefs(urls, new ImageSizes(siteDir), site.config().baseUrl()));
        List<String> recent = new NewsSitemap(site, urls, new Dates(Locale.ROOT, SiteFixture.SHANGHAI), identity)
                .recent().stream().map(a -> a.slug()).toList();
        assertEquals(1000, recent.size());
        assertEquals("a0000", recent.get(0));
        assertEquals("a0999", recent.get(999));
    }

    @Test
    void aSiteWithoutArticlesHasNone() {
        MemorySink sink = Rendering.render(new SiteFixture().page("zh", "about", "关于").build(), siteDir).sink();
        assertFalse(sink.files().containsKey("news-sitemap.xml"));
    }

    @Test
    void writesLanguagesAsGoogleNewsAndOpenGraphWantThem() {
        assertEquals(List.of("zh-cn", "zh-cn", "zh-tw", "zh-tw", "zh-tw", "zh-cn", "en", "en", "ja"),
                List.of("zh", "zh-CN", "zh-TW", "zh-Hant", "zh-HK", "zh-Hans-HK", "en", "en-GB", "ja-JP").stream()
                        .map(LocaleForms::googleNews).toList());
        assertEquals(List.of("zh_CN", "zh_CN", "zh_TW", "zh_TW", "en_US", "en_GB", "fr_FR", "pt_BR", "ja_JP"),
                List.of("zh", "zh-CN", "zh-Hant", "zh-TW", "en", "en-GB", "fr", "pt-BR", "ja").stream()
                        .map(LocaleForms::openGraph).toList());
    }
}
