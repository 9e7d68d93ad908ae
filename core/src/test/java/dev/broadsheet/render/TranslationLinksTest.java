package dev.broadsheet.render;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** hreflang alternates, x-default and the language switcher, for each kind of translation the format defines. */
class TranslationLinksTest {

    private static final String BASE = "https://news.example.org/";

    @TempDir
    static Path siteDir;

    private static MemorySink sink;

    @BeforeAll
    static void render() {
        sink = Rendering.render(Rendering.standard().build(), siteDir).sink();
    }

    /** The page's translations; an alternate with a type is another format of the site, a language's feed. */
    private static List<String> alternates(String path) {
        return sink.html(path, BASE).select("link[rel=alternate][hreflang]:not([type])").stream()
                .map(link -> link.attr("hreflang") + " " + link.attr("href")).toList();
    }

    private static String switcherTarget(String path, String language) {
        Document page = sink.html(path, BASE);
        return page.selectFirst("nav.language-switcher a[hreflang=" + language + "]").attr("href");
    }

    @Test
    void translatedArticleListsBothVersionsAndDefaultLanguageAsXDefault() {
        List<String> expected = List.of("zh-CN " + BASE + "economy/a/", "en " + BASE + "en/economy/a/",
                "x-default " + BASE + "economy/a/");
        assertEquals(expected, alternates("economy/a/index.html"));
        assertEquals(expected, alternates("en/economy/a/index.html"));
    }

    @Test
    void switcherOfTranslatedArticleLeadsToItsTranslation() {
        assertEquals("/en/economy/a/", switcherTarget("economy/a/index.html", "en"));
        assertEquals("/economy/a/", switcherTarget("en/economy/a/index.html", "zh-CN"));
    }

    @Test
    void untranslatedArticleHasOnlyItselfAndSwitcherLeadsToOtherHome() {
        assertEquals(List.of("zh-CN " + BASE + "economy/b/", "x-default " + BASE + "economy/b/"),
                alternates("economy/b/index.html"));
        assertEquals("/en/", switcherTarget("economy/b/index.html", "en"));
    }

    @Test
    void pageWithoutDefaultLanguageVersionIsItsOwnXDefault() {
        SiteFixture fixture = new SiteFixture();
        fixture.article("en", "economy", "only-en");
        MemorySink english = Rendering.render(fixture.build(), siteDir).sink();
        Document page = english.html("en/economy/only-en/index.html", BASE);
        assertEquals(BASE + "en/economy/only-en/",
                page.selectFirst("link[rel=alternate][hreflang=x-default]").attr("href"));
        assertEquals("/", page.selectFirst("nav.language-switcher a[hreflang=zh-CN]").attr("href"));
    }

    @Test
    void translatedStandalonePagesLinkEachOther() {
        assertEquals("/en/about/", switcherTarget("about/index.html", "en"));
        assertEquals("/en/", switcherTarget("contact/index.html", "en"));
    }

    @Test
    void homesAreTranslationsOfEachOther() {
        assertEquals(List.of("zh-CN " + BASE, "en " + BASE + "en/", "x-default " + BASE), alternates("en/index.html"));
        assertEquals("/en/", switcherTarget("index.html", "en"));
    }

    @Test
    void sectionPageTwoLeadsToPageOneWhereOtherLanguageHasOnlyOne() {
        assertEquals(List.of("zh-CN " + BASE + "economy/page/2/", "en " + BASE + "en/economy/",
                "x-default " + BASE + "economy/page/2/"), alternates("economy/page/2/index.html"));
        assertEquals("/en/economy/", switcherTarget("economy/page/2/index.html", "en"));
        assertEquals("/economy/", switcherTarget("en/economy/index.html", "zh-CN"));
    }

    @Test
    void sectionPageLeadsToSamePageNumberWhereOtherLanguageHasIt() {
        SiteFixture fixture = new SiteFixture();
        for (String language : List.of("zh", "en")) {
            for (int day = 1; day <= 3; day++) fixture.article(language, "economy", "s" + day).date(2025, 1, day);
        }
        MemorySink both = Rendering.render(fixture.build(), siteDir).sink();
        assertEquals("/en/economy/page/2/", both.html("economy/page/2/index.html", BASE)
                .selectFirst("nav.language-switcher a[hreflang=en]").attr("href"));
    }

    @Test
    void emptySectionStillHasItsListPageAndTranslation() {
        assertEquals("/livelihood/", switcherTarget("en/livelihood/index.html", "zh-CN"));
    }

    @Test
    void pairedTagPagesLinkEachOtherAndPageTwoFallsBackToPageOne() {
        assertEquals("/en/tags/red-property/", switcherTarget("tags/红色物业/index.html", "en"));
        assertEquals("/en/tags/red-property/", switcherTarget("tags/红色物业/page/2/index.html", "en"));
        assertEquals("/tags/红色物业/", switcherTarget("en/tags/red-property/index.html", "zh-CN"));
        assertEquals(List.of("zh-CN " + BASE + "tags/红色物业/", "en " + BASE + "en/tags/red-property/",
                "x-default " + BASE + "tags/红色物业/"), alternates("en/tags/red-property/index.html"));
    }

    @Test
    void unpairedTagPageLeadsToOtherHome() {
        assertEquals("/en/", switcherTarget("tags/招商引资/index.html", "en"));
        assertEquals(List.of("zh-CN " + BASE + "tags/招商引资/", "x-default " + BASE + "tags/招商引资/"),
                alternates("tags/招商引资/index.html"));
    }

    @Test
    void switcherMarksCurrentLanguageWithoutLinkingIt() {
        Document page = sink.html("en/economy/a/index.html", BASE);
        assertEquals("English", page.selectFirst("nav.language-switcher [aria-current]").text());
        assertEquals(1, page.select("nav.language-switcher a").size());
    }
}
