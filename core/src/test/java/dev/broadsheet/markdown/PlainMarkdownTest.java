package dev.broadsheet.markdown;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.broadsheet.config.MarkdownConfig;
import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.safety.UrlPolicy;
import dev.broadsheet.testing.ExampleSite;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link PlainMarkdown} makes the tree flexmark's parser makes, with the same offsets and flags, so that the
 * walk and the HTML writer give the same results from it; and it reads nothing else.
 */
class PlainMarkdownTest {

    private static final DataHolder OPTIONS = FlexmarkOptions.of(MarkdownConfig.DEFAULT, 0);
    private static final DataHolder TABLE_OPTIONS = FlexmarkOptions.of(MarkdownConfig.DEFAULT, ExtensionHints.TABLES);
    private static final Parser FLEXMARK = Parser.builder(OPTIONS).build();
    private static final Parser FLEXMARK_TABLES = Parser.builder(TABLE_OPTIONS).build();
    private static final BodyHtmlWriter.Settings WRITER = BodyHtmlWriter.Settings.of(MarkdownConfig.DEFAULT);

    @Test
    void readsANewsBodyAsFlexmarkDoes() {
        assertSame("""
                聚焦“红色物业”品牌化、标准化建设,河西区在全市首创“一街一示范点”模式,首批确立21个示范项目。
                第二行接着第一行,没有空行。

                ## 突出智慧赋能与适老关怀

                2024年,东海街道创新推出“红钥匙”准物业智慧化管理模式(见附表#3),覆盖率达到98.5%。
                主要举措包括：

                - 丰富了居民的精神文化生活
                - 持续提升城区功能品质 100%
                - Hexi's "convenient living circles" cover 150 communities.


                # One level up
                ###### Six levels down
                A paragraph right after a heading: 3.5 km, $2 million, a+b=c, 1/2, x > y, C# and (brackets).

                见[梅江街道举办社区运动会](../livelihood/2023-10-12-meijiang-01935.md)。另见 [B](b.md#part) 和[C](c.md)[D](/d/)

                - [列表里的链接](x.md)

                ## 标题里的 [链接](y.md?a=1) (附注)
                """);
        assertSame("[只有链接](a.md)");
        assertSame("""
                主要指标如下：

                | 指标 | 2023年 | 2024年 |
                | --- | ---: | ---: |
                | 整改问题（个） | 1584 | 2011 |
                |便民生活圈（个）|   57 |60|
                | 法律工作室 | 118 | 139 |

                | Left | Centre | Right | None |
                |:-----|:------:|------:|---|
                | a | b | c | d |

                ## 表后标题
                """);
        assertSame("| 只有 | 表格 |\n| --- | --- |\n| 1 | 2 |");
        assertSame("[(括号)](%E6%B2%B3.md) [河西](河西.md) [x](https://example.org/a#b)");
        assertSame("");
        assertSame("\n\n");
        assertSame("只有一行");
        assertSame("- 只有一个列表项");
        assertSame("## 只有标题\n");
        assertSame("段落\n\n- 甲\n- 乙\n\n段落\n\n- 丙\n");
    }

    @Test
    void readsGeneratedBodiesAsFlexmarkDoes() {
        Random random = new Random(20261128);
        int read = 0;
        int tables = 0;
        int bodies = 3000;
        for (int i = 0; i < bodies; i++) {
            String markdown = generated(random);
            if (read(markdown) != null) {
                read++;
                tables += markdown.indexOf('|') >= 0 ? 1 : 0;
                assertSame(markdown);
            }
        }
        assertTrue(tables > 20, "read " + tables + " bodies with tables");
        // the generator mixes lines outside the plain Markdown in: many bodies are declined, not most
        assertTrue(read > bodies / 8, "read " + read + " of " + bodies);
        assertTrue(read < bodies, "read all " + bodies);
    }

    @Test
    void readsTheExampleSiteAsFlexmarkDoes() throws IOException {
        List<Path> files = ExampleSite.markdownFiles();
        assertTrue(files.size() >= 10, "example site bodies: " + files.size());
        for (Path file : files) {
            String text = Files.readString(file);
            String body = text.substring(text.indexOf("\n---\n", 3) + 5);
            if (read(body) != null) {
                assertSame(body);
            }
            // every paragraph of the body on its own, the way most articles are written
            for (String block : body.split("\n\n")) {
                if (ExtensionHints.of(block) == 0 && read(block) != null) {
                    assertSame(block);
                }
            }
        }
    }

    @Test
    void declinesWhatItDoesNotRead() {
        for (String markdown : List.of(
                "强调 *一* 下", "**粗体**", "下划线_x_", "代码 `x`", "图片 ![a](b.png)", "感叹!", "[a]", "[a] (b.md)",
                "[a](b c.md)", "[a](<b.md>)", "[a](b.md \"t\")", "[[a]](b.md)", "[a [b](c.md)", "a]", "[a](b.md)]",
                "[](b.md)", "[a]()", "[x]: y.md", "[a](b.md", "[a](b(c).md)", "[a]\n(b.md)", "[a\nb](c.md)",
                "[ ](a.md)", "[ a](b.md)", "[a ](b.md)",
                "<b>标签</b>", "实体 &amp;", "反斜杠 \\", "波浪 ~", "竖线 | a", "邮件 a@b", "行尾空格 ", "硬换行  \n下一行",
                "制表\t符", "回车\r\n", "空字符\u0000", " 缩进一格", "    缩进代码", "> 引用", "+ 加号列表", "1. 有序",
                "2) 有序", "12. 十二", "#没有空格", "##  两个空格", "## 结尾井号 #", "## C#", "#######七级", "##",
                "# ", "-没有空格", "-", "- ", "-  两个空格", "- - 嵌套", "- # 标题", "- 1. 有序", "- > 引用",
                "段落\n===", "段落\n---", "段落\n- 紧接列表", "段落\n## 紧接标题", "- 项\n续行", "- 项\n\n- 松散",
                "- 项\n  缩进续行", "段落\n 缩进续行", "= 等号", "---", "***", "\u007f", "| 只有表头 |",
                "| a | b |\n| --- | --- |", "| a | b |\n| --- |\n| 1 | 2 |", "| a | b |\n| --- | --- |\n| 1 |",
                "| a | b |\n| --- | --- |\n| 1 | 2 | 3 |", "| a | b |\n| --- | --- |\n|  | 2 |",
                "段落\n| a |\n| --- |\n| 1 |", "| a |\n| --- |\n| 1 |\n段落", "| a |\n| --- |\n| 1", "a | b",
                "| a |\n| -x- |\n| 1 |", "| a |\n| : |\n| 1 |", "| a |\n|---|\n| 1 |\n\n- 项 | 竖线",
                "## 标题 | 竖线", "| a |\n| --- |\n| 1 |\n| 2", "| a |\n|:--|\n| 1 |", "| a |\n|-|\n| 1 |",
                "| a |\n| --- |\n| [链接](b.md) |")) {
            assertNull(read(markdown), () -> "read: " + markdown);
        }
    }

    /** Reads {@code markdown} both ways and compares the trees, what the walk finds and the HTML. */
    private static void assertSame(String markdown) {
        Document ours = read(markdown);
        assertNotNull(ours, () -> "declined:\n" + markdown);
        Document flexmarks = (markdown.indexOf('|') >= 0 ? FLEXMARK_TABLES : FLEXMARK).parse(markdown);
        assertEquals(tree(flexmarks), tree(ours), () -> "tree of:\n" + markdown);
        assertEquals(walk(flexmarks, markdown), walk(ours, markdown), () -> "walk of:\n" + markdown);
        String html = BodyHtmlWriter.write(flexmarks, markdown, false, WRITER, 64);
        assertNotNull(html);
        assertEquals(html, BodyHtmlWriter.write(ours, markdown, false, WRITER, 64), () -> "HTML of:\n" + markdown);
    }

    /** Read as the renderer does: with the table extension when the body has a {@code |}. */
    private static Document read(String markdown) {
        boolean tables = markdown.indexOf('|') >= 0;
        return PlainMarkdown.parse(markdown, markdown.toCharArray(), tables, tables ? TABLE_OPTIONS : OPTIONS);
    }

    private static BodyWalk.Result walk(Document document, String markdown) {
        return BodyWalk.walk(document, new LinkRewriter(target -> null, UrlPolicy.DEFAULT, new Diagnostics(),
                new BodyPositions(Rendering.FILE_START, markdown)));
    }

    /** Every node with its offsets and the properties the walk, the writer or flexmark's renderer read. */
    private static String tree(Node root) {
        StringBuilder out = new StringBuilder();
        tree(root, "", out);
        return out.toString();
    }

    private static void tree(Node node, String indent, StringBuilder out) {
        out.append(indent).append(node.toAstString(true));
        if (node instanceof Block block) {
            out.append(" lines=").append(block.getContentLines().stream().map(PlainMarkdownTest::span)
                    .collect(Collectors.joining(",")));
        }
        if (node instanceof Paragraph paragraph) {
            out.append(" indents=").append(Arrays.toString(paragraph.getLineIndents()))
                    .append(" trailingBlank=").append(paragraph.isTrailingBlankLine());
        }
        if (node instanceof Heading heading) {
            out.append(" level=").append(heading.getLevel()).append(" open=").append(span(heading.getOpeningMarker()))
                    .append(" text=").append(span(heading.getText()))
                    .append(" close=").append(span(heading.getClosingMarker()));
        }
        if (node instanceof ListBlock list) {
            out.append(" tight=").append(list.isTight());
        }
        if (node instanceof BulletList list) {
            out.append(" marker=").append(list.getOpeningMarker());
        }
        if (node instanceof TableRow row) {
            out.append(" row=").append(row.getRowNumber());
        }
        if (node instanceof TableCell cell) {
            out.append(" open=").append(span(cell.getOpeningMarker())).append(" text=").append(span(cell.getText()))
                    .append(" close=").append(span(cell.getClosingMarker())).append(" header=")
                    .append(cell.isHeader()).append(" align=").append(cell.getAlignment()).append(" span=")
                    .append(cell.getSpan());
        }
        if (node instanceof ListItem item) {
            out.append(" open=").append(span(item.getOpeningMarker())).append(" suffix=")
                    .append(span(item.getMarkerSuffix())).append(" tight=").append(item.isTight())
                    .append(" ownTight=").append(item.isOwnTight()).append(" priority=").append(item.getPriority())
                    .append(" blankAfter=").append(item.isHadBlankAfterItemParagraph())
                    .append(" containsBlank=").append(item.isContainsBlankLine());
        }
        out.append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            tree(child, indent + "  ", out);
        }
    }

    private static String span(BasedSequence chars) {
        return chars.isNull() ? "null" : chars.getStartOffset() + "-" + chars.getEndOffset() + ":" + chars;
    }

    /** A body of lines in and out of the plain Markdown, blank lines between some of them. */
    private static String generated(Random random) {
        List<String> lines = new ArrayList<>();
        int count = 1 + random.nextInt(12);
        for (int i = 0; i < count; i++) {
            lines.add(switch (random.nextInt(13)) {
                case 0, 1, 2 -> "";
                case 3, 4 -> chinese(random);
                case 5 -> english(random);
                case 6 -> "#".repeat(1 + random.nextInt(3)) + " " + (random.nextBoolean() ? chinese(random)
                        : english(random));
                case 7 -> "- " + (random.nextBoolean() ? chinese(random) : english(random));
                case 8 -> chinese(random) + "[" + english(random) + "](" + LINKS.get(random.nextInt(LINKS.size())) + ")"
                        + (random.nextBoolean() ? chinese(random) : "");
                case 12 -> table(random);
                default -> ODD_LINES.get(random.nextInt(ODD_LINES.size()));
            });
        }
        String body = String.join("\n", lines);
        return switch (random.nextInt(3)) {
            case 0 -> body;
            case 1 -> body + "\n";
            default -> body + "\n\n";
        };
    }

    /** A table, mostly well formed: cells of text or numbers, spaced or not; sometimes a row too short. */
    private static String table(Random random) {
        int columns = 1 + random.nextInt(4);
        List<String> rows = new ArrayList<>();
        rows.add(row(random, columns, () -> chinese(random)));
        rows.add(row(random, columns, () -> SEPARATORS.get(random.nextInt(SEPARATORS.size()))));
        for (int i = random.nextInt(4); i >= 0; i--) {
            int cells = random.nextInt(8) == 0 ? columns + 1 : columns;
            rows.add(row(random, cells, () -> random.nextBoolean() ? Integer.toString(random.nextInt(3000))
                    : english(random)));
        }
        String table = String.join("\n", rows);
        // mostly between blank lines, as tables are written; sometimes right after the line before
        return random.nextInt(4) == 0 ? table : "\n" + table + "\n";
    }

    private static String row(Random random, int cells, java.util.function.Supplier<String> cell) {
        StringBuilder row = new StringBuilder("|");
        for (int i = 0; i < cells; i++) {
            String space = random.nextInt(4) == 0 ? "" : " ".repeat(1 + random.nextInt(2));
            row.append(space).append(cell.get()).append(space).append('|');
        }
        return row.toString();
    }

    private static final List<String> SEPARATORS = List.of("---", ":---", "---:", ":---:", "------", "--", ":-:");

    private static final String CHINESE = "河西区推进城市一刻钟便民生活圈建设居民服务法治政府示范“”，。、：；（）《》？％·—";
    private static final String ENGLISH = "Hexi District's \"red property\" plan: 150 communities (2024), 3.5 km; "
            + "up 12% - a+b=c, x > y, C# / $2 #1 ... ? ";

    private static String chinese(Random random) {
        return text(random, CHINESE);
    }

    private static String english(Random random) {
        String text = text(random, ENGLISH).strip();
        return text.isEmpty() || text.charAt(0) == '-' || text.charAt(0) == '#' ? "Hexi" : text;
    }

    private static String text(Random random, String alphabet) {
        StringBuilder text = new StringBuilder();
        if (random.nextInt(6) == 0) {
            text.append(2000 + random.nextInt(30)).append(random.nextBoolean() ? "年" : ".5 percent");
        }
        for (int i = 1 + random.nextInt(40); i > 0; i--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString().stripTrailing();
    }

    private static final List<String> LINKS = List.of("a.md", "../law/b.md", "c.md#x", "/d/", "e.md?x=1",
            "河西.md", "f g.md", "h(1).md", "i\"j.md", "", "k\u00a0l.md", "河西\u3000区.md", "m\u2003n.md");

    /** Lines that start or end differently: some plain, most not. */
    private static final List<String> ODD_LINES = List.of(
            "1. 有序", "2) 有序", "2024年成果", "3.5%的增长", "12345678901. 长数字", "#没有空格", "##  两个空格",
            "## 结尾井号 #", "####### 七级", "######", "-没有空格", "- ", "-", "- - 嵌套", "- 1. 有序", "+ 加号",
            "+5%", "=", "===", "---", "- x", " 缩进", "    缩进代码", "> 引用", "结尾空格 ", "\u3000全角空格开头",
            "结尾全角空格\u3000", "\u00a0不换行空格", "不换行空格\u00a0", "行内 # 井号", "：冒号开头", "（括号）",
            "“引号”开头", "0", "0.", "9)", "a", "A.", "## 1. 编号标题", "# -", "# =", "- =", "- 2024年", "# # 双井号");
}
