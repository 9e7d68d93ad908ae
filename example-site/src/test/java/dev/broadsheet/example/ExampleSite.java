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

    /**
     * A page type in a language, and the page that shows it.
     *
     * @param name  {@code zh-article}: the screenshot's name
     * @param paged whether the page is in the copy built with one article per list page
     * @param path  its site path
     */
    record PageType(String name, boolean paged, String path) {
        String language() {
            return name.substring(0, 2);
        }
    }

    /**
     * Every page type in both languages. No section of the example site has more than one article, so not even
     * the one-per-page copy has a section page 2: the list page 2 is a tag's, which the same pagination renders.
     * The 404 page is one page in the default language with a notice in English; it is shown at a missing
     * Chinese and a missing English address.
     */
    static final List<PageType> PAGE_TYPES = List.of(
            new PageType("zh-home", false, "/"),
            new PageType("en-home", false, "/en/"),
            new PageType("zh-article", false, "/law/law-based-government/"),
            new PageType("en-article", false, "/en/law/law-based-government/"),
            new PageType("zh-article-kicker", false, "/governance/red-property/"),
            new PageType("en-article-kicker", false, "/en/governance/red-property/"),
            new PageType("zh-page", false, "/about/"),
            new PageType("en-page", false, "/en/about/"),
            new PageType("zh-section", false, "/economy/"),
            new PageType("en-section", false, "/en/economy/"),
            new PageType("zh-list-page-2", true, "/tags/营商环境/page/2/"),
            new PageType("en-list-page-2", true, "/en/tags/business-environment/page/2/"),
            new PageType("zh-tag", false, "/tags/基层治理/"),
            new PageType("en-tag", false, "/en/tags/community-governance/"),
            new PageType("zh-404", false, "/no-such-page/"),
            new PageType("en-404", false, "/en/no-such-page/"));

    private ExampleSite() {
    }

    /** The example site as `mvn package` builds it. */
    static Path site() {
        return path("broadsheet.example.site");
    }

    /** The same site built with {@code paginate: 1}. */
    static Path pagedSite() {
        return path("broadsheet.example.pagedSite");
    }

    /** The example site's site.yaml. */
    static Path siteYaml() {
        return path("broadsheet.example.siteYaml");
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
