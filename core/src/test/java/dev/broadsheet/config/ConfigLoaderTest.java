package dev.broadsheet.config;

import dev.broadsheet.diagnostics.Diagnostic;
import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.testing.SiteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    private SiteConfig load(String yaml) {
        SiteFiles.writeFile(dir, "site.yaml", yaml);
        Diagnostics diagnostics = new Diagnostics();
        SiteConfig config = ConfigLoader.load(dir, diagnostics).orElse(null);
        assertEquals(List.of(), diagnostics.all());
        return config;
    }

    private List<String> errors(String yaml) {
        SiteFiles.writeFile(dir, "site.yaml", yaml);
        Diagnostics diagnostics = new Diagnostics();
        assertTrue(ConfigLoader.load(dir, diagnostics).isEmpty());
        return diagnostics.errors().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void readsEveryKeyOfAFullConfiguration() {
        SiteConfig config = load("""
                baseUrl: https://news.example.org/
                timeZone: Asia/Shanghai
                defaultLanguage: zh
                permalink: /:year/:month/:slug/
                paginate: 5
                languages:
                  zh:
                    locale: zh-CN
                    name: 中文
                    title: 河西新闻
                    description: 天津市河西区新闻
                  en:
                    locale: en
                    name: English
                    title: Hexi News
                sections:
                  economy: { zh: 经济, en: Economy }
                  livelihood: { zh: 民生, en: Livelihood }
                tags:
                  red-property: { zh: 红色物业, en: Red Property }
                markdown:
                  rawHtml: true
                punctuation:
                  halfWidth: true
                  brackets: false
                  ellipsis: true
                  quotes: false
                """);
        assertEquals("https://news.example.org/", config.baseUrl());
        assertEquals(ZoneId.of("Asia/Shanghai"), config.timeZone());
        assertEquals("zh", config.defaultLanguage());
        assertEquals("/:year/:month/:slug/", config.permalink().pattern());
        assertEquals(5, config.paginate());
        assertEquals(List.of("zh", "en"), config.languages().stream().map(LanguageConfig::key).toList());
        assertEquals(new LanguageConfig("zh", "zh-CN", "中文", "河西新闻", "天津市河西区新闻"), config.languages().get(0));
        assertEquals(List.of("economy", "livelihood"), config.sections().stream().map(SectionConfig::key).toList());
        assertEquals("经济", config.sections().get(0).name("zh"));
        assertEquals(new TagPairing("red-property", Map.of("zh", "红色物业", "en", "Red Property")), config.tags().get(0));
        assertTrue(config.markdown().rawHtml());
        assertEquals(new PunctuationConfig(true, false, true, false), config.punctuation());
    }

    @Test
    void appliesTheDocumentedDefaults() {
        SiteConfig config = load("""
                baseUrl: https://example.org/
                defaultLanguage: en
                languages:
                  en: { title: Example }
                """);
        assertEquals(Permalink.DEFAULT, config.permalink());
        assertEquals(10, config.paginate());
        assertEquals(ZoneId.of("Asia/Shanghai"), config.timeZone(), "the site format's default");
        assertEquals(List.of(), config.sections());
        assertFalse(config.markdown().rawHtml());
        assertEquals(PunctuationConfig.DEFAULT, config.punctuation());
        assertEquals("en", config.languages().get(0).locale());
        assertTrue(config.search(), "search is on unless turned off");
    }

    @Test
    void turnsSearchOffAndKeepsItOffUnderAnotherBaseUrl() {
        SiteConfig config = load("""
                baseUrl: https://example.org/
                defaultLanguage: en
                languages: { en: { title: Example } }
                search: false
                """);
        assertFalse(config.search());
        assertFalse(config.withBaseUrl("https://preview.example.org/").search());
    }

    @Test
    void reportsASearchValueThatIsNotABoolean() {
        List<String> errors = errors("""
                baseUrl: https://example.org/
                defaultLanguage: en
                languages: { en: { title: Example } }
                search: sometimes
                """);
        assertEquals(List.of("site.yaml:4:9: search: expected true or false"), errors);
    }

    @Test
    void reportsSectionKeysThatClashWithTheSearchPageOrItsIndex() {
        List<String> errors = errors("""
                baseUrl: https://example.org/
                defaultLanguage: en
                languages: { en: { title: Example } }
                sections:
                  search: Search
                  search-index: Index
                """);
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("site.yaml:5:3: sections: 'search' is reserved"), errors.get(0));
        assertTrue(errors.get(1).startsWith("site.yaml:6:3: sections: 'search-index' is reserved"), errors.get(1));
    }

    @Test
    void keepsThePathOfABaseUrlForProjectSites() {
        SiteConfig config = load("""
                baseUrl: https://example.github.io/news
                defaultLanguage: en
                languages: { en: { title: Example } }
                """);
        assertEquals("https://example.github.io/news/", config.baseUrl());
        assertEquals("/news/", config.basePath());
    }

    @Test
    void reportsAnUnknownKeyWithItsPositionAndTheLikelyKey() {
        List<String> errors = errors("""
                baseUrl: https://example.org/
                defaultLanguage: en
                paginat: 5
                languages: { en: { title: Example } }
                """);
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith("site.yaml:3:1: unknown key 'paginat' (did you mean 'paginate'?)"),
                errors.get(0));
    }

    @Test
    void reportsAnUnknownPunctuationRuleAndAValueThatIsNotABoolean() {
        List<String> errors = errors("""
                baseUrl: https://example.org/
                defaultLanguage: en
                languages: { en: { title: Example } }
                punctuation:
                  quote: false
                  ellipsis: sometimes
                """);
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("site.yaml:5:3: unknown key 'punctuation.quote' (did you mean 'quotes'?)"),
                errors.get(0));
        assertTrue(errors.get(1).startsWith("site.yaml:6:13: punctuation.ellipsis: expected true or false"),
                errors.get(1));
    }

    @Test
    void reportsUnknownKeysInsideLanguagesAndSections() {
        List<String> errors = errors("""
                baseUrl: https://example.org/
                defaultLanguage: en
                languages:
                  en: { title: Example, lcoale: en-GB }
                sections:
                  news: { en: News, fr: Nouvelles }
                """);
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("site.yaml:4:25: unknown key 'languages.en.lcoale' (did you mean 'locale'?)"),
                errors.get(0));
        assertTrue(errors.get(1).startsWith("site.yaml:6:21: unknown key 'sections.news.fr'"), errors.get(1));
    }

    @Test
    void reportsEveryMissingRequiredKeyAtOnce() {
        List<String> errors = errors("""
                timeZone: Asia/Shanghai
                """);
        assertEquals(List.of("site.yaml:1:1: baseUrl: required", "site.yaml:1:1: defaultLanguage: required",
                "site.yaml:1:1: languages: required"), errors);
    }

    @Test
    void reportsWrongValuesWhereTheyAre() {
        List<String> errors = errors("""
                baseUrl: news.example.org
                timeZone: Mars/Olympus
                defaultLanguage: fr
                paginate: many
                permalink: /:section/:title/
                languages:
                  en: { title: Example }
                """);
        assertEquals(List.of(
                "site.yaml:1:10: baseUrl: must be an absolute http(s) URL such as https://news.example.org/, not 'news.example.org'",
                "site.yaml:2:11: timeZone: unknown time zone 'Mars/Olympus' (use an IANA name such as Asia/Shanghai)",
                "site.yaml:3:18: defaultLanguage: 'fr' is not one of the languages (en)",
                "site.yaml:4:11: paginate: expected a whole number",
                "site.yaml:5:12: permalink: unknown token :title (known: :section :slug :year :month :day)"), errors);
    }

    @Test
    void reportsInvalidYamlAtTheProblem() {
        List<String> errors = errors("""
                baseUrl: https://example.org/
                languages: { en: { title: Example }
                defaultLanguage: en
                """);
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith("site.yaml:3:"), errors.get(0));
        assertTrue(errors.get(0).contains("invalid YAML"), errors.get(0));
    }

    @Test
    void reportsAMissingSiteYaml() {
        Diagnostics diagnostics = new Diagnostics();
        assertTrue(ConfigLoader.load(dir, diagnostics).isEmpty());
        assertTrue(diagnostics.errors().get(0).toString().startsWith("site.yaml:1: no site.yaml in "));
    }

    @Test
    void expandsPermalinkTokens() {
        var date = java.time.ZonedDateTime.of(2025, 3, 7, 0, 0, 0, 0, ZoneId.of("Asia/Shanghai"));
        assertEquals("economy/a/", Permalink.DEFAULT.expand("economy", "a", date));
        assertEquals("2025/03/07/a/", new Permalink("/:year/:month/:day/:slug/").expand("economy", "a", date));
        assertEquals("news/a/", new Permalink("news/:slug").expand("economy", "a", date));
    }
}
