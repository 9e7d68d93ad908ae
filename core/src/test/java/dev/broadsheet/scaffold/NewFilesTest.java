package dev.broadsheet.scaffold;

import dev.broadsheet.Broadsheet;
import dev.broadsheet.BuildOptions;
import dev.broadsheet.NewContent;
import dev.broadsheet.diagnostics.BuildException;
import dev.broadsheet.diagnostics.Diagnostic;
import dev.broadsheet.testing.SiteFiles;
import dev.broadsheet.testing.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code Broadsheet.newContent}: one file per language, named alike so that they pair up, dated in the site's
 * time zone, marked as drafts; and every problem named before anything is written.
 */
class NewFilesTest {

    /** 17:30 UTC on 2 December is 01:30 on 3 December in Shanghai, the site's time zone. */
    private static final Instant EVENING_IN_UTC = Instant.parse("2025-12-02T17:30:00Z");

    @TempDir
    Path site;

    private List<String> create(String path) {
        return create(NewContent.of(path));
    }

    private List<String> create(NewContent request) {
        return Broadsheet.newContent(site, request.at(EVENING_IN_UTC)).stream()
                .map(file -> site.relativize(file).toString().replace('\\', '/')).toList();
    }

    private List<String> errors(NewContent request) {
        BuildException e = assertThrows(BuildException.class, () -> create(request));
        return e.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void createsAnArticleInEveryLanguageNamedForTheDayInTheSiteTimeZone() {
        SiteFiles.write(site, SiteFiles.SITE_YAML);

        assertEquals(List.of("content/zh/economy/2025-12-03-port-opens.md", "content/en/economy/2025-12-03-port-opens.md"),
                create("economy/port-opens"));

        assertEquals("""
                ---
                title: "标题待定：port-opens"
                date: 2025-12-03T01:30:00+08:00
                draft: true
                ---

                """, SiteFiles.read(site.resolve("content/zh/economy/2025-12-03-port-opens.md")));
        assertEquals("""
                ---
                title: "Title to come: port-opens"
                date: 2025-12-03T01:30:00+08:00
                draft: true
                ---

                """, SiteFiles.read(site.resolve("content/en/economy/2025-12-03-port-opens.md")));
    }

    @Test
    void theNewArticlesBuildAsTranslationsOfEachOtherWithDraftsOnly(@TempDir Path out) throws Exception {
        SiteFiles.write(site, SiteFiles.SITE_YAML);
        create("economy/port-opens");

        Broadsheet.build(site, out, BuildOptions.defaults().withDrafts(true));
        String zh = Files.readString(out.resolve("economy/port-opens/index.html"));
        assertTrue(zh.contains("标题待定：port-opens"), zh);
        assertTrue(zh.contains("hreflang=\"en\" href=\"https://news.example.org/en/economy/port-opens/\""), zh);
        assertTrue(Files.isRegularFile(out.resolve("en/economy/port-opens/index.html")));

        Path published = out.resolveSibling("published");
        Broadsheet.build(site, published, BuildOptions.defaults());
        assertFalse(Files.exists(published.resolve("economy/port-opens/index.html")), "a draft was published");
    }

    @Test
    void aNameWithoutSectionMakesAStandalonePageInEveryLanguage(@TempDir Path out) throws Exception {
        SiteFiles.write(site, SiteFiles.SITE_YAML);

        assertEquals(List.of("content/zh/contact.md", "content/en/contact.md"), create("contact"));
        assertEquals("""
                ---
                title: "Title to come: contact"
                draft: true
                ---

                """, SiteFiles.read(site.resolve("content/en/contact.md")));

        Broadsheet.build(site, out, BuildOptions.defaults().withDrafts(true));
        assertTrue(Files.isRegularFile(out.resolve("contact/index.html")));
        assertTrue(Files.isRegularFile(out.resolve("en/contact/index.html")));
    }

    @Test
    void aLanguageGivenMakesTheFileInThatLanguageOnly() {
        SiteFiles.write(site, SiteFiles.SITE_YAML);

        assertEquals(List.of("content/en/law/2025-12-03-court-week.md"),
                create(NewContent.of("law/court-week").inLanguage("en")));
        assertFalse(Files.exists(site.resolve("content/zh/law")));
    }

    @Test
    void anUndeclaredSectionIsNamedAndNothingIsWritten() {
        SiteFiles.write(site, SiteFiles.SITE_YAML);
        Map<String, String> before = Trees.snapshot(site);

        assertEquals(List.of("content/zh/sport/: section 'sport' is not declared in site.yaml "
                + "(sections: economy, law)"), errors(NewContent.of("sport/final")));
        assertEquals(before, Trees.snapshot(site));
        assertFalse(Files.exists(site.resolve("content")), "a folder was made");
    }

    @Test
    void aNameThatIsNotASlugIsNamedWithASuggestion() {
        SiteFiles.write(site, SiteFiles.SITE_YAML);

        assertEquals(List.of("content/zh/economy/2025-12-03-Port Opens.md: 'Port Opens' is not a valid slug: use "
                + "lowercase letters a-z, digits and '-', starting with a letter or digit (e.g. 'port-opens')"),
                errors(NewContent.of("economy/Port Opens")));
        assertFalse(Files.exists(site.resolve("content")));
    }

    @Test
    void everyProblemOfOneRequestIsReportedAtOnce() {
        SiteFiles.write(site, SiteFiles.SITE_YAML);

        List<String> errors = errors(NewContent.of("sport/Final!"));
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("content/zh/sport/: section 'sport'"), errors.toString());
        assertTrue(errors.get(1).contains("'Final!' is not a valid slug"), errors.toString());
    }

    @Test
    void aFileThatExistsInOneLanguageStopsTheOtherLanguagesToo() {
        SiteFiles.write(site, SiteFiles.SITE_YAML + """
                -- content/en/economy/2025-12-03-port-opens.md --
                already written by hand
                """);
        Map<String, String> before = Trees.snapshot(site);

        assertEquals(List.of("content/en/economy/2025-12-03-port-opens.md: exists already"),
                errors(NewContent.of("economy/port-opens")));
        assertEquals(before, Trees.snapshot(site));
    }

    @Test
    void anExistingPageIsNotOverwritten() {
        SiteFiles.write(site, SiteFiles.SITE_YAML + """
                -- content/zh/about.md --
                ---
                title: 关于
                ---
                """);

        assertEquals(List.of("content/zh/about.md: exists already"), errors(NewContent.of("about")));
        assertFalse(Files.exists(site.resolve("content/en/about.md")));
    }

    @Test
    void anArticleOfTheSameSlugFromAnotherDayIsAnError() {
        SiteFiles.write(site, SiteFiles.SITE_YAML + """
                -- content/zh/economy/2025-11-20-port-opens.md --
                ---
                title: 港口开放
                date: 2025-11-20
                ---
                """);

        assertEquals(List.of("content/zh/economy/2025-11-20-port-opens.md: has the slug 'port-opens' already, so a "
                + "new article with it would get the same URL; choose another slug"),
                errors(NewContent.of("economy/port-opens")));
        assertFalse(Files.exists(site.resolve("content/en")));
    }

    @Test
    void anUndeclaredLanguageIsNamed() {
        SiteFiles.write(site, SiteFiles.SITE_YAML);

        assertEquals(List.of("content/fr/: language 'fr' is not declared in site.yaml (languages: zh, en)"),
                errors(NewContent.of("economy/port-opens").inLanguage("fr")));
    }

    @Test
    void aPathOfAnotherShapeIsAnError() {
        SiteFiles.write(site, SiteFiles.SITE_YAML);

        for (String path : List.of("economy/2025/port", "economy/", "/about", "")) {
            assertEquals(List.of("content/zh/: '" + path + "' is neither <section>/<slug> (an article) nor <name> "
                    + "(a page)"), errors(NewContent.of(path)), path);
        }
    }

    @Test
    void aPageMayNotTakeTheNameOfASection() {
        SiteFiles.write(site, SiteFiles.SITE_YAML);

        assertEquals(List.of("content/zh/economy.md: 'economy' is a section: a page of that name would get the URL "
                + "of the section's list; choose another name"), errors(NewContent.of("economy")));
    }

    @Test
    void aSiteScaffoldForOneLanguageComesBeforeTheOneForAllLanguages() {
        SiteFiles.write(site, SiteFiles.SITE_YAML + """
                -- scaffolds/article.md --
                ---
                title: "${title}"
                date: ${date}
                draft: true
                authors: [编辑部]
                tags: [${section}]
                ---

                <!-- ${language}/${section}/${slug} -->
                -- scaffolds/en/article.md --
                ---
                title: "${title}"
                date: ${date}
                draft: true
                authors: [Newsroom]
                ---
                """);

        create("economy/port-opens");

        assertEquals("""
                ---
                title: "标题待定：port-opens"
                date: 2025-12-03T01:30:00+08:00
                draft: true
                authors: [编辑部]
                tags: [economy]
                ---

                <!-- zh/economy/port-opens -->
                """, SiteFiles.read(site.resolve("content/zh/economy/2025-12-03-port-opens.md")));
        assertTrue(SiteFiles.read(site.resolve("content/en/economy/2025-12-03-port-opens.md"))
                .contains("authors: [Newsroom]"));
    }

    @Test
    void anUnknownPlaceholderInAScaffoldIsAnErrorAtItsLineAndColumn() {
        SiteFiles.write(site, SiteFiles.SITE_YAML + """
                -- scaffolds/page.md --
                ---
                title: "${titel}"
                ---
                """);

        assertEquals(List.of("scaffolds/page.md:2:9: unknown placeholder ${titel} (a scaffold may use ${title}, "
                + "${date}, ${slug}, ${section}, ${language})"), errors(NewContent.of("contact")));
        assertFalse(Files.exists(site.resolve("content")));
    }
}
