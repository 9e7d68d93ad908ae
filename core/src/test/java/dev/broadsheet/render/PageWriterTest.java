package dev.broadsheet.render;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class PageWriterTest {

    @Test
    void encodesLikeStringGetBytes() {
        String text = "<p>河西区 News &amp; 😀 café</p>\n";
        PageWriter out = new PageWriter();
        out.write(text);
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), out.bytes());
    }

    @Test
    void joinsSurrogatePairsSplitBetweenWritesAndReplacesLoneOnes() {
        String text = "a😀b\uD83Dc\uDE00d😀";
        PageWriter out = new PageWriter();
        out.write(text, 0, 2);            // "a" and the high half of 😀
        out.write(text.toCharArray(), 2, 4); // its low half, "b", a lone high surrogate, "c"
        out.write(text.substring(6));     // a lone low surrogate, "d", then a pair cut at the very end
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), out.bytes());

        PageWriter cut = new PageWriter();
        cut.write("x\uD83D");
        assertArrayEquals("x\uD83D".getBytes(StandardCharsets.UTF_8), cut.bytes());
    }

    @Test
    void randomPiecesOfAnyLengthGrowTheBufferAndMatch() {
        Random random = new Random(42);
        char[] alphabet = "ab<&\"é中文。\uD83D\uDE00\uD83D\uDC4D".toCharArray();
        StringBuilder expected = new StringBuilder();
        PageWriter out = new PageWriter();
        for (int piece = 0; piece < 2000; piece++) {
            StringBuilder s = new StringBuilder();
            int n = random.nextInt(120);
            for (int i = 0; i < n; i++) s.append(alphabet[random.nextInt(alphabet.length)]);
            String string = s.toString();
            expected.append(string);
            switch (piece % 4) {
                case 0 -> out.write(string);
                case 1 -> out.write(string.toCharArray(), 0, string.length());
                case 2 -> out.append(string);
                default -> string.chars().forEach(out::write);
            }
        }
        assertArrayEquals(expected.toString().getBytes(StandardCharsets.UTF_8), out.bytes());
    }
}
