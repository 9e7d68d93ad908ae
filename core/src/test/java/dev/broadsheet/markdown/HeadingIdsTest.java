package dev.broadsheet.markdown;

import static dev.broadsheet.markdown.Rendering.body;
import static dev.broadsheet.markdown.Rendering.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class HeadingIdsTest {

    private static List<String> headingIds(String markdown) {
        return body(markdown).select("h1, h2, h3, h4, h5, h6").eachAttr("id");
    }

    @Test
    void keepsChineseCharactersAndTurnsPunctuationIntoDashes() {
        assertEquals(List.of("智慧赋能-让法治彰显-精准度"), headingIds("## 智慧赋能 让法治彰显“精准度”\n"));
    }

    @Test
    void lowerCasesLatinAndDropsTrailingPunctuation() {
        assertEquals(List.of("hello-world"), headingIds("## Hello, World!\n"));
    }

    @Test
    void mixesScriptsAndDigits() {
        assertEquals(List.of("河西区2025年-gdp增长5-2"), headingIds("# 河西区2025年 GDP增长5.2%\n"));
    }

    @Test
    void namesHeadingsWithoutLettersSection() {
        assertEquals(List.of("section", "section-1"), headingIds("## ！？——\n\n## ***\n"));
    }

    @Test
    void numbersDuplicateIds() {
        assertEquals(List.of("hello", "hello-1", "hello-2", "hello-1-1"),
                headingIds("# Hello\n\n## Hello\n\n### hello!\n\n## Hello 1\n"));
    }

    @Test
    void givesSetextHeadingsIdsToo() {
        assertEquals(List.of("新闻", "summary"), headingIds("新闻\n===\n\nSummary\n-------\n"));
    }

    @Test
    void keepsHeadingIdsApartFromFootnoteIds() {
        Element body = body("""
                ## fn 1

                ## fnref 1

                ## fn

                ## fn

                Text[^a] and more[^b].

                [^a]: First note.
                [^b]: Second note.
                """);

        Elements withId = body.select("[id]");
        Set<String> ids = new HashSet<>();
        for (Element element : withId) {
            assertTrue(ids.add(element.id()), "duplicate id " + element.id());
        }
        assertTrue(ids.containsAll(List.of("fn-1", "fnref-1", "fn-2", "fnref-2")), "footnote ids: " + ids);
        assertEquals(List.of("fn-1-1", "fnref-1-3", "fn", "fn-3"), body.select("h2").eachAttr("id"));
    }

    @Test
    void listsEveryHeadingWithLevelIdAndPlainText() {
        RenderedMarkdown rendered = render("""
                # 河西区**多维度**布局智慧化服务

                Body.

                ### `Code` and [link](https://example.org)[^n]

                > ## Quoted

                [^n]: note
                """);

        assertEquals(List.of(
                new Heading(1, "河西区多维度布局智慧化服务", "河西区多维度布局智慧化服务"),
                new Heading(3, "code-and-link", "Code and link"),
                new Heading(2, "quoted", "Quoted")), rendered.headings());
    }

    @Test
    void headingIdsMatchTheHtml() {
        RenderedMarkdown rendered = render("## 推进“城市一刻钟便民生活圈”建设\n\n## 推进“城市一刻钟便民生活圈”建设\n");

        List<String> htmlIds = org.jsoup.Jsoup.parseBodyFragment(rendered.html()).select("h2").eachAttr("id");
        assertEquals(htmlIds, rendered.headings().stream().map(Heading::id).toList());
        assertEquals("推进-城市一刻钟便民生活圈-建设-1", htmlIds.get(1));
    }

    @Test
    void startsCountingAgainForEachDocument() {
        assertEquals(List.of("a"), headingIds("# A\n"));
        assertEquals(List.of("a"), headingIds("# A\n"));
    }
}
