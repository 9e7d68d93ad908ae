package dev.broadsheet.markdown;

import static dev.broadsheet.markdown.Rendering.render;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CjkLineBreaksTest {

    /** The HTML of a one-paragraph body, without the {@code <p>} around it. */
    private static String paragraph(String markdown) {
        String html = render(markdown).html();
        return html.substring("<p>".length(), html.length() - "</p>\n".length());
    }

    @Test
    void joinsLinesBetweenChineseCharacters() {
        assertEquals("河西区推进", paragraph("河西区\n推进"));
    }

    @Test
    void joinsLinesBetweenChinesePunctuationAndCharacters() {
        assertEquals("“红色物业”创建", paragraph("“红色物业”\n创建"));
        assertEquals("生活圈。全区", paragraph("生活圈。\n全区"));
        assertEquals("服务（试点）工作", paragraph("服务（试点）\n工作"));
        assertEquals("党建——引领", paragraph("党建——\n引领"));
    }

    @Test
    void keepsLineBreaksBetweenLatinWords() {
        assertEquals("Hexi\nDistrict", paragraph("Hexi\nDistrict"));
    }

    @Test
    void keepsLineBreaksBetweenChineseAndLatin() {
        assertEquals("河西\nDistrict", paragraph("河西\nDistrict"));
        assertEquals("GDP\n增长", paragraph("GDP\n增长"));
    }

    @Test
    void keepsLineBreaksBetweenLatinQuotes() {
        assertEquals("“red”\n“blue”", paragraph("“red”\n“blue”"));
    }

    @Test
    void keepsLineBreaksInKoreanBecauseItSpacesWords() {
        assertEquals("서울시\n강남구", paragraph("서울시\n강남구"));
    }

    @Test
    void joinsLinesInJapanese() {
        assertEquals("東京都の区役所", paragraph("東京都の\n区役所"));
    }

    @Test
    void looksThroughMarkupAroundTheBreak() {
        assertEquals("<strong>河西区</strong>推进", paragraph("**河西区**\n推进"));
        assertEquals("河西<em>区推进</em>", paragraph("河西*区\n推进*"));
        assertEquals("<a href=\"https://example.org\">河西区</a>推进", paragraph("[河西区](https://example.org)\n推进"));
    }

    @Test
    void looksThroughFootnoteReferences() {
        String html = render("河西区[^1]\n推进\n\n[^1]: 注释\n").html();

        assertEquals(true, html.contains("</sup>推进"), html);
    }

    @Test
    void keepsTheBreakAfterAReferenceToAMissingFootnote() {
        assertEquals("河西区[^x]\n推进", paragraph("河西区[^x]\n推进"));
    }

    @Test
    void keepsHardLineBreaks() {
        assertEquals("河西区<br />\n推进", paragraph("河西区  \n推进"));
    }

    @Test
    void joinsLinesInListsAndQuotes() {
        String html = render("- 河西区\n  推进\n\n> 河西区\n> 推进\n").html();

        assertEquals("<ul>\n<li>河西区推进</li>\n</ul>\n<blockquote>\n<p>河西区推进</p>\n</blockquote>\n", html);
    }
}
