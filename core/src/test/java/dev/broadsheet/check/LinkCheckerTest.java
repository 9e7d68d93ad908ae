package dev.broadsheet.check;

import dev.broadsheet.diagnostics.Diagnostic;
import dev.broadsheet.diagnostics.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkCheckerTest {

    private final Map<String, byte[]> site = new LinkedHashMap<>();

    private void page(String path, String html) {
        site.put(path, html.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> check(String baseUrl, Set<String> staticFiles) {
        Diagnostics diagnostics = new Diagnostics();
        LinkChecker.check(site, staticFiles, baseUrl, diagnostics);
        assertTrue(diagnostics.all().stream().allMatch(Diagnostic::isError), "link problems are errors");
        return diagnostics.all().stream().map(Diagnostic::toString).toList();
    }

    private List<String> check() {
        return check("https://news.example.org/", Set.of());
    }

    @Test
    void acceptsLinksToBuiltPagesAndFiles() {
        page("index.html", """
                <a href="/">home</a> <a href="/economy/">economy</a> <a href="/economy/a/">a</a>
                <a href="/economy/a">without slash</a> <a href="/feed.xml">feed</a>
                <a href="/economy/a/#comments">fragment</a> <a href="/economy/?page=1">query</a>
                """);
        page("economy/index.html", "<a href=\"a/\">relative</a> <a href=\"../\">up</a> <a href=\"./a/index.html\">");
        page("economy/a/index.html", "<a href=\"#top\">top</a> <a href=\"\">self</a>");
        page("feed.xml", "<feed/>");
        assertEquals(List.of(), check());
    }

    @Test
    void reportsABrokenLinkAtThePageThatHoldsIt() {
        page("index.html", "<p>\n<a href=\"/no/such/page/\">x</a>");
        assertEquals(List.of("index.html:2:10: broken link to /no/such/page/: nothing is built at /no/such/page/"),
                check());
    }

    @Test
    void checksLinksInEveryPartOfThePageNotJustTheBody() {
        page("index.html", """
                <link rel="stylesheet" href="/theme.css">
                <nav><a href="/missing-section/">section</a></nav>
                <main><a href="/">home</a></main>
                """);
        List<String> problems = check();
        assertEquals(2, problems.size());
        assertTrue(problems.get(0).startsWith("index.html:1:30: broken link to /theme.css"), problems.get(0));
        assertTrue(problems.get(1).startsWith("index.html:2:15: broken link to /missing-section/"), problems.get(1));
    }

    @Test
    void findsFilesInStatic() {
        page("index.html", "<img src=\"/images/a.jpg\" alt=\"\"><link rel=\"icon\" href=\"/favicon.ico\">");
        assertEquals(List.of(), check("https://news.example.org/", Set.of("images/a.jpg", "favicon.ico")));
    }

    @Test
    void reportsAReferencedFileThatIsNeitherBuiltNorStatic() {
        page("index.html", "<img src=\"/images/missing.jpg\" alt=\"\" srcset=\"/images/a.jpg 1x, /images/b.jpg 2x\">");
        assertEquals(List.of(
                "index.html:1:11: missing file /images/missing.jpg: it is neither built nor in static/",
                "index.html:1:65: missing file /images/b.jpg: it is neither built nor in static/"),
                check("https://news.example.org/", Set.of("images/a.jpg")));
    }

    @Test
    void treatsAbsoluteUrlsUnderTheBaseUrlAsInternal() {
        page("index.html", """
                <link rel="canonical" href="https://news.example.org/">
                <link rel="alternate" hreflang="en" href="https://news.example.org/en/">
                """);
        List<String> problems = check();
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("index.html:2:43: broken link to https://news.example.org/en/"));
    }

    @Test
    void leavesExternalLinksAndOtherSchemesAlone() {
        page("index.html", """
                <a href="https://example.com/x/">x</a> <a href="//cdn.example.com/y.js">y</a>
                <a href="mailto:news@example.org">mail</a> <a href="tel:+86-22-0000">tel</a>
                <img src="data:image/png;base64,AAAA" alt="">
                """);
        assertEquals(List.of(), check());
    }

    @Test
    void resolvesSitePathsUnderTheBasePathOfAProjectSite() {
        page("index.html", """
                <a href="/news/economy/">ok</a> <a href="/news/">home</a> <a href="/news">home too</a>
                <a href="https://example.github.io/news/economy/">absolute</a>
                <a href="/economy/">forgot the base path</a>
                """);
        page("economy/index.html", "<a href=\"../\">up</a>");
        List<String> problems = check("https://example.github.io/news/", Set.of());
        assertEquals(List.of("index.html:3:10: broken link to /economy/: it leads out of the site, whose pages are"
                + " all under /news/"), problems);
    }

    @Test
    void matchesPercentEncodedAndRawUnicodePaths() {
        page("index.html", "<a href=\"/tags/%E7%BA%A2%E8%89%B2%E7%89%A9%E4%B8%9A/\">a</a> <a href=\"/tags/红色物业/\">b</a>");
        page("tags/红色物业/index.html", "");
        assertEquals(List.of(), check());
    }

    @Test
    void reportsARelativeLinkThatClimbsAboveTheRoot() {
        page("index.html", "<a href=\"../../x/\">x</a>");
        assertEquals(1, check().size());
    }

    @Test
    void checksTheTargetOfAliasRedirects() {
        page("old/a.html", "<meta http-equiv=\"refresh\" content=\"0; url=/economy/gone/\">");
        assertEquals(1, check().size());
    }

    @Test
    void readsOnlyHtmlFiles() {
        page("feed.xml", "<link href=\"/nowhere/\"/>");
        assertEquals(List.of(), check());
    }

    @Test
    void normalizesDotSegments() {
        assertEquals("en/b/", LinkChecker.normalize("en/a/../b/"));
        assertEquals("", LinkChecker.normalize(""));
        assertEquals("a/", LinkChecker.normalize("a/."));
        assertNull(LinkChecker.normalize("../a"));
    }

    @Test
    void listsStaticFilesWithForwardSlashes(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("images/2025"));
        Files.writeString(dir.resolve("images/2025/a.jpg"), "x");
        Files.writeString(dir.resolve("robots.txt"), "x");
        assertEquals(Set.of("images/2025/a.jpg", "robots.txt"), LinkChecker.filesUnder(dir));
        assertEquals(Set.of(), LinkChecker.filesUnder(dir.resolve("no-such-folder")));
    }
}
