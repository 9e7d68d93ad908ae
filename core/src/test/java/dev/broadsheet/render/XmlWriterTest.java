package dev.broadsheet.render;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class XmlWriterTest {

    private static String write(XmlWriter writer) {
        String xml = new String(writer.toBytes(), StandardCharsets.UTF_8);
        return xml.substring(xml.indexOf('\n') + 1);
    }

    @Test
    void escapesMarkupKeepsTextAndDropsWhatXmlCannotCarry() {
        String text = "河西 <b>&\"news\"</b>\tline\nnext\u0001\uFFFE\uFFFF end";
        String xml = write(new XmlWriter().open("feed", "title", text).element("title", text).close("feed"));
        assertEquals("<feed title=\"河西 &lt;b&gt;&amp;&quot;news&quot;&lt;/b&gt;&#9;line&#10;next end\">\n"
                + "  <title>河西 &lt;b&gt;&amp;\"news\"&lt;/b&gt;\tline\nnext end</title>\n"
                + "</feed>\n", xml);
    }

    @Test
    void aTextWithNothingToEscapeIsWrittenAsItIs() {
        String url = "https://example.org/zh/tags/红色物业/?page=2";
        assertEquals("<loc>" + url + "</loc>\n", write(new XmlWriter().element("loc", url)));
        assertEquals("<e/>\n", write(new XmlWriter().empty("e")));
        assertEquals("<e></e>\n", write(new XmlWriter().element("e", "")));
    }

    @Test
    void countsTheUtf8BytesOfWhatItWrote() {
        XmlWriter xml = XmlWriter.fragment(0);
        xml.element("t", "a红\uD83D\uDCF0é");
        String text = xml.text(0, xml.length()).toString();
        assertEquals(text.getBytes(StandardCharsets.UTF_8).length, xml.utf8Length(0, xml.length()));
        assertEquals("<t>a红\uD83D\uDCF0é</t>\n", text);
    }
}
