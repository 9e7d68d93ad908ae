package dev.broadsheet.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.broadsheet.config.MarkdownConfig;
import dev.broadsheet.diagnostics.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link BodyHtmlWriter} against flexmark's {@code HtmlRenderer}: every construct of the dialect and the edge
 * cases of flexmark's line and escaping rules must give the same characters, with raw HTML kept and dropped.
 */
class BodyHtmlWriterTest {

    private static final Map<String, String> PAGES = Map.of(
            "a.md", "/news/law/a/",
            "b_c.md", "/news/b\\_c/",
            "红色物业.md", "/news/governance/红色物业/");

    /** One snippet per construct or edge case. */
    static final List<String> SNIPPETS = List.of(
            "",
            "\n\n\n",
            "   \n  \n",
            "Plain paragraph.\n",
            "One\ntwo\nthree\n\nSecond paragraph without final newline",
            "Hard break with spaces  \nnext line\\\nafter backslash break\n",
            "Trailing spaces   \n\n   Leading spaces paragraph\n",
            "# H1\n## H2 *em*\n### H3 `code`\n#### H4\n##### H5\n###### H6\n\nSetext\n===\n\nSetext 2\n---\n",
            "# 同名\n\n# 同名\n\n## 同名\n\n# \n\n#\n",
            "# Heading with <b>html</b> & \"quotes\"\n",
            "*em* _em_ **strong** __strong__ ***both*** *nested **strong** em* a*b*c snake_case_word\n",
            "`code` `` a ` b `` `  spaced  ` `a  b\tc` ` < & \" > `\n`multi\nline code`\n",
            "```\nplain fenced\n```\n\n```java\nclass A { String s = \"<&>\"; }\n```\n\n~~~ python extra info\nprint('x')\n~~~\n",
            "```\n\n\n\nblank lines kept\n\n\n\n```\n",
            "```\n```\n\n```c&#43;&#43;\nint x;\n```\n\n```\\*star\nx\n```\n",
            "```\nunclosed fence\n  indented\n\ttabbed\n",
            "    indented code\n      more\n\n\n    after blank lines\n\n\n\nparagraph\n",
            "\tcode with tab\n\t\tdouble tab\n",
            "> quote\n> lines\n\n> > nested quote\n> > more\n\n> lazy\ncontinuation\n",
            "> # Heading in quote\n> - list in quote\n> ```\n> code in quote\n> ```\n",
            "- a\n- b\n- c\n",
            "- a\n\n- b\n\n- c\n",
            "1. one\n2. two\n\n3) other\n4) list\n",
            "3. three\n4. four\n\n0. zero\n",
            "- a\n  - b\n    - c\n  - d\n- e\n",
            "- loose item\n\n  second paragraph\n- next\n",
            "- tight item\n  continued\n- > quoted item\n- ```\n  code item\n  ```\n-\n- \n  after empty\n",
            "1. item\n\n   paragraph\n\n   - nested\n\n     nested para\n",
            "* star\n+ plus\n- minus\n",
            "- [ ] task\n- [x] done\n",
            "---\n***\n___\n- - -\n",
            "[link](http://example.com) [titled](http://example.com \"Title\") [single](/x 'it''s') [paren](/y (paren))\n",
            "[quotes](/q \"say \\\"hi\\\" & <b>\") [amp](/a?x=1&y=2) [ent](/e?x=1&amp;y=2) [empty]() [empty title](/t \"\")\n",
            "[spaces](<url with spaces>) [esc](/url\\_with\\*escapes) [utf](/路径/文件?q=中文) [pct](/a%20b%zz) [ent](/&copy;)\n",
            "[ref] [ref][] [text][ref] [REF] [undefined] [also][undefined] ![img ref][ref] ![undefined image][nope]\n\n"
                    + "[ref]: http://example.com/ref \"Ref Title\"\n",
            "[a][b]\n\n[b]: </with space> 'title & \"q\"'\n[c]: http://c.example\n  \"multi\nline title\"\n\n[c]\n",
            "[md link](a.md) [md anchor](a.md#part) [missing](nope.md) [esc](b_c.md) [中文](红色物业.md)\n\n[r]: a.md\n\n[r]\n",
            "![image](/img.png) ![titled](/img.png \"Img title\") ![*alt* with `code`](/i.png) ![](/empty-alt.png)\n",
            "[![image in link](/i.png)](/target) [**strong** link *em*](/s)\n",
            "<http://example.com/auto> <https://example.com/a?b=c&d=e> <foo@example.com> <mailto:foo@example.com>\n",
            "Bare www.example.com and http://example.com/path?a=1&b=2 and https://x.y/z. and foo@bar.com.\n",
            "访问www.example.com。或者https://example.org/路径，还有foo@example.cn）\n",
            "[kept](/a\\&amp;b \"t \\&copy; x\") ![alt \\&lt; \\&#x1F; \\&#X1f;](/i.png \"\\&#12345678; \\&#123456789;\")"
                    + " [t](/u \"\\&a; \\&abc \\&ab; \\&#; \\&#x; &\")\n",
            "Entities: &amp; &copy; &#123; &#x1F600; &nbsp; &foo; &#; &#xZZ; & alone &ampx\n",
            "&#32;leading entity space\n&#9;tab entity\nline &#10; newline entity\n",
            "Escapes: \\* \\_ \\\\ \\` \\< \\& \\# \\[ \\] \\a not escape\n",
            "Text with < > & \" ' characters & more\n",
            "<div class=\"box\">\n<p>block</p>\n</div>\n\n<!-- comment -->\n\ntext<span>inline</span> <!-- inline comment --> end\n",
            "<script>\nvar a = 1;\n\n\n\nvar b = 2;\n</script>\n\n<pre>\n  pre  block\n\n\n</pre>\n",
            "Para\n<div>interrupting block</div>\nafter\n",
            "- item\n  <div>html in item</div>\n- item <b>inline</b>\n  <!-- c -->\n",
            "text\n<b>\n<i>\n<u>\nlast</b>\n\n<b>\nfirst\n<i>\n</b>\n",
            "<span\nattr=\"x\">multi-line tag</span>\n",
            "<!-- multi\n\nline comment -->\n\n<?php echo 1; ?>\n\n<!DOCTYPE html>\n\n<![CDATA[ x ]]>\n",
            "| a | b |\n|---|---|\n| 1 | 2 |\n",
            "| left | center | right | none |\n|:-----|:------:|------:|------|\n| l | c | r | n |\n",
            "| only | header |\n|------|--------|\n",
            "| a | b | c |\n|---|---|---|\n| 1 |\n| 1 | 2 | 3 | 4 | 5 |\n|   |   |   |\n",
            "| *em* | `co\\|de` | [l](/l) |\n|---|---|---|\n| **s** | a \\| b | ~~del~~ |\n",
            "Para before\n| a | b |\n|---|---|\n| 1 | 2 |\n",
            "| 街道 | 人数 |\n|:---|---:|\n| 友谊路 | 120 |\n| 空 | |\n",
            "~~strike~~ ~single~ ~~not closed\n",
            "Text[^1] and again[^1] and other[^2] and missing[^missing].\n\n[^1]: First note.\n[^2]: Second\n    note with *em*.\n[^unused]: Never referenced.\n",
            "[^a]: Defined first.\n\nThen used[^a].\n",
            "Note[^long].\n\n[^long]: Para one.\n\n    Para two.\n\n    - list\n    - in note\n\n    ```\n    code in note\n    ```\n",
            "Chain[^x].\n\n[^x]: Refers to[^y].\n[^y]: The end.\n",
            "# Heading[^h]\n\n| t[^h] |\n|---|\n\n[^h]: Note.\n",
            "中文段落第一行\n第二行接着写\n\n**河西**\n区的新闻\n\n中文\nEnglish\nmixed\n中文\n",
            "“引号”\n“继续”\n\n一——\n二\n\n日本語の文章\nです。\n\n한국어\n문장\n",
            "中文[^n]\n继续\n\n[^n]: 注释。\n",
            "Emoji 😀 and 𠀀 supplementary\nline\n",
            "Null\0char and \0 more\n",
            "Tabs\tinside\ttext\n\tleading tab paragraph? no, code\n",
            "Line ending with backslash\\\n",
            "***\n\n* * *\n\n*not a break*\n",
            "[not a link] (still not) [x](y \"z\n\nbroken\n",
            "Auto in code `http://example.com` and in link [http://inner.com](/o)\n",
            "Text with www.example.com/path_(paren) and <www.example.com> raw\n",
            "> quote with\n>\n> > nested\n> back\n\nAfter\n",
            "1. a\n1. b\n   1. c\n      1. d\n",
            "- a\n\n\n- b\n",
            "<div>\n\n*markdown inside*\n\n</div>\n",
            "foo <!-- comment\nspanning --> bar\n",
            "- a\n  ```\n\n\n  b\n  ```\n- c\n",
            "Body[^v].\n\n[^u]: Unreferenced, refers to[^v] and[^w].\n[^v]: Target.\n[^w]: Only from u.\n",
            "- item[^l]\n\n> quote[^q]\n\n[^l]: In list.\n\n> [^q]: Defined in a quote.\n",
            "[^h]\n\n[^h]: # Heading in note\n    [link](a.md) ![img](/i.png) <b>raw</b>\n",
            "> <div>\n> html in quote\n>\n> </div>\n\n- <!-- c -->\n  text\n",
            "123456789. big start\n\n1234567890. too big\n",
            "&quot;&lt;tag&gt;&quot; &amp;amp; &#60;b&#62;\n",
            "[link *with **nested*** `code` and\nsoft break](/x)\n",
            "Line  \n&#32;after hard break entity\n",
            "[foo [bar]](/u) [foo [bar]] [x]: not def\n\n[bar]: /bar\n",
            "[dup]\n\n[dup]: /first\n[dup]: /second\n",
            "<a href=\"x\">*inline html with markdown*</a>\n",
            "Text\n\n<!-- a --> trailing text after comment block\n\nmore\n",
            "~~~\n~~~\n\n    \n    code after blank indented line\n",
            "Setext with trailing\n===   \n\n# ATX closing #####\n\n#5 not heading\n",
            "\\\n\n\\\\\n\nend\\",
            "![   spaced alt](/url&#10;) [  x](/y \"a&#10;\") ![  alt](/z \"t&#10;  u\")\n",
            "> ——#'😀```[|===\n[^2]文字===\nx@y.cn![   [r]\\[\n[r]: /url \"t\"\n(](xword&amp;。&#10;)\n");

    @Test
    void writesEachConstructAsFlexmarkDoes() {
        for (boolean rawHtml : new boolean[] {false, true}) {
            Pair renderers = new Pair(rawHtml);
            for (String markdown : SNIPPETS) {
                renderers.assertSame(markdown);
            }
            assertEquals(0, renderers.ours.flexmarkFallbacks(), "no body needed flexmark");
        }
    }

    @Test
    void writesAllSnippetsTogetherAsFlexmarkDoes() {
        for (boolean rawHtml : new boolean[] {false, true}) {
            Pair renderers = new Pair(rawHtml);
            renderers.assertSame(String.join("\n", SNIPPETS));
            assertEquals(0, renderers.ours.flexmarkFallbacks());
        }
    }

    /** Bodies made of random lines of the snippets: constructs next to and inside each other. */
    @Test
    void writesMixturesAsFlexmarkDoes() {
        List<String> lines = new ArrayList<>();
        for (String snippet : SNIPPETS) {
            lines.addAll(List.of(snippet.split("\n", -1)));
        }
        String[] prefixes = {"", "", "", "  ", "    ", "> ", "- ", "1. ", "\t", "| "};
        Random random = new Random(20251120);
        for (boolean rawHtml : new boolean[] {false, true}) {
            Pair renderers = new Pair(rawHtml);
            for (int body = 0; body < 1000; body++) {
                StringBuilder markdown = new StringBuilder();
                int count = 1 + random.nextInt(12);
                for (int i = 0; i < count; i++) {
                    markdown.append(prefixes[random.nextInt(prefixes.length)])
                            .append(lines.get(random.nextInt(lines.size()))).append('\n');
                }
                renderers.assertSame(markdown.toString());
            }
            assertEquals(0, renderers.ours.flexmarkFallbacks());
        }
    }

    @Test
    void leavesBodiesWithCarriageReturnsToFlexmark() {
        Pair renderers = new Pair(false);
        renderers.assertSame("Windows\r\nline ends\r\n\r\n- a\r\n- b\r\n");
        renderers.assertSame("Old Mac\rline ends\r");
        assertEquals(2, renderers.ours.flexmarkFallbacks());
    }

    @Test
    void doesNotWriteADocumentWithANodeItDoesNotKnow() {
        Document document = Parser.builder(FlexmarkOptions.of(MarkdownConfig.DEFAULT)).build().parse("Text\n");
        Paragraph paragraph = (Paragraph) document.getFirstChild();
        paragraph.appendChild(new Node(BasedSequence.NULL) {
            @Override
            public BasedSequence[] getSegments() {
                return EMPTY_SEGMENTS;
            }
        });

        assertNull(BodyHtmlWriter.write(document, "Text\n", true,
                BodyHtmlWriter.Settings.of(MarkdownConfig.DEFAULT), 64));
    }

    @Test
    void collapsesCodeSpanWhitespaceAsFlexmarkDoes() {
        for (String code : List.of("", " ", "a", " a ", "a  b", "\ta\n\nb\r c ", "  ", "a\t")) {
            assertEquals(com.vladsch.flexmark.util.sequence.Escaping.collapseWhitespace(code, true),
                    BodyHtmlWriter.collapsedWhitespace(code), code);
        }
    }

    /** The site's renderer, for one raw-HTML setting, writing each body with the writer and with flexmark. */
    private static final class Pair {
        final MarkdownRenderer ours;

        Pair(boolean rawHtml) {
            ours = new MarkdownRenderer(new MarkdownConfig(rawHtml));
        }

        void assertSame(String markdown) {
            String expected = ours.flexmarkHtml(parse(markdown));
            String actual = ours.html(parse(markdown));
            assertEquals(expected, actual, () -> "for Markdown:\n" + markdown);
        }

        private MarkdownRenderer.Parsed parse(String markdown) {
            return ours.parse(Rendering.FILE_START, markdown, PAGES::get, new Diagnostics());
        }
    }
}
