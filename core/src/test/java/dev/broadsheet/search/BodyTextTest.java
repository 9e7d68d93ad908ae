package dev.broadsheet.search;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BodyTextTest {

    @Test
    void partsBlocksAndJoinsInlineElements() {
        assertEquals("\n河西<em>\n\nnext\n\n", BodyText.of("<p>河西&lt;em&gt;</p><h2 id=\"a\">next</h2><p></p>")
                .replace("\n\n\n", "\n\n"));
        assertEquals("\nAI社工 河小西\n", BodyText.of("<p><strong>AI</strong>社工 <a href=\"/a?b=1&amp;c=>\">河小西</a></p>"));
    }

    @Test
    void decodesCharacterReferencesAndKeepsUnknownOnesAsWritten() {
        assertEquals("a & b © 😀 &unknown; 5 < 6", BodyText.of("a &amp; b &copy; &#x1F600; &unknown; 5 &#60; 6"));
        // every HTML5 name, not a short list: raw HTML may hold any of them
        assertEquals("café ∮ ⟨x⟩", BodyText.of("caf&eacute; &ContourIntegral; &langle;x&rangle;"));
    }

    @Test
    void decodesAReferenceAsOftenAsItComesAndPastTheNamesItRemembers() {
        // one reader, body after body, as the index reads a site: the names it has seen, known or not, and
        // more names than it keeps
        BodyText body = new BodyText();
        StringBuilder html = new StringBuilder();
        StringBuilder text = new StringBuilder();
        String[][] names = {{"&amp;", "&"}, {"&quot;", "\""}, {"&nope;", "&nope;"}, {"&lt;", "<"}, {"&gt;", ">"},
            {"&copy;", "©"}, {"&eacute;", "é"}, {"&nbsp;", "\u00a0"}, {"&mdash;", "—"}, {"&hellip;", "…"},
            {"&laquo;", "«"}, {"&raquo;", "»"}, {"&deg;", "°"}, {"&times;", "×"}, {"&alpha;", "α"}, {"&beta;", "β"},
            {"&gamma;", "γ"}, {"&delta;", "δ"}, {"&amp", "&amp"}, {"&Amp;", "&Amp;"}};
        for (int round = 0; round < 3; round++) {
            for (String[] name : names) {
                html.append(name[0]).append('x');
                text.append(name[1]).append('x');
            }
            body.read(html.toString());
            assertEquals(text.toString(), new String(body.chars(), 0, body.length()), "round " + round);
        }
    }

    @Test
    void dropsCommentsScriptsAndStyles() {
        assertEquals("ab", BodyText.of("a<!-- hidden --><script>var x = '<p>';</script><style>p{}</style>b"));
    }

    @Test
    void cutsAnExcerptFoldingWhiteSpace() {
        assertEquals("one two", BodyText.excerpt("\n one \n\n two ", 160));
        assertEquals("河西区", BodyText.excerpt("河西区融媒体", 3));
    }
}
