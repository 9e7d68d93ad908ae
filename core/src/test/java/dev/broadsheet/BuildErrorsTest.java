package dev.broadsheet;

import dev.broadsheet.diagnostics.BuildException;
import dev.broadsheet.diagnostics.Diagnostic;
import dev.broadsheet.testing.SiteFiles;
import dev.broadsheet.testing.Trees;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every error the site format names stops the build with {@code path:line[:column]: message}, and leaves the
 * output of the previous, good build exactly as it was.
 */
class BuildErrorsTest {

    private static final String GOOD = SiteFiles.SITE_YAML + """
            -- content/zh/economy/2025-11-20-good.md --
            ---
            title: 好文章
            date: 2025-11-20
            ---
            正文。
            -- static/images/a.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            """;

    @TempDir
    Path root;
    Path site;
    Path out;
    Map<String, String> before;

    @BeforeEach
    void buildAGoodSiteFirst() {
        site = SiteFiles.write(root.resolve("site"), GOOD);
        out = root.resolve("out");
        Broadsheet.build(site, out, BuildOptions.defaults());
        before = Trees.snapshot(out);
        assertTrue(before.containsKey("economy/good/index.html"), before.keySet().toString());
    }

    static Stream<Arguments> errorCases() {
        return Stream.of(
                Arguments.of("missing title", """
                        -- content/zh/economy/a.md --
                        ---
                        date: 2025-11-20
                        ---
                        """, "content/zh/economy/a.md:2:1: title: required"),
                Arguments.of("empty title", """
                        -- content/zh/economy/a.md --
                        ---
                        title: ""
                        date: 2025-11-20
                        ---
                        """, "content/zh/economy/a.md:2:8: title: must not be empty"),
                Arguments.of("missing date", """
                        -- content/zh/economy/a.md --
                        ---
                        title: 标题
                        ---
                        """, "content/zh/economy/a.md:2:1: date: required"),
                Arguments.of("unparsable date", """
                        -- content/zh/economy/a.md --
                        ---
                        title: 标题
                        date: 2025-13-45
                        ---
                        """, "content/zh/economy/a.md:3:7: date: cannot read '2025-13-45' as a date"),
                Arguments.of("value of the wrong type", """
                        -- content/zh/economy/a.md --
                        ---
                        title: 标题
                        date: 2025-11-20
                        tags: 招商引资
                        ---
                        """, "content/zh/economy/a.md:4:7: tags: expected a list of strings"),
                Arguments.of("boolean of the wrong type", """
                        -- content/zh/economy/a.md --
                        ---
                        title: 标题
                        date: 2025-11-20
                        draft: maybe
                        ---
                        """, "content/zh/economy/a.md:4:8: draft: expected true or false"),
                Arguments.of("slug outside its pattern", """
                        -- content/zh/economy/a.md --
                        ---
                        title: 标题
                        date: 2025-11-20
                        slug: Red_Property
                        ---
                        """, "content/zh/economy/a.md:4:7: slug: 'Red_Property' is not a valid slug"),
                Arguments.of("front matter that is not valid YAML", """
                        -- content/zh/economy/a.md --
                        ---
                        title: [标题
                        date: 2025-11-20
                        ---
                        """, "content/zh/economy/a.md:3:5: invalid YAML"),
                Arguments.of("front matter not closed", """
                        -- content/zh/economy/a.md --
                        ---
                        title: 标题
                        date: 2025-11-20
                        正文。
                        """, "content/zh/economy/a.md:1:1: front matter is not closed"),
                Arguments.of("no front matter", """
                        -- content/zh/economy/a.md --
                        正文。
                        """, "content/zh/economy/a.md:1:1: no front matter"),
                Arguments.of("image without alt", """
                        -- content/zh/economy/a.md --
                        ---
                        title: 标题
                        date: 2025-11-20
                        image: { src: /images/a.svg }
                        ---
                        """, "content/zh/economy/a.md:4:8: image.alt: required with image.src"),
                Arguments.of("section folder not declared", """
                        -- content/zh/sports/a.md --
                        ---
                        title: 标题
                        date: 2025-11-20
                        ---
                        """, "content/zh/sports/a.md:1: section folder 'sports' is not declared"),
                Arguments.of("two pages of one language with the same URL", """
                        -- content/zh/economy/b.md --
                        ---
                        title: 标题
                        date: 2025-11-20
                        slug: good
                        ---
                        """, "content/zh/economy/b.md:4:1: URL /economy/good/ is also the URL of "
                        + "content/zh/economy/2025-11-20-good.md"),
                Arguments.of("a page where the search page goes", """
                        -- content/zh/search.md --
                        ---
                        title: 搜索
                        ---
                        正文。
                        """, "content/zh/search.md:1:1: URL /search/ is also the URL of the zh search page"),
                Arguments.of("a Markdown link to a .md file that does not exist", """
                        -- content/zh/economy/a.md --
                        ---
                        title: 标题
                        date: 2025-11-20
                        ---
                        第一段。

                        见[另一篇](../law/missing.md)。
                        """, "content/zh/economy/a.md:7:2: link target '../law/missing.md' does not exist"),
                Arguments.of("a javascript: link in a body", """
                        -- content/zh/economy/a.md --
                        ---
                        title: 标题
                        date: 2025-11-20
                        ---
                        [全文](javascript:alert(document.cookie))
                        """, "content/zh/economy/a.md:5:1: link to 'javascript:alert(document.cookie)' is not allowed "
                        + "(allowed: http, https, mailto, tel, relative)"),
                Arguments.of("a javascript: cover image", """
                        -- content/zh/economy/a.md --
                        ---
                        title: 标题
                        date: 2025-11-20
                        image: { src: " JavaScript:alert(1)", alt: 图 }
                        ---
                        """, "content/zh/economy/a.md:4:15: image.src: image source 'JavaScript:alert(1)' is not "
                        + "allowed"),
                Arguments.of("an inline script in a template that is not plain text", """
                        -- templates/_analytics.ftlh --
                        <p>统计</p>
                        <script>var page = "${page.url}";</script>
                        """, "templates/_analytics.ftlh:2:21: an inline script must be plain template text, without "
                        + "'${'"),
                Arguments.of("a Content-Security-Policy directive a meta element cannot carry", SiteFiles.SITE_YAML + """
                        security:
                          contentSecurityPolicy:
                            frame-ancestors: ["'none'"]
                        """, "site.yaml:14:5: security.contentSecurityPolicy: 'frame-ancestors' is not a directive"),
                Arguments.of("a Content-Security-Policy keyword without its quotes", SiteFiles.SITE_YAML + """
                        security:
                          contentSecurityPolicy:
                            img-src: [self, https://img.example.org]
                        """, "site.yaml:14:14: security.contentSecurityPolicy.img-src: write the keyword with its "
                        + "single quotes, as \"'self'\""),
                Arguments.of("a URL scheme that is none", SiteFiles.SITE_YAML + """
                        security:
                          urlSchemes: [ftp, "we b"]
                        """, "site.yaml:13:15: security.urlSchemes: 'we b' is not a URL scheme"),
                Arguments.of("an alias bomb in front matter", """
                        -- content/zh/economy/a.md --
                        ---
                        title: 标题
                        date: 2025-11-20
                        a0: &a0 [x, x, x, x, x, x, x, x, x, x]
                        a1: &a1 [*a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0]
                        a2: &a2 [*a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1]
                        a3: &a3 [*a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2]
                        a4: &a4 [*a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3]
                        a5: &a5 [*a4, *a4, *a4, *a4, *a4, *a4, *a4, *a4, *a4, *a4]
                        a6: &a6 [*a5, *a5, *a5, *a5, *a5, *a5, *a5, *a5, *a5, *a5]
                        ---
                        """, "content/zh/economy/a.md:2: invalid YAML: Number of aliases for non-scalar nodes exceeds"),
                Arguments.of("aliases that stand for more values than a page may have", """
                        -- content/zh/economy/a.md --
                        ---
                        title: 标题
                        date: 2025-11-20
                        a0: &a0 [x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x]
                        a1: &a1 [*a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0]
                        a2: &a2 [*a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1]
                        a3: [*a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2]
                        ---
                        """, "content/zh/economy/a.md:7:5: a3: stands for more than 100000 values"),
                Arguments.of("a value that contains itself", """
                        -- content/zh/economy/a.md --
                        ---
                        title: 标题
                        date: 2025-11-20
                        related: &r [*r]
                        ---
                        """, "content/zh/economy/a.md:4:10: related: contains itself through an alias"),
                Arguments.of("front matter nested too deeply", """
                        -- content/zh/economy/a.md --
                        ---
                        title: 标题
                        date: 2025-11-20
                        x: %s
                        ---
                        """.formatted("[".repeat(200) + "]".repeat(200)),
                        "content/zh/economy/a.md:2: invalid YAML: Nesting Depth exceeded max 50"),
                Arguments.of("a body nested too deeply", """
                        -- content/zh/economy/a.md --
                        ---
                        title: 标题
                        date: 2025-11-20
                        ---
                        %s a
                        """.formatted(">".repeat(20_000)), "content/zh/economy/a.md:5:1: block quotes nested 20000 deep; "
                        + "at most 32 are allowed"),
                Arguments.of("a template that calls itself", """
                        -- templates/page.ftlh --
                        <#macro again><@again/></#macro><@again/>
                        -- content/zh/about.md --
                        ---
                        title: 关于
                        ---
                        """, "templates/page.ftlh: a template that calls itself without end, or data nested too deeply"),
                Arguments.of("a language folder not declared", """
                        -- content/fr/economy/a.md --
                        ---
                        title: Titre
                        date: 2025-11-20
                        ---
                        """, "content/fr/:1: language folder 'fr' is not declared"),
                Arguments.of("site.yaml with an unknown key", """
                        -- site.yaml --
                        baseUrl: https://news.example.org/
                        defaultLanguage: zh
                        languages: { zh: { title: 河西新闻 } }
                        sections: { economy: 经济 }
                        paginte: 5
                        """, "site.yaml:5:1: unknown key 'paginte' (did you mean 'paginate'?)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errorCases")
    void stopsTheBuildAtThePositionAndLeavesThePreviousOutput(String name, String files, String expected) {
        SiteFiles.write(site, files);
        BuildException e = assertThrows(BuildException.class,
                () -> Broadsheet.build(site, out, BuildOptions.defaults()));
        List<String> messages = e.diagnostics().stream().map(Diagnostic::toString).toList();
        assertTrue(messages.stream().anyMatch(m -> m.startsWith(expected)), () -> "expected " + expected + " in "
                + messages);
        assertOutputUntouched();
    }

    @Test
    void reportsAFileThatIsNotUtf8AtItsFirstBadLine() {
        String text = "---\ntitle: 标题\ndate: 2025-11-20\n---\n第一段。\n河西区推进便民生活圈建设。\n";
        SiteFiles.writeBytes(site, "content/zh/economy/gbk.md", text.getBytes(Charset.forName("GBK")));
        BuildException e = assertThrows(BuildException.class,
                () -> Broadsheet.build(site, out, BuildOptions.defaults()));
        assertEquals(1, e.diagnostics().size());
        assertTrue(e.diagnostics().get(0).toString().startsWith("content/zh/economy/gbk.md:2:8: not valid UTF-8"),
                e.diagnostics().get(0).toString());
        assertOutputUntouched();
    }

    @Test
    void reportsEveryErrorOfARunNotJustTheFirst() {
        SiteFiles.write(site, """
                -- content/zh/economy/a.md --
                ---
                date: 2025-11-20
                ---
                -- content/zh/economy/b.md --
                ---
                title: 乙
                date: yesterday
                tags: one
                ---
                -- content/en/law/c.md --
                ---
                title: C
                ---
                """);
        BuildException e = assertThrows(BuildException.class,
                () -> Broadsheet.build(site, out, BuildOptions.defaults()));
        assertEquals(List.of(
                "content/en/law/c.md:2:1: date: required (write it as YYYY-MM-DD, e.g. date: 2025-11-20)",
                "content/zh/economy/a.md:2:1: title: required",
                "content/zh/economy/b.md:3:7: date: cannot read 'yesterday' as a date (expected YYYY-MM-DD or a "
                        + "date-time such as 2025-11-20T08:30:00+08:00)",
                "content/zh/economy/b.md:4:7: tags: expected a list of strings"),
                e.diagnostics().stream().map(Diagnostic::toString).toList());
        assertTrue(e.getMessage().lines().count() == 4, e.getMessage());
        assertOutputUntouched();
    }

    @Test
    void refusesATextFileLargerThanTheLimit() {
        SiteFiles.writeBytes(site, "content/zh/economy/big.md", ("---\ntitle: 大\ndate: 2025-11-20\n---\n"
                + "字".repeat(6 * 1024 * 1024)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        BuildException e = assertThrows(BuildException.class, () -> Broadsheet.build(site, out, BuildOptions.defaults()));
        assertEquals("content/zh/economy/big.md: is 18 MiB; a text file of a site may have at most 16 MiB (split it)",
                e.diagnostics().get(0).toString());
        assertOutputUntouched();
    }

    @Test
    void refusesInputsThatLeadOutOfTheSiteInEveryEntryPointAndWritesNothing() throws Exception {
        Files.createSymbolicLink(site.resolve("static/env.txt"), Path.of("/proc/self/environ"));
        String expected = "static/env.txt: is a symbolic link to /proc/self/environ, outside the site folder";
        for (Executable run : List.<Executable>of(() -> Broadsheet.build(site, out, BuildOptions.defaults()),
                () -> Broadsheet.upToDate(site, out, BuildOptions.defaults()),
                () -> Broadsheet.load(site, BuildOptions.defaults()),
                () -> Broadsheet.check(site, BuildOptions.defaults()))) {
            BuildException e = assertThrows(BuildException.class, run);
            assertEquals(1, e.diagnostics().size(), e.diagnostics().toString());
            assertTrue(e.diagnostics().get(0).toString().startsWith(expected), e.diagnostics().toString());
        }
        assertOutputUntouched();
    }

    @Test
    void copiesWhatLinksInsideTheSiteLeadToAsRegularFiles() throws Exception {
        Files.createSymbolicLink(site.resolve("static/pictures"), Path.of("images"));
        Files.createSymbolicLink(site.resolve("static/logo.svg"), Path.of("images/a.svg"));
        Broadsheet.build(site, out, BuildOptions.defaults());
        for (String copy : List.of("pictures/a.svg", "logo.svg")) {
            assertTrue(Files.isRegularFile(out.resolve(copy), LinkOption.NOFOLLOW_LINKS), copy);
            assertEquals("<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n", Files.readString(out.resolve(copy)));
        }
    }

    private void assertOutputUntouched() {
        assertEquals(before, Trees.snapshot(out));
        assertEquals(List.of("out", "site"), Trees.namesWithoutCaches(root), "no staging folder is left behind");
    }
}
