package dev.broadsheet.render;

import freemarker.template.utility.StringUtil;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * {@link PageWriter} writes the bytes {@code String.getBytes(UTF_8)} would, page after page on one thread, and
 * escapes for HTML exactly as FreeMarker's HTML output format does.
 */
class PageWriterTest {

    private static byte[] written(String... parts) {
        PageWriter writer = PageWriter.open();
        for (String part : parts) writer.write(part);
        return writer.bytes();
    }

    private static void assertSameAsString(String... parts) {
        assertArrayEquals(String.join("", parts).getBytes(StandardCharsets.UTF_8), written(parts));
    }

    @Test
    void encodesEveryLengthOfUtf8LikeString() {
        assertSameAsString("<p>", "é ß", "中文", "&amp;", "\u0000\u007f\u0080\u07ff\u0800\uffff");
    }

    @Test
    void encodesSurrogatePairsAndReplacesLoneSurrogatesLikeString() {
        assertSameAsString("emoji 😀 and 𠀀");
        assertSameAsString("lone high \ud83d then text", "lone low \ude00", "high at the end \ud83d");
        assertSameAsString("pair split \ud83d", "\ude00 across writes");
    }

    @Test
    void startsEmptyForEachPageAndGrowsPastItsBuffer() {
        PageWriter writer = PageWriter.open();
        writer.write("an abandoned page");
        String large = "中".repeat(50_000) + "a".repeat(2_000_000);
        assertSameAsString(large);
        assertSameAsString("after a large page");
        PageWriter next = PageWriter.open();
        next.write(new char[] {'x', 'y', 'z'}, 1, 2);
        next.write('!');
        next.append("é");
        assertArrayEquals("yz!é".getBytes(StandardCharsets.UTF_8), next.bytes());
    }

    @Test
    void escapesLikeFreeMarkersHtmlOutputFormat() {
        List<String> texts = new ArrayList<>(List.of("", "<", "plain", "Xi'an & \"Tianjin\" <b>1 > 0</b>",
                "中文标题", "a&b", "ends with '", "<<>>&&\"\"''", "emoji 😀 < 𠀀", "=?@;:"));
        // random texts from an alphabet heavy in the five characters, around them and beyond ASCII
        char[] alphabet = "<>&\"'=;:?@ azAZ09中文é\u2019".toCharArray();
        Random random = new Random(42);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(40); length > 0; length--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            PageWriter writer = PageWriter.open();
            writer.write("before ");
            writer.writeEscaped(text);
            writer.write(" after");
            String expected = "before " + StringUtil.XHTMLEnc(text) + " after";
            assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), writer.bytes(), text);
        }
    }

    @Test
    void escapesTextLargerThanItsBuffer() {
        String large = "标题 & <i>".repeat(100_000);
        PageWriter writer = PageWriter.open();
        writer.writeEscaped(large);
        assertArrayEquals(StringUtil.XHTMLEnc(large).getBytes(StandardCharsets.UTF_8), writer.bytes());
    }
}
