package dev.broadsheet.markdown;

import dev.broadsheet.config.MarkdownConfig;
import dev.broadsheet.diagnostics.Diagnostic;
import dev.broadsheet.diagnostics.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bodies written to take a Markdown parser down, after cmark's pathological tests and the reports this issue
 * tracker got: each is rendered, or refused with an error at its line, on a thread with a small stack (half
 * of the JVM's default, as a plugin running inside Maven may have), and none takes more than a few seconds (the
 * timeout catches a hang, not a speed target: the unbounded cases took minutes).
 */
class HostileInputTest {

    private static final int N = 50_000;

    static Stream<Arguments> hostileBodies() {
        return Stream.of(
                Arguments.of("nested block quotes", ">".repeat(20_000) + " a", "1:1: block quotes nested 20000 deep"),
                Arguments.of("nested block quotes with spaces", "> ".repeat(5_000) + "a", "1:1: block quotes nested"),
                Arguments.of("deeply nested lists", IntStream.range(0, 3_000).mapToObj(i -> "  ".repeat(i) + "- a")
                        .reduce((a, b) -> a + "\n" + b).orElseThrow(), "33:1: block quotes and list items nested 33"),
                Arguments.of("list items on one line", "- ".repeat(5_000) + "a", "1:1: a line that starts with 5000 '-'"),
                Arguments.of("lists in quotes", "> - ".repeat(2_000) + "a", "1:1: block quotes and list items nested 33"),
                Arguments.of("a line of stars", "*".repeat(N) + "a" + "*".repeat(N), "1:1: a line that starts with"),
                Arguments.of("a line of spaced stars", "* ".repeat(N), "1:1: "),
                Arguments.of("a line of dashes", "-".repeat(N), "1:1: a line that starts with 50000 '-'"),
                Arguments.of("underscores", "_".repeat(N), "1:1: a line that starts with 50000 '_'"),
                Arguments.of("nested emphasis", "*a ".repeat(N) + "b" + " a*".repeat(N), "1:"),
                Arguments.of("nested strong emphasis", "x " + "**a ".repeat(N) + "b" + " a**".repeat(N), "1:"),
                Arguments.of("nested links in images", "x " + "![".repeat(5_000) + "a" + "](b)".repeat(5_000), "1:"),
                Arguments.of("nested brackets", "x " + "[".repeat(N) + "a" + "]".repeat(N), null),
                Arguments.of("unclosed brackets", "x " + "[".repeat(100_000), null),
                Arguments.of("closers without openers", "x " + "a] ".repeat(N), null),
                Arguments.of("emphasis closers without openers", "x " + "a_ ".repeat(N), "1:1: too costly"),
                Arguments.of("emphasis openers without closers", "x " + "_a ".repeat(N), "1:1: too costly"),
                Arguments.of("mismatched openers and closers", "x " + "*a_ ".repeat(N), "1:1: too costly"),
                Arguments.of("openers and closers multiple of 3", "x a**b" + "c* ".repeat(N), "1:1: too costly"),
                Arguments.of("link openers and emphasis closers", "x " + "[ a_".repeat(N), "1:1: too costly"),
                Arguments.of("many links in one paragraph", "x " + "[a](b) ".repeat(N), "1:1: too costly to read"),
                Arguments.of("many entities in one paragraph", "x " + "&amp; ".repeat(N), "1:1: too costly to read"),
                Arguments.of("many tags in one paragraph", "x " + "<a> ".repeat(N), "1:1: too costly to read"),
                Arguments.of("many code spans in one paragraph", "x " + "`a` ".repeat(N), "1:1: too costly to read"),
                Arguments.of("backticks of growing length", IntStream.range(1, 2_000).mapToObj(i -> "e" + "`".repeat(i))
                        .reduce(String::concat).orElseThrow(), "1:1: too costly"),
                Arguments.of("unclosed links in angle brackets", "x " + "[a](<b".repeat(N), "1:1: too costly"),
                Arguments.of("unclosed links", "x " + "[a](b".repeat(N), "1:1: too costly"),
                Arguments.of("unclosed comments", "x </" + "<!--".repeat(N), "1:1: too costly"),
                Arguments.of("many reference definitions in a paragraph", "[a]: b\n".repeat(N), "1:1: too costly"),
                Arguments.of("many references", IntStream.range(0, 20_000).mapToObj(i -> "[" + i + "]: u" + i + "\n\n")
                        .reduce(String::concat).orElseThrow() + "[0] [1] [19999]", null),
                Arguments.of("a table of 10,000 columns", "|" + "a|".repeat(10_000) + "\n|" + "-|".repeat(10_000)
                        + "\n|" + "b|".repeat(10_000), null),
                Arguments.of("a table of 20,000 rows", "| a | b |\n| - | - |\n" + "| [x](y) | &amp; |\n".repeat(20_000),
                        "1:1: too costly"),
                Arguments.of("a plain table of 50,000 rows", "| a | b |\n| - | - |\n" + "| x | y |\n".repeat(N),
                        "1:1: too costly"),
                Arguments.of("a 10 MB line", "word ".repeat(2_000_000), null),
                Arguments.of("NUL characters", "a\u0000b ".repeat(N), null),
                Arguments.of("a footnote chain", IntStream.range(0, 5_000).mapToObj(i -> "[^" + i + "]: [^" + (i + 1)
                        + "]\n\n").reduce(String::concat).orElseThrow() + "x[^0]", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileBodies")
    @Timeout(60)
    void rendersOrRefusesAtALineWithoutOverflowingTheStack(String name, String body, String expected) throws Exception {
        for (boolean rawHtml : List.of(false, true)) {
            Diagnostics diagnostics = new Diagnostics();
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            AtomicReference<String> html = new AtomicReference<>();
            MarkdownRenderer renderer = new MarkdownRenderer(new MarkdownConfig(rawHtml));
            Thread thread = new Thread(null, () -> {
                try {
                    html.set(renderer.render(Rendering.FILE_START, body, Rendering.NO_PAGES, diagnostics).html());
                } catch (Throwable e) {
                    thrown.set(e);
                }
            }, "small-stack", 512 * 1024);
            thread.start();
            thread.join();
            assertNull(thrown.get(), () -> name + " threw " + thrown.get());
            List<String> errors = diagnostics.errors().stream().map(Diagnostic::toString).toList();
            if (expected == null) {
                assertEquals(List.of(), errors, name);
            } else {
                assertEquals(1, errors.size(), name + ": " + errors);
                assertTrue(errors.get(0).startsWith("content/zh/a.md:" + expected), name + ": " + errors);
                assertEquals("", html.get(), "a refused body is not written");
            }
        }
    }

    @Test
    void keepsWhatRealArticlesHave() {
        String nested = IntStream.range(0, 32).mapToObj(i -> "  ".repeat(i) + "- 第" + i + "层")
                .reduce((a, b) -> a + "\n" + b).orElseThrow();
        String longParagraph = "河西区推进便民生活圈建设，[详见](https://news.example.org/a/)。".repeat(200);
        String table = "| 单位 | 链接 |\n| --- | --- |\n" + "| 河西区 | [网站](https://a.org/) &amp; [邮箱](mailto:a@b.org) |\n"
                .repeat(300);
        for (String body : List.of(nested, "> ".repeat(32) + "引文", "---\n\n" + "*".repeat(1_000), longParagraph,
                table, "**" + "*a ".repeat(60) + "b" + " a*".repeat(60) + "**")) {
            Diagnostics diagnostics = new Diagnostics();
            String html = Rendering.DEFAULT.render(Rendering.FILE_START, body, Rendering.NO_PAGES, diagnostics).html();
            assertFalse(diagnostics.hasErrors(), () -> diagnostics.all() + " for " + body.substring(0, 40));
            assertFalse(html.isEmpty());
        }
    }
}
