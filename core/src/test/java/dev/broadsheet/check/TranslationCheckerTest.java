package dev.broadsheet.check;

import dev.broadsheet.config.IdentityConfig;
import dev.broadsheet.config.LanguageConfig;
import dev.broadsheet.config.MarkdownConfig;
import dev.broadsheet.config.Permalink;
import dev.broadsheet.config.PunctuationConfig;
import dev.broadsheet.config.SecurityConfig;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.content.Article;
import dev.broadsheet.content.Body;
import dev.broadsheet.content.Language;
import dev.broadsheet.content.Page;
import dev.broadsheet.content.Site;
import dev.broadsheet.diagnostics.Diagnostic;
import dev.broadsheet.diagnostics.Diagnostics;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TranslationCheckerTest {

    private static final LanguageConfig ZH = new LanguageConfig("zh", "zh-CN", "中文", "河西新闻", "");
    private static final LanguageConfig EN = new LanguageConfig("en", "en", "English", "Hexi News", "");

    private static Site site(List<Article> zhArticles, List<Page> zhPages, List<Article> enArticles,
                             List<Page> enPages) {
        SiteConfig config = new SiteConfig("https://news.example.org/", ZoneId.of("Asia/Shanghai"), "zh",
                Permalink.DEFAULT, 10, List.of(ZH, EN), List.of(), List.of(), MarkdownConfig.DEFAULT,
                SecurityConfig.DEFAULT, PunctuationConfig.DEFAULT, IdentityConfig.DEFAULT, true);
        return new Site(config, List.of(
                new Language(ZH, "", List.of(), zhArticles, zhPages, List.of()),
                new Language(EN, "en/", List.of(), enArticles, enPages, List.of())));
    }

    private static Article article(String language, String file, String translationKey) {
        return new Article("content/" + language + "/" + file, language, "economy", "economy/x/", "A title", null,
                null, ZonedDateTime.parse("2025-11-20T00:00:00+08:00"), null, List.of(), List.of(), null, "x",
                translationKey, false, null, List.of(), 0, Map.of(), new Body("", List.of(), 0, 1));
    }

    private static Page page(String language, String file, String translationKey) {
        return new Page("content/" + language + "/" + file, language, "about/", "About", null, null, null, null,
                List.of(), List.of(), null, "about", translationKey, false, null, List.of(), 0, Map.of(),
                new Body("", List.of(), 0, 1));
    }

    private static List<Diagnostic> check(Site site) {
        Diagnostics diagnostics = new Diagnostics();
        TranslationChecker.check(site, diagnostics);
        return diagnostics.all();
    }

    @Test
    void acceptsASiteWhereEveryDocumentIsTranslated() {
        Site site = site(
                List.of(article("zh", "economy/a.md", "economy/a")), List.of(page("zh", "about.md", "about")),
                List.of(article("en", "economy/a.md", "economy/a")), List.of(page("en", "about.md", "about")));
        assertEquals(List.of(), check(site));
    }

    @Test
    void warnsAtTheSourceOfAnArticleMissingInAnotherLanguage() {
        Site site = site(
                List.of(article("zh", "economy/a.md", "economy/a"), article("zh", "law/b.md", "law/b")), List.of(),
                List.of(article("en", "economy/a.md", "economy/a")), List.of());
        List<Diagnostic> problems = check(site);
        assertEquals(1, problems.size());
        Diagnostic warning = problems.get(0);
        assertTrue(!warning.isError());
        assertEquals("content/zh/law/b.md:1: warning: no English (en) translation: no file under content/en/ has"
                + " translationKey 'law/b'", warning.toString());
    }

    @Test
    void warnsInEachDirection() {
        Site site = site(
                List.of(), List.of(page("zh", "about.md", "about")),
                List.of(article("en", "economy/only-english.md", "economy/only-english")), List.of());
        List<String> files = check(site).stream().map(d -> d.position().file()).toList();
        assertEquals(List.of("content/en/economy/only-english.md", "content/zh/about.md"), files);
    }

    @Test
    void pairsDocumentsByTranslationKeyNotByFileName() {
        Site site = site(
                List.of(article("zh", "economy/2025-11-20-招商.md", "shanghai-mission")), List.of(),
                List.of(article("en", "economy/shanghai-investment-mission.md", "shanghai-mission")), List.of());
        assertEquals(List.of(), check(site));
    }
}
