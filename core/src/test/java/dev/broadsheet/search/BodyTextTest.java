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
    void dropsCommentsScriptsAndStyles() {
        assertEquals("ab", BodyText.of("a<!-- hidden --><script>var x = '<p>';</script><style>p{}</style>b"));
    }

    @Test
    void cutsAnExcerptFoldingWhiteSpace() {
        assertEquals("one two", BodyText.excerpt("\n one \n\n two ", 160));
        assertEquals("河西区", BodyText.excerpt("河西区融媒体", 3));
    }
}
