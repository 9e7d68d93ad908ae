package dev.broadsheet.render;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** {@link PageWriter} writes the bytes {@code String.getBytes(UTF_8)} would, page after page on one thread. */
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
}
