package dev.broadsheet.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import dev.broadsheet.config.MarkdownConfig;
import dev.broadsheet.diagnostics.Diagnostic;
import dev.broadsheet.diagnostics.Diagnostics;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Keeps the fast path honest end to end: thousands of generated bodies near the grammar {@link PlainMarkdown}
 * reads (paragraphs, headings, lists, tables, links with every form of URL, stray syntax characters, CRLF,
 * tabs, trailing and Unicode spaces) are rendered as a build renders them ({@link PlainMarkdown} where it can,
 * then {@link BodyHtmlWriter}) and by flexmark's own parser and {@code HtmlRenderer} with the same options.
 * The HTML must be the same, character for character, but for the documented dialect, which flexmark's side
 * gets as Broadsheet gives it to flexmark: heading ids from {@link HeadingIds}, line breaks between CJK
 * characters that render as nothing ({@link CjkSoftBreakRenderer}), bare URLs that end where CJK punctuation
 * starts ({@link CjkAutolinks}); and the URL policy, whose refusals must be the same errors on both sides. A
 * second comparison, with flexmark's renderer exactly as it comes, checks the dialect itself: equal HTML once
 * heading ids and vanished CJK line breaks are set aside, on the bodies whose breaks have no markup beside
 * them and whose bare URLs do not run into CJK text. Fixed seed; a failing body is printed whole, escaped.
 */
class DifferentialTest {

    private static final int BODIES = 4_000;
    private static final Pattern HEADING_ID = Pattern.compile("(<h[1-6]) id=\"[^\"]*\"");
    private static final String CJK = "\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}“”‘’…·—";
    private static final String TAGS = "((?:</?[a-z]+(?: [^>]*)?>)*)";
    /** A line break with markup, an entity, an escape or a URL right beside it, where the dialect looks further. */
    private static final Pattern BREAK_BESIDE_MARKUP = Pattern.compile("[*_~`\\]<>&\\\\/]\\s*\r?\n|\r?\n\\s*[*_~`\\[<>&!\\\\]");
    /** A bare URL or address running into CJK text, where the dialect's autolink ends. */
    private static final Pattern CJK_IN_BARE_URL = Pattern.compile("(://|www\\.|@)[^\\s<>]*[" + "\u3000-\u303f\uff00-\uffef\u4e00-\u9fff“”‘’…·—" + "]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CJK_BREAK = Pattern.compile("([" + CJK + "])" + TAGS + "\n" + TAGS + "(?=[" + CJK + "])");

    @Test
    void rendersGeneratedBodiesAsFlexmarkDoesButForTheDialect() {
        Random random = new Random(20261203L);
        int compared = 0;
        int refused = 0;
        int againstStock = 0;
        int fastPath = 0;
        long written = 0;
        for (boolean rawHtml : List.of(false, true)) {
            MarkdownConfig config = new MarkdownConfig(rawHtml);
            MarkdownRenderer ours = new MarkdownRenderer(config);
            DataHolder options = FlexmarkOptions.of(config);
            Parser parser = Parser.builder(options).build();
            HtmlRenderer stock = HtmlRenderer.builder(options).build();
            long fallbacksBefore = ours.flexmarkFallbacks();
            int comparedBefore = compared;
            for (int i = 0; i < BODIES / 2; i++) {
                String body = body(random);
                Diagnostics diagnostics = new Diagnostics();
                String actual = ours.render(Rendering.FILE_START, body, Rendering.NO_PAGES, diagnostics).html();
                // flexmark's parser, the same walk, flexmark's renderer with the dialect's node renderers
                Diagnostics flexmarkDiagnostics = new Diagnostics();
                com.vladsch.flexmark.util.ast.Document document = parser.parse(body);
                BodyWalk.Result found = BodyWalk.walk(document, new LinkRewriter(Rendering.NO_PAGES,
                        dev.broadsheet.safety.UrlPolicy.DEFAULT, flexmarkDiagnostics,
                        new BodyPositions(Rendering.FILE_START, body)));
                String expected = ours.flexmarkHtml(new MarkdownRenderer.Parsed(body, document, ExtensionHints.ALL,
                        found));
                assertEquals(flexmarkDiagnostics.all(), diagnostics.all(), () -> "the same errors for\n" + shown(body));
                if (diagnostics.hasErrors()) {
                    for (Diagnostic error : diagnostics.errors()) {
                        if (!error.message().contains("is not allowed (allowed:")) {
                            fail(error + "\nfor the body\n" + shown(body));
                        }
                    }
                    refused++;
                    continue;
                }
                if (!expected.equals(actual)) {
                    assertEquals(expected, actual, "rawHtml: " + rawHtml + ", body:\n" + shown(body));
                }
                compared++;
                int hints = ExtensionHints.of(body);
                if ((hints == 0 || hints == ExtensionHints.TABLES) && PlainMarkdown.parse(body, body.toCharArray(),
                        hints != 0, FlexmarkOptions.of(config, hints)) != null) {
                    fastPath++;
                }
                if (!BREAK_BESIDE_MARKUP.matcher(body).find() && !CJK_IN_BARE_URL.matcher(body).find()) {
                    String plain = stock.render(parser.parse(body));
                    if (!normalized(plain).equals(normalized(actual))) {
                        assertEquals(normalized(plain), normalized(actual), "flexmark as it comes, rawHtml: " + rawHtml
                                + ", body:\n" + shown(body));
                    }
                    againstStock++;
                }
            }
            written += compared - comparedBefore - (ours.flexmarkFallbacks() - fallbacksBefore);
        }
        assertTrue(compared > BODIES * 0.8, compared + " compared");
        assertTrue(refused > 20, refused + " refused by the URL policy");
        assertTrue(againstStock > BODIES / 20, againstStock + " compared with flexmark as it comes");
        // the point is the fast path: many bodies must take it (links and tables make some decline)
        assertTrue(fastPath > compared / 4, fastPath + " of " + compared + " read by PlainMarkdown");
        assertTrue(written > compared / 2, written + " of " + compared + " written by BodyHtmlWriter");
    }

    /** The HTML without what the dialect changes on purpose. */
    private static String normalized(String html) {
        String text = HEADING_ID.matcher(html).replaceAll("$1");
        String joined;
        while (!(joined = CJK_BREAK.matcher(text).replaceAll("$1$2$3")).equals(text)) text = joined;
        return text;
    }

    /**
     * Six bodies in ten in the fast path's grammar, blocks between blank lines; two in ten of them with one
     * thing it does not read (a stray syntax character, a tab, trailing spaces, a missing blank line); the
     * rest from all of Markdown. One body in ten with CRLF line ends.
     */
    private static String body(Random random) {
        int kind = random.nextInt(10);
        List<String> blocks = new ArrayList<>();
        for (int i = 1 + random.nextInt(kind < 6 ? 4 : 8); i > 0; i--) {
            blocks.add(kind < 8 ? plainBlock(random) : block(random));
        }
        if (kind >= 6) {
            int at = random.nextInt(blocks.size());
            String block = blocks.get(at);
            int where = random.nextInt(block.length() + 1);
            blocks.set(at, block.substring(0, where) + pick(random, "*", "_", "`", "\\", "&amp;", "<b>", "!", "~",
                    "@", "\t", "  \n", "\u3000", "\u00a0", "[", "]", "(", ")", "|", "\n", "\n\n", "#", "> ", "1. ")
                    + block.substring(where));
        }
        String newline = kind == 9 || random.nextInt(10) == 0 ? "\r\n" : "\n";
        StringBuilder body = new StringBuilder();
        for (String block : blocks) {
            body.append(block).append(kind >= 6 && random.nextInt(4) == 0 ? "\n" : "\n\n");
        }
        return body.toString().replace("\n", newline);
    }

    private static String block(Random random) {
        return switch (random.nextInt(12)) {
            case 0, 1, 2, 3 -> paragraph(random);
            case 4 -> "#".repeat(1 + random.nextInt(6)) + pick(random, " ", " ", "  ", "\t") + inline(random)
                    + pick(random, "", "", " #", " ##", "  ");
            case 5 -> inline(random) + "\n" + pick(random, "===", "---", "=", "-- ");
            case 6, 7 -> list(random, pick(random, "- ", "* ", "+ ", "1. ", "2) "), 0);
            case 8, 9 -> table(random);
            case 10 -> pick(random, "---", "***", "> " + inline(random), "    code();", "```\ncode\n```");
            default -> pick(random, ODD);
        };
    }

    /** A block of the fast path's grammar: a paragraph, a heading, a tight list or a table of plain text. */
    private static String plainBlock(Random random) {
        return switch (random.nextInt(8)) {
            case 0, 1, 2 -> {
                StringBuilder paragraph = new StringBuilder(plainLine(random));
                for (int i = random.nextInt(3); i > 0; i--) paragraph.append('\n').append(plainLine(random));
                yield paragraph.toString();
            }
            case 3 -> "#".repeat(1 + random.nextInt(6)) + " " + plainText(random) + (random.nextInt(5) == 0
                    ? "\n" + plainLine(random) : "");
            case 4, 5 -> {
                StringBuilder list = new StringBuilder();
                for (int i = 1 + random.nextInt(5); i > 0; i--) {
                    if (!list.isEmpty()) list.append('\n');
                    list.append("- ").append(plainText(random));
                }
                yield list.toString();
            }
            default -> {
                int columns = 1 + random.nextInt(4);
                StringBuilder table = new StringBuilder(plainRow(random, columns));
                table.append("\n|");
                for (int i = 0; i < columns; i++) {
                    table.append(random.nextInt(6) == 0 ? pick(random, " :--- ", " ---: ", " :-: ") : " --- ").append('|');
                }
                for (int i = random.nextInt(5); i >= 0; i--) table.append('\n').append(plainRow(random, columns));
                yield table.toString();
            }
        };
    }

    private static String plainRow(Random random, int cells) {
        StringBuilder row = new StringBuilder("|");
        for (int i = 0; i < cells; i++) row.append(' ').append(plainText(random)).append(" |");
        return row.toString();
    }

    /** A line of plain text, with links of many URL forms in it. */
    private static String plainLine(Random random) {
        StringBuilder line = new StringBuilder(plainText(random));
        for (int i = random.nextInt(3); i > 0; i--) {
            int form = random.nextInt(40);
            line.append('[').append(plainText(random)).append("](").append(form == 0 ? pick(random, REFUSED_URLS)
                    : form < 4 ? pick(random, URLS) : pick(random, PLAIN_URLS)).append(random.nextInt(8) == 0 ? " \"标题\"" : "")
                    .append(')').append(plainText(random));
        }
        return line.toString();
    }

    /**
     * Text with none of the characters that start inline syntax, not starting or ending with a space: Chinese,
     * or English words with the punctuation of prose now and then.
     */
    private static String plainText(Random random) {
        String text = (random.nextBoolean() ? chinese(random) : random.nextInt(4) == 0 ? words(random)
                : text(random, PLAIN_ENGLISH)).replaceAll("[#>|\\[\\]]", "");
        text = text.strip();
        return text.isEmpty() || Character.isDigit(text.charAt(0)) ? "河西" + text : text;
    }

    private static String paragraph(Random random) {
        StringBuilder paragraph = new StringBuilder(inline(random));
        for (int i = random.nextInt(3); i > 0; i--) {
            paragraph.append(pick(random, "", "", "", "  ", " ", "\t", "\\")).append('\n').append(inline(random));
        }
        return paragraph.toString();
    }

    private static String list(Random random, String marker, int depth) {
        StringBuilder list = new StringBuilder();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            if (!list.isEmpty()) list.append('\n');
            list.append("  ".repeat(depth * (marker.length() > 2 ? 2 : 1))).append(marker).append(inline(random));
            if (depth == 0 && random.nextInt(6) == 0) list.append('\n').append(list(random, "- ", 1));
        }
        return list.toString();
    }

    private static String table(Random random) {
        int columns = 1 + random.nextInt(4);
        StringBuilder table = new StringBuilder(row(random, columns, true));
        table.append('\n').append("|");
        for (int i = 0; i < columns; i++) table.append(pick(random, " --- ", ":---", "---:", " :-: ", "-")).append('|');
        for (int i = random.nextInt(4); i >= 0; i--) {
            table.append('\n').append(row(random, random.nextInt(8) == 0 ? columns + 1 : columns, false));
        }
        return table.toString();
    }

    private static String row(Random random, int cells, boolean header) {
        StringBuilder row = new StringBuilder(random.nextInt(5) == 0 ? "" : "|");
        for (int i = 0; i < cells; i++) {
            row.append(pick(random, " ", "", "  ")).append(header ? words(random) : inline(random).replace("|", "\\|"))
                    .append(pick(random, " ", "")).append('|');
        }
        return row.toString();
    }

    /** One line of inline text: words, links, emphasis, code and stray syntax characters. */
    private static String inline(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = 1 + random.nextInt(6); i > 0; i--) {
            switch (random.nextInt(14)) {
                case 0, 1, 2 -> text.append(chinese(random));
                case 3, 4 -> text.append(words(random));
                case 5, 6 -> text.append('[').append(random.nextBoolean() ? chinese(random) : words(random)).append("](")
                        .append(random.nextInt(40) == 0 ? pick(random, REFUSED_URLS) : pick(random, URLS)).append(pick(random, "", "", " \"标题\"", " 'title'", " (t)"))
                        .append(')');
                case 7 -> text.append(pick(random, "<https://news.example.org/a?b=1>", "<mailto:a@b.org>",
                        "<HTTP://X.ORG>", "<a@b.org>"));
                case 8 -> text.append(pick(random, "https://news.example.org/a/ ", "www.example.org ",
                        "news@example.org ", "http://例子.中国/路径 "));
                case 9 -> text.append(pick(random, "*", "**", "_", "__", "~~")).append(words(random))
                        .append(pick(random, "*", "**", "_", "__", "~~", ""));
                case 10 -> text.append('`').append(pick(random, "code", "a  b", " x ", "<b>", "a`b")).append('`');
                case 11 -> text.append(pick(random, "&amp;", "&copy;", "&#x4E2D;", "&#0;", "&nosuch;", "\\*",
                        "\\[", "\\\\", "\\中"));
                case 12 -> text.append(pick(random, "\u3000", "\u00a0", "\u2003", "\t", "  ", " "));
                default -> text.append(pick(random, "*", "_", "[", "]", "(", ")", "<", ">", "&", "#", "|", "!", "~",
                        "`", "\\", "<b>", "</i>", "<!-- x -->", "<br/>", "[^1]", "![图](a.png)"));
            }
        }
        return text.toString();
    }

    private static final String[] URLS = {"/economy/a/", "../law/b/", "https://news.example.org/a?x=1&y=2",
            "http://x.org/a_(b)", "#note", "?page=2", "mailto:news@example.org", "tel:+86-22-1234", "a%20b.html",
            "<a b.html>", "河西/区", "https://例子.中国/新闻", "a\\_b", "a&amp;b", "\"quoted\"", "", "<>",
            "//cdn.example.org/a.js", " /spaced/ ", "a\u3000b", "a\u00a0b"};
    /** URLs the fast path reads: no character of inline syntax, nothing an autolink would start with. */
    private static final String[] PLAIN_URLS = {"/economy/a/", "../law/b/", "#note", "?page=2", "a%20b.html", "河西/区",
            "tel:+86-22-1234", "/a(b)c/", "", " /spaced/ ", "/a?x=1", "a\u3000b", "a\u00a0b", "HTTP:x", "/%E6%B2%B3/",
            "mailto:news", "/a b/", "\"quoted\""};
    private static final String[] REFUSED_URLS = {"javascript:alert(1)", "JavaScript:x", "java&#x09;script:x",
            "vbscript:x", "data:text/html,x", "data:image/png;base64,AAAA", "ftp://files.example.org/"};
    private static final String[] ODD = {"1. 有序", "2) 有序", "12345678901. 长数字", "#没有空格", "- ", "-",
            "- - 嵌套", "+5%", "=", "===", " 缩进", "\u3000全角空格开头", "结尾全角空格\u3000", "\u00a0不换行空格",
            "：冒号开头", "    ", "\t制表符", "## 1. 编号标题", "<div>块</div>", "<!-- 注释 -->", "[r]: /ref/ \"标题\"",
            "[全文][r]", "| 不是表格 |"};

    private static final String CHINESE = "河西区推进城市一刻钟便民生活圈建设居民服务法治政府示范“”，。、：；（）《》？％·—";
    private static final String PLAIN_ENGLISH = "Hexi District red property plan 150 communities 2024 ";
    private static final String ENGLISH = "Hexi District's \"red property\" plan: 150 communities (2024), 3.5 km "
            + "up 12% a+b=c x > y C# $2 #1 ... ? ";

    private static String chinese(Random random) {
        return text(random, CHINESE);
    }

    private static String words(Random random) {
        String text = text(random, ENGLISH).strip();
        return text.isEmpty() ? "Hexi" : text;
    }

    private static String text(Random random, String alphabet) {
        StringBuilder text = new StringBuilder();
        for (int i = 1 + random.nextInt(20); i > 0; i--) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return text.toString();
    }

    private static String pick(Random random, String... choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** A body as a failure prints it: control characters and Unicode spaces made visible. */
    private static String shown(String body) {
        return body.replace("\r", "\\r").replace("\t", "\\t").replace("\u3000", "\\u3000").replace("\u00a0", "\\u00a0")
                .replace("\u2003", "\\u2003");
    }
}
