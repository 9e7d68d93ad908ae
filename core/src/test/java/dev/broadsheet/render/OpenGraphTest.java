package dev.broadsheet.render;

import dev.broadsheet.config.IdentityConfig;
import dev.broadsheet.testing.SiteFiles;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Open Graph, the Twitter card and the robots hint, by kind of page. */
class OpenGraphTest {

    private static final String BASE = "https://news.example.org/";

    @TempDir
    static Path siteDir;

    private static MemorySink sink;

    @BeforeAll
    static void render() throws IOException {
        SiteFiles.writeBytes(siteDir, "static/images/ciie.jpg", image("jpeg", 1200, 800));
        SiteFiles.writeBytes(siteDir, "static/images/share.png", image("png", 1200, 630));
        IdentityConfig identity = new IdentityConfig(Map.of(), null, null, null,
                new IdentityConfig.ShareImage("/images/share.png", Map.of("zh", "河西新闻报头", "en", "The Hexi News nameplate")));
        sink = Rendering.render(Rendering.standard().identity(identity).build(), siteDir).sink();
    }

    static byte[] image(String format, int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    /** Every {@code meta[property]} and {@code meta[name]} of the page's head, as "key value", in order. */
    private static List<String> meta(String path) {
        Document page = sink.html(path, BASE);
        return page.select("head meta[property], head meta[name^=twitter:], head meta[name=robots]").stream()
                .map(OpenGraphTest::describe).toList();
    }

    private static String describe(Element meta) {
        return (meta.hasAttr("property") ? meta.attr("property") : meta.attr("name")) + " " + meta.attr("content");
    }

    @Test
    void anArticleHasTheArticleFieldsItsCoverWithItsSizeAndLargeImagePreviews() {
        assertEquals(List.of(
                "robots max-image-preview:large",
                "og:type article",
                "og:title 河西区领导带队赴上海开展招商对接活动",
                "og:description 第八届进博会在上海举办。",
                "og:url https://news.example.org/economy/a/",
                "og:site_name 河西新闻",
                "og:locale zh_CN",
                "og:locale:alternate en_US",
                "og:image https://news.example.org/images/ciie.jpg",
                "og:image:width 1200",
                "og:image:height 800",
                "og:image:alt 进博会会场",
                "article:published_time 2025-11-20T00:00:00+08:00",
                "article:modified_time 2025-11-22T10:30:00+08:00",
                "article:section 经济",
                "article:tag 红色物业",
                "article:tag 招商引资",
                "twitter:card summary_large_image"), meta("economy/a/index.html"));
    }

    @Test
    void anArticleWithoutCoverOrTranslationSharesTheSitesImageInItsLanguage() {
        List<String> zh = meta("economy/b/index.html");
        assertTrue(zh.stream().noneMatch(m -> m.startsWith("og:locale:alternate")), zh.toString());
        assertTrue(zh.contains("og:image https://news.example.org/images/share.png"), zh.toString());
        assertTrue(zh.contains("og:image:width 1200") && zh.contains("og:image:height 630"), zh.toString());
        assertTrue(zh.contains("og:image:alt 河西新闻报头"), zh.toString());
        assertTrue(zh.contains("article:modified_time 2025-11-19T00:00:00+08:00"), "no update: its date");
        List<String> en = meta("en/economy/a/index.html");
        assertTrue(en.contains("og:locale en_US") && en.contains("og:locale:alternate zh_CN"), en.toString());
        assertTrue(en.contains("og:image:alt The Hexi News nameplate"), en.toString());
        assertTrue(en.contains("article:section Economy") && en.contains("article:tag Red Property"), en.toString());
    }

    @Test
    void homesListsAndPagesGetTheWebsiteFields() {
        assertEquals(List.of(
                "og:type website",
                "og:title Hexi News",
                "og:description News from Hexi District",
                "og:url https://news.example.org/en/",
                "og:site_name Hexi News",
                "og:locale en_US",
                "og:locale:alternate zh_CN",
                "og:image https://news.example.org/images/share.png",
                "og:image:width 1200",
                "og:image:height 630",
                "og:image:alt The Hexi News nameplate",
                "twitter:card summary_large_image"), meta("en/index.html"));
        for (String path : List.of("economy/page/2/index.html", "tags/招商引资/index.html", "about/index.html")) {
            List<String> meta = meta(path);
            assertTrue(meta.contains("og:type website"), path + ": " + meta);
            assertTrue(meta.contains("og:url " + BASE + path.replace("index.html", "")), path + ": " + meta);
            assertTrue(meta.stream().noneMatch(m -> m.startsWith("article:") || m.startsWith("robots")), path + ": " + meta);
        }
    }

    @Test
    void pagesNotToBeIndexedTellAppsNothing() {
        for (String path : List.of("404.html", "old/a.html")) {
            assertEquals(List.of("robots noindex"), meta(path), path);
            assertTrue(sink.html(path, BASE).select("script[type=application/ld+json]").isEmpty(), path);
        }
    }

    @Test
    void withoutAnyImageThePageGetsTheSmallCard(@TempDir Path otherSite) {
        MemorySink plain = Rendering.render(Rendering.standard().build(), otherSite).sink();
        Document page = plain.html("economy/b/index.html", BASE);
        assertTrue(page.select("meta[property^=og:image]").isEmpty());
        assertEquals("summary", page.selectFirst("meta[name=twitter:card]").attr("content"));
    }
}
