package dev.broadsheet.example;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the builds the tests check are (set by the pom, see its failsafe configuration), and the pages that
 * stand for each page type of the theme.
 */
final class ExampleSite {

    /** The builds the tests check. */
    enum Build {
        /** The example site as `mvn package` builds it. */
        SITE("broadsheet.example.site"),
        /** The same site built with {@code paginate: 1}. */
        PAGED("broadsheet.example.pagedSite"),
        /** src/test/theme-fixture: the markup the example's articles lack (cover image, table, footnote…). */
        FIXTURE("broadsheet.example.themeFixture");

        private final String property;

        Build(String property) {
            this.property = property;
        }

        /** Where it is built. */
        Path root() {
            return path(property);
        }
    }

    /**
     * A page type in a language, and the page that shows it.
     *
     * @param name  {@code zh-article}: the screenshot's name
     * @param build the build the page is in
     * @param path  its site path
     */
    record PageType(String name, Build build, String path) {
    }

    /**
     * Every page type in both languages. No section of the example site has more than one article, so not even
     * the one-per-page copy has a section page 2: the list page 2 is a tag's, which the same pagination renders.
     * The search pages are shown here before a query (SearchIT shows them with results). The 404 page is one
     * page in the default language with a notice in English; it is shown at a missing Chinese and a missing
     * English address. The fixture's article shows what the example's cannot.
     */
    static final List<PageType> PAGE_TYPES = List.of(
            new PageType("zh-home", Build.SITE, "/"),
            new PageType("en-home", Build.SITE, "/en/"),
            new PageType("zh-article", Build.SITE, "/law/law-based-government/"),
            new PageType("en-article", Build.SITE, "/en/law/law-based-government/"),
            new PageType("zh-article-kicker", Build.SITE, "/governance/red-property/"),
            new PageType("en-article-kicker", Build.SITE, "/en/governance/red-property/"),
            new PageType("zh-page", Build.SITE, "/about/"),
            new PageType("en-page", Build.SITE, "/en/about/"),
            new PageType("zh-section", Build.SITE, "/economy/"),
            new PageType("en-section", Build.SITE, "/en/economy/"),
            new PageType("zh-list-page-2", Build.PAGED, "/tags/营商环境/page/2/"),
            new PageType("en-list-page-2", Build.PAGED, "/en/tags/business-environment/page/2/"),
            new PageType("zh-tag", Build.SITE, "/tags/基层治理/"),
            new PageType("en-tag", Build.SITE, "/en/tags/community-governance/"),
            new PageType("zh-search", Build.SITE, "/search/"),
            new PageType("en-search", Build.SITE, "/en/search/"),
            new PageType("zh-404", Build.SITE, "/no-such-page/"),
            new PageType("en-404", Build.SITE, "/en/no-such-page/"),
            new PageType("zh-fixture-article", Build.FIXTURE, "/notes/markup/"),
            new PageType("en-fixture-article", Build.FIXTURE, "/en/notes/markup/"));

    private ExampleSite() {
    }

    /** The example site as `mvn package` builds it. */
    static Path site() {
        return Build.SITE.root();
    }

    /** The example site's site.yaml. */
    static Path siteYaml() {
        return path("broadsheet.example.siteYaml");
    }

    /** The analysis test vectors of docs/search.md, which the search script must pass. */
    static Path searchVectors() {
        return path("broadsheet.example.searchVectors");
    }

    /** Where screenshots go. */
    static Path screenshots() {
        return path("broadsheet.example.screenshots");
    }

    /** The newspaper page the example articles come from; it may be absent. */
    static Path seed() {
        return path("broadsheet.example.seed");
    }

    /** The site path of every HTML page of a build: {@code /}, {@code /en/about/}, {@code /404.html}. */
    static List<String> htmlPages(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".html"))
                    .map(f -> "/" + root.relativize(f).toString().replace('\\', '/'))
                    .map(p -> p.endsWith("/index.html") ? p.substring(0, p.length() - "index.html".length()) : p)
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file behind a site path of a build. */
    static Path file(Path root, String sitePath) {
        String relative = sitePath.substring(1);
        return root.resolve(relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative);
    }

    private static Path path(String property) {
        String value = System.getProperty(property);
        if (value == null) throw new IllegalStateException(property + " is not set: run the tests with `mvn verify`");
        return Path.of(value);
    }
}
