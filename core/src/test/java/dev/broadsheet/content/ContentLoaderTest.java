package dev.broadsheet.content;

import dev.broadsheet.BuildOptions;
import dev.broadsheet.Broadsheet;
import dev.broadsheet.testing.SiteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentLoaderTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;

    private Site load(String files) {
        return load(files, BuildOptions.defaults());
    }

    private Site load(String files, BuildOptions options) {
        SiteFiles.write(dir, SiteFiles.SITE_YAML + files);
        return Broadsheet.load(dir, options);
    }

    private static Article article(Site site, String language, String slug) {
        return site.language(language).articles().stream().filter(a -> a.slug().equals(slug)).findFirst().orElseThrow();
    }

    @Test
    void readsEveryFrontMatterKeyOfAnArticle() {
        Site site = load("""
                -- content/zh/economy/2025-11-20-investment.md --
                ---
                title: 河西区领导带队赴上海开展招商对接活动
                kicker: 引题
                subtitle: 为区域产业高质量发展注入新动能
                date: 2025-11-20
                updated: 2025-11-21T09:30:00+08:00
                authors:
                  - { role: 通讯员, name: 岳志欣 }
                  - 张嫚芮
                tags: [招商引资, 红色物业]
                summary: 一句话摘要。
                translationKey: shanghai-trip
                image: { src: /images/a.jpg, alt: 会场, caption: 研讨会现场 }
                aliases: [/old/a.html]
                weight: 3
                source: 河西报
                series: { name: 招商, part: 2 }
                ---
                第八届中国国际进口博览会在上海举办。
                """);
        Article a = article(site, "zh", "investment");
        assertEquals("content/zh/economy/2025-11-20-investment.md", a.sourcePath());
        assertEquals("economy", a.section());
        assertEquals("economy/investment/", a.path());
        assertEquals("河西区领导带队赴上海开展招商对接活动", a.title());
        assertEquals("引题", a.kicker());
        assertEquals("为区域产业高质量发展注入新动能", a.subtitle());
        assertEquals(ZonedDateTime.of(2025, 11, 20, 0, 0, 0, 0, SHANGHAI), a.date());
        assertEquals(ZonedDateTime.of(2025, 11, 21, 9, 30, 0, 0, SHANGHAI), a.updated());
        assertEquals(List.of(new Author("岳志欣", "通讯员"), new Author("张嫚芮", "")), a.authors());
        assertEquals(List.of("招商引资", "红色物业"), a.tags());
        assertEquals("一句话摘要。", a.summary());
        assertEquals("shanghai-trip", a.translationKey());
        assertEquals(new Image("/images/a.jpg", "会场", "研讨会现场"), a.image());
        assertEquals(List.of("/old/a.html"), a.aliases());
        assertEquals(3, a.weight());
        assertEquals(Map.of("source", "河西报", "series", Map.of("name", "招商", "part", 2L)), a.params());
    }

    @Test
    void appliesDefaultsForOptionalKeys() {
        Site site = load("""
                -- content/en/law/2025-02-01-model-district.md --
                ---
                title: A model district
                date: 2025-02-01
                ---
                Body.
                """);
        Article a = article(site, "en", "model-district");
        assertEquals("en/law/model-district/", a.path());
        assertEquals("law/2025-02-01-model-district", a.translationKey());
        assertEquals("", a.kicker());
        assertEquals(List.of(), a.authors());
        assertEquals(List.of(), a.tags());
        assertNull(a.updated());
        assertNull(a.image());
        assertEquals(0, a.weight());
        assertEquals(Map.of(), a.params());
    }

    @Test
    void takesDateTimesWithAnOffsetAsThatInstantInTheSiteZone() {
        Site site = load("""
                -- content/en/law/a.md --
                ---
                title: A
                date: 2025-02-01T00:30:00Z
                ---
                """);
        assertEquals(ZonedDateTime.of(2025, 2, 1, 8, 30, 0, 0, SHANGHAI), article(site, "en", "a").date());
    }

    @Test
    void pairsTranslationsByPathAndByTranslationKeyBothWays() {
        Site site = load("""
                -- content/zh/economy/a.md --
                ---
                title: 甲
                date: 2025-01-01
                ---
                -- content/en/economy/a.md --
                ---
                title: A
                date: 2025-01-01
                ---
                -- content/zh/economy/b.md --
                ---
                title: 乙
                date: 2025-01-02
                translationKey: story-b
                ---
                -- content/en/economy/other-name.md --
                ---
                title: B
                date: 2025-01-02
                translationKey: story-b
                ---
                -- content/en/economy/c.md --
                ---
                title: C only in English
                date: 2025-01-03
                ---
                """);
        assertEquals(List.of(article(site, "en", "a")), site.translations(article(site, "zh", "a")));
        assertEquals(List.of(article(site, "zh", "a")), site.translations(article(site, "en", "a")));
        assertEquals(article(site, "en", "other-name"), site.translation(article(site, "zh", "b"), "en").orElseThrow());
        assertEquals(article(site, "zh", "b"), site.translation(article(site, "en", "other-name"), "zh").orElseThrow());
        assertEquals(List.of(), site.translations(article(site, "en", "c")));
    }

    @Test
    void leavesDraftsOutUnlessAskedFor() {
        String files = """
                -- content/zh/economy/draft.md --
                ---
                title: 草稿
                date: 2025-01-01
                draft: true
                ---
                """;
        assertEquals(List.of(), load(files).language("zh").articles());
        assertEquals(1, load(files, BuildOptions.defaults().withDrafts(true)).language("zh").articles().size());
    }

    @Test
    void ordersNewestFirstWithWeightBreakingTiesWithinADay() {
        Site site = load("""
                -- content/zh/economy/old.md --
                ---
                title: 旧
                date: 2025-01-01
                weight: 100
                ---
                -- content/zh/economy/morning.md --
                ---
                title: 早
                date: 2025-01-02T08:00:00+08:00
                ---
                -- content/zh/economy/evening.md --
                ---
                title: 晚
                date: 2025-01-02T20:00:00+08:00
                ---
                -- content/zh/law/heavy.md --
                ---
                title: 重
                date: 2025-01-02T07:00:00+08:00
                weight: 5
                ---
                """);
        assertEquals(List.of("heavy", "evening", "morning", "old"),
                site.language("zh").articles().stream().map(Article::slug).toList());
        Section economy = site.section("zh", "economy").orElseThrow();
        assertEquals(List.of("evening", "morning", "old"), economy.articles().stream().map(Article::slug).toList());
        Article morning = article(site, "zh", "morning");
        assertEquals("old", site.previous(morning).orElseThrow().slug());
        assertEquals("evening", site.next(morning).orElseThrow().slug());
        assertTrue(site.next(article(site, "zh", "evening")).isEmpty());
    }

    @Test
    void groupsTagsBySlugAndPairsThemAcrossLanguages() {
        Site site = load("""
                -- content/zh/economy/a.md --
                ---
                title: 甲
                date: 2025-01-01
                tags: [红色物业, 招商引资]
                ---
                -- content/en/economy/a.md --
                ---
                title: A
                date: 2025-01-01
                tags: [Red Property, Investment Promotion]
                ---
                -- content/en/economy/b.md --
                ---
                title: B
                date: 2025-01-02
                tags: [red  property]
                ---
                """);
        Tag red = site.language("en").tags().stream().filter(t -> t.slug().equals("red-property")).findFirst()
                .orElseThrow();
        assertEquals("Red Property", red.name());
        assertEquals("en/tags/red-property/", red.path());
        assertEquals(List.of("b", "a"), red.articles().stream().map(Article::slug).toList());
        Tag zhRed = site.translation(red, "zh").orElseThrow();
        assertEquals("tags/红色物业/", zhRed.path());
        Tag investment = site.language("en").tags().stream().filter(t -> t.slug().equals("investment-promotion"))
                .findFirst().orElseThrow();
        assertTrue(site.translation(investment, "zh").isEmpty());
    }

    @Test
    void readsStandaloneAndDatelessPages() {
        Site site = load("""
                -- content/en/about.md --
                ---
                title: About
                ---
                We publish news.
                -- content/zh/about.md --
                ---
                title: 关于
                ---
                """);
        Page about = site.language("en").pages().get(0);
        assertEquals("en/about/", about.path());
        assertNull(about.date());
        assertEquals(List.of(about), site.translations(site.language("zh").pages().get(0)));
        assertEquals(List.of(), site.language("en").articles());
    }

    @Test
    void ignoresFilesWhoseNamesStartWithUnderscoreOrDot() {
        Site site = load("""
                -- content/zh/economy/_index.md --
                not content at all
                -- content/zh/economy/.draft.md --
                not content either
                -- content/zh/_notes/a.md --
                nor this
                """);
        assertEquals(List.of(), site.language("zh").articles());
    }

    @Test
    void acceptsAByteOrderMarkAndCrlfLineEndings() {
        SiteFiles.write(dir, SiteFiles.SITE_YAML);
        byte[] text = "\uFEFF---\r\ntitle: 标题\r\ndate: 2025-01-01\r\n---\r\n第一段\r\n第二行\r\n".getBytes(StandardCharsets.UTF_8);
        SiteFiles.writeBytes(dir, "content/zh/economy/a.md", text);
        Article a = Broadsheet.load(dir, BuildOptions.defaults()).language("zh").articles().get(0);
        assertEquals("标题", a.title());
        assertTrue(!a.body().html().contains("\r"), a.body().html());
    }

    @Test
    void overridesTheBaseUrlForPreviews() {
        Site site = load("", BuildOptions.defaults().withBaseUrl("https://preview.example.net/pr-7"));
        assertEquals("https://preview.example.net/pr-7/", site.config().baseUrl());
        assertEquals("/pr-7/", site.config().basePath());
    }
}
