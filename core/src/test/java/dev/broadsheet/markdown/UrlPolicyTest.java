package dev.broadsheet.markdown;

import dev.broadsheet.config.MarkdownConfig;
import dev.broadsheet.diagnostics.Diagnostic;
import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.safety.UrlPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every URL a body gives, in any Markdown form and wherever it stands, is held to the site's URL policy while
 * the body is parsed, before any writer runs: the fast writer, flexmark's renderer and any later one see only
 * bodies without a refused URL.
 */
class UrlPolicyTest {

    static Stream<Arguments> refusedUrls() {
        return Stream.of(
                Arguments.of("inline link", "[全文](javascript:alert(document.cookie))", "1:1",
                        "link to 'javascript:alert(document.cookie)'"),
                Arguments.of("upper case", "见[全文](JavaScript:alert(1))。", "1:2", "link to 'JavaScript:alert(1)'"),
                Arguments.of("a tab as an entity", "[a](java&#x09;script:alert(1))", "1:1",
                        "link to 'java\\u0009script:alert(1)'"),
                Arguments.of("a newline as an entity", "[a](java&#10;script:alert(1))", "1:1",
                        "link to 'java\\u000Ascript:alert(1)'"),
                Arguments.of("in angle brackets", "[a](<javascript:alert(1)>)", "1:1",
                        "link to 'javascript:alert(1)'"),
                Arguments.of("a title after it", "[a]( javascript:alert(1) \"题\")", "1:1",
                        "link to 'javascript:alert(1)'"),
                Arguments.of("backslash escape", "[a](javascript\\:alert(1))", "1:1", "link to 'javascript:alert(1)'"),
                Arguments.of("reference definition", "[全文][r]\n\n[r]: javascript:alert(2)", "3:1",
                        "link to 'javascript:alert(2)'"),
                Arguments.of("unused reference definition", "正文。\n\n[r]: vbscript:msgbox", "3:1", "link to 'vbscript:"),
                Arguments.of("autolink", "见 <javascript:alert(3)> 。", "1:3", "link to 'javascript:alert(3)'"),
                Arguments.of("image", "![图](javascript:alert(4))", "1:1", "image source 'javascript:alert(4)'"),
                Arguments.of("image reference", "![图][i]\n\n[i]: javascript:alert(4)", "3:1",
                        "link to 'javascript:alert(4)'"),
                Arguments.of("data URL of HTML", "[a](data:text/html;base64,PHNjcmlwdD4=)", "1:1",
                        "link to 'data:text/html"),
                Arguments.of("data URL of an image as a link", "[a](data:image/png;base64,AAAA)", "1:1",
                        "link to 'data:image/png"),
                Arguments.of("image data URL used by a link", "[a][d]\n\n[d]: data:image/png;base64,AAAA", "1:1",
                        "link to 'data:image/png"),
                Arguments.of("in a heading", "## 标题[a](javascript:x)", "1:6", "link to 'javascript:x'"),
                Arguments.of("in a table", "| 甲 | 乙 |\n| --- | --- |\n| [a](javascript:x) | 二 |", "3:3",
                        "link to 'javascript:x'"),
                Arguments.of("in a list", "- 一\n- [a](javascript:x)", "2:3", "link to 'javascript:x'"),
                Arguments.of("in a block quote", "> 引文 [a](javascript:x)", "1:6", "link to 'javascript:x'"),
                Arguments.of("beside a footnote", "正文[^1] [a](javascript:x)\n\n[^1]: 注。", "1:8",
                        "link to 'javascript:x'"),
                Arguments.of("inside emphasis", "**[a](javascript:x)**", "1:3", "link to 'javascript:x'"),
                Arguments.of("an image inside a link", "[![图](javascript:x)](https://a.org/)", "1:2",
                        "image source 'javascript:x'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedUrls")
    void refusesTheUrlAtItsPosition(String name, String markdown, String at, String message) {
        for (boolean rawHtml : List.of(false, true)) {
            Diagnostics diagnostics = new Diagnostics();
            new MarkdownRenderer(new MarkdownConfig(rawHtml)).parse(Rendering.FILE_START, markdown, Rendering.NO_PAGES,
                    diagnostics);
            List<String> errors = diagnostics.errors().stream().map(Diagnostic::toString).toList();
            String expected = "content/zh/a.md:" + at + ": " + message;
            assertEquals(1, errors.size(), errors.toString());
            assertTrue(errors.get(0).startsWith(expected), () -> "expected " + expected + ", got " + errors);
            assertTrue(errors.get(0).endsWith("is not allowed (allowed: http, https, mailto, tel, relative)")
                    || errors.get(0).contains("data:image/png, jpeg"), errors.get(0));
        }
    }

    @Test
    void allowsWhatThePolicyAllows() {
        Diagnostics diagnostics = new Diagnostics();
        String html = Rendering.DEFAULT.render(Rendering.FILE_START, """
                [站内](/economy/a/) [外部](https://news.example.org/) [邮件](mailto:news@example.org)
                [电话](tel:+86-22-1234) [注](#note) <https://a.org/> www.example.org a@example.org
                ![图](data:image/png;base64,iVBORw0KGgo=) ![图](images/a.jpg)

                [r]: data:image/gif;base64,R0lG
                """, Rendering.NO_PAGES, diagnostics).html();
        assertFalse(diagnostics.hasErrors(), diagnostics.all().toString());
        assertTrue(html.contains("href=\"tel:+86-22-1234\""), html);
    }

    @Test
    void aSiteCanAllowMoreSchemes() {
        Diagnostics diagnostics = new Diagnostics();
        MarkdownRenderer renderer = new MarkdownRenderer(MarkdownConfig.DEFAULT, UrlPolicy.DEFAULT.allowing(List.of("ftp")));
        String html = renderer.render(Rendering.FILE_START, "[文件](ftp://files.example.org/a.pdf)", Rendering.NO_PAGES,
                diagnostics).html();
        assertFalse(diagnostics.hasErrors(), diagnostics.all().toString());
        assertTrue(html.contains("href=\"ftp://files.example.org/a.pdf\""), html);
    }

    @Test
    void refusesBeforeAnyWriterRunsOnTheFastPathAndOnFlexmarksParser() {
        // a plain body is read by PlainMarkdown, one with a footnote by flexmark's parser; either way the URL is
        // refused while the body is parsed, and flexmark's own suppression of javascript: links stays as it was
        for (String body : List.of("[a](vbscript:x) [b](javascript:x)", "[a](vbscript:x) [b](javascript:x)[^1]\n\n[^1]: 注。")) {
            Diagnostics diagnostics = new Diagnostics();
            MarkdownRenderer.Parsed parsed = Rendering.DEFAULT.parse(Rendering.FILE_START, body, Rendering.NO_PAGES,
                    diagnostics);
            assertEquals(2, diagnostics.errors().size(), body + ": " + diagnostics.all());
            assertFalse(Rendering.DEFAULT.flexmarkHtml(parsed).contains("href=\"javascript:"), "flexmark suppresses it");
        }
        assertEquals(0, ExtensionHints.of("[a](vbscript:x)", "[a](vbscript:x)".toCharArray()), "the fast path");
    }
}
