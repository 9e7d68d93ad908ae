package dev.broadsheet.markdown;

import static dev.broadsheet.markdown.Rendering.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.broadsheet.diagnostics.Diagnostic;
import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.diagnostics.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MarkdownLinksTest {

    private static final Map<String, String> PAGES = Map.of(
            "../governance/red-property.md", "/news/governance/red-property/",
            "a.md", "/news/law/a/",
            "红色物业.md", "/news/governance/红色物业/");

    private final Diagnostics diagnostics = new Diagnostics();

    private Element body(String markdown) {
        return Jsoup.parseBodyFragment(render(markdown, PAGES, diagnostics).html()).body();
    }

    private List<String> hrefs(String markdown) {
        return body(markdown).select("a[href]").eachAttr("href");
    }

    @Test
    void rewritesRelativeMarkdownLinksToPageUrls() {
        Element body = body("[红色物业](../governance/red-property.md)");

        assertEquals("/news/governance/red-property/", body.selectFirst("a").attr("href"));
        assertEquals("红色物业", body.selectFirst("a").text());
        assertTrue(diagnostics.all().isEmpty());
    }

    @Test
    void keepsTheFragmentAndQuery() {
        assertEquals(List.of("/news/law/a/#第二部分", "/news/law/a/?from=home#top"),
                hrefs("[a](a.md#第二部分) [b](a.md?from=home#top)"));
    }

    @Test
    void percentDecodesTheTargetBeforeResolvingIt() {
        assertEquals(List.of("/news/governance/红色物业/"),
                hrefs("[红色物业](%E7%BA%A2%E8%89%B2%E7%89%A9%E4%B8%9A.md)"));
    }

    @Test
    void rewritesLinksInTablesListsQuotesHeadingsAndFootnotes() {
        List<String> hrefs = hrefs("""
                | 标题 |
                |------|
                | [表格](a.md) |

                - [列表](a.md)

                > [引用](a.md)

                ## [标题](a.md)

                正文[^1]

                [^1]: [脚注](a.md)
                """);

        assertEquals(5, hrefs.stream().filter("/news/law/a/"::equals).count(), hrefs.toString());
        assertTrue(diagnostics.all().isEmpty());
    }

    @Test
    void rewritesReferenceStyleLinks() {
        assertEquals(List.of("/news/law/a/#x", "/news/law/a/#x", "/news/law/a/#x"),
                hrefs("[full][ref], [collapsed][] and [ref]\n\n[ref]: a.md#x\n[collapsed]: a.md#x\n"));
    }

    @Test
    void leavesOtherLinksAlone() {
        assertEquals(List.of("https://example.org/a.md", "/news/a.md", "#a.md", "mailto:x@example.org",
                        "notes.txt", "a.markdown", "//cdn.example.org/a.md"),
                hrefs("[1](https://example.org/a.md) [2](/news/a.md) [3](#a.md) [4](mailto:x@example.org) "
                        + "[5](notes.txt) [6](a.markdown) [7](//cdn.example.org/a.md)"));
    }

    @Test
    void leavesImagesAlone() {
        assertEquals("a.md", body("![图](a.md)").selectFirst("img").attr("src"));
    }

    @Test
    void reportsMissingTargetsAtTheirFilePosition() {
        String markdown = "第一段。\n\n第二段有[坏链接](../law/missing.md)和\n  [另一个](gone.md#x)。\n";
        SourcePosition bodyStart = SourcePosition.of("content/zh/news/a.md", 6);

        String html = Rendering.DEFAULT.render(bodyStart, markdown, PAGES::get, diagnostics).html();

        assertEquals(List.of(
                        "content/zh/news/a.md:8:5: link target '../law/missing.md' does not exist",
                        "content/zh/news/a.md:9:3: link target 'gone.md' does not exist"),
                diagnostics.all().stream().map(Diagnostic::toString).toList());
        assertTrue(diagnostics.all().stream().allMatch(Diagnostic::isError));
        Element body = Jsoup.parseBodyFragment(html).body();
        assertEquals(List.of("../law/missing.md", "gone.md#x"), body.select("a").eachAttr("href"));
    }

    @Test
    void reportsMissingReferenceTargetsAtTheirDefinition() {
        render("See [the page][p].\n\n[p]: missing.md\n", PAGES, diagnostics);

        assertEquals(List.of("content/zh/a.md:3:1: link target 'missing.md' does not exist"),
                diagnostics.all().stream().map(Diagnostic::toString).toList());
    }

    @Test
    void reportsMissingTargetsInTablesAndFootnotes() {
        render("| h |\n|---|\n| x [t](t.md) |\n\n正文[^1]\n\n[^1]: 见 [f](f.md)\n", PAGES, diagnostics);

        assertEquals(List.of(
                        "content/zh/a.md:3:5: link target 't.md' does not exist",
                        "content/zh/a.md:7:9: link target 'f.md' does not exist"),
                diagnostics.all().stream().map(Diagnostic::toString).toList());
    }

    @Test
    void asksTheResolverForThePathOnly() {
        List<String> asked = new ArrayList<>();
        Rendering.DEFAULT.render(Rendering.FILE_START, "[a](../x/a.md?q=1#f) [b](b%20c.md)", target -> {
            asked.add(target);
            return "/p/";
        }, diagnostics);

        assertEquals(List.of("../x/a.md", "b c.md"), asked);
    }

    @Test
    void protectsResolvedUrlsFromMarkdownUnescaping() {
        Map<String, String> pages = Map.of("a.md", "/news/a\\_b/");

        String html = render("[a](a.md)", pages, diagnostics).html();

        assertEquals("/news/a\\_b/", Jsoup.parseBodyFragment(html).selectFirst("a").attr("href"));
    }
}
