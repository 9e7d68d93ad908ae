package dev.broadsheet.markdown;

import static dev.broadsheet.markdown.Rendering.render;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextCountsTest {

    @Test
    void countsHanCharactersButNotPunctuation() {
        RenderedMarkdown rendered = render("河西区推进“红色物业”创建，成效明显。");

        assertEquals(15, rendered.cjkCharacters());
        assertEquals(0, rendered.words());
    }

    @Test
    void countsKanaAndHangulAsCjkCharacters() {
        assertEquals(8, render("ひらがなカタカナ").cjkCharacters());
        assertEquals(5, render("서울 강남구").cjkCharacters());
    }

    @Test
    void countsWordsOfOtherScripts() {
        RenderedMarkdown rendered = render("Hexi District's well-known 3.5% growth, in 2025 — Zürich café.");

        assertEquals(0, rendered.cjkCharacters());
        assertEquals(9, rendered.words(), "Hexi, District's, well-known, 3.5, growth, in, 2025, Zürich, café");
    }

    @Test
    void countsMixedText() {
        RenderedMarkdown rendered = render("河西区GDP增长5.2%，iPhone销量上升");

        assertEquals(9, rendered.cjkCharacters());
        assertEquals(3, rendered.words());
    }

    @Test
    void countsAWordSplitByMarkupOnce() {
        assertEquals(1, render("hel**lo**").words());
    }

    @Test
    void countsTheWholeBody() {
        RenderedMarkdown rendered = render("""
                # Title words

                - one
                - two

                | a | b |
                |---|---|
                | 甲 | 乙 |

                > quoted text

                ```
                code block
                ```

                Footnote[^1].

                [^1]: note text
                """);

        assertEquals(2, rendered.cjkCharacters());
        assertEquals(2 + 2 + 2 + 2 + 2 + 1 + 2, rendered.words());
    }

    @Test
    void leavesUrlsAndImageDescriptionsOut() {
        RenderedMarkdown rendered = render("See https://example.org/long/path and [the site](https://example.org) ![alt words](a.png)");

        assertEquals(4, rendered.words(), "See, and, the, site");
    }

    @Test
    void keepsWordsOnSeparateLinesApart() {
        assertEquals(2, render("Hexi\nDistrict").words());
        assertEquals(2, render("| a | b |\n|---|---|\n").words());
    }

    @Test
    void leavesUnreferencedFootnotesOutBecauseTheyAreNotRendered() {
        assertEquals(1, render("Text\n\n[^unused]: never shown here\n").words());
    }

    @Test
    void countsAnUndefinedFootnoteReferenceAsTheTextItRendersAs() {
        RenderedMarkdown rendered = render("Text[^missing] more");

        assertEquals("Text[^missing] more", rendered.firstParagraph());
        assertEquals("<p>Text[^missing] more</p>\n", rendered.html());
    }
}
