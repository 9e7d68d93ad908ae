package dev.broadsheet.io;

import dev.broadsheet.diagnostics.Diagnostics;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextFilesTest {

    private static Optional<String> decode(byte[] bytes, Diagnostics diagnostics) {
        return TextFiles.decode(bytes, "a.md", diagnostics);
    }

    @Test
    void decodesUtf8DropsTheByteOrderMarkAndNormalisesLineEndings() {
        byte[] bytes = "\uFEFF河西\r\nnews\rend\n".getBytes(StandardCharsets.UTF_8);
        Diagnostics diagnostics = new Diagnostics();
        assertEquals(Optional.of("河西\nnews\nend\n"), decode(bytes, diagnostics));
        assertTrue(diagnostics.all().isEmpty());
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsText() {
        Diagnostics diagnostics = new Diagnostics();
        assertEquals(Optional.of("乱码 \uFFFD 示例\n"), decode("乱码 \uFFFD 示例\n".getBytes(StandardCharsets.UTF_8),
                diagnostics));
        assertTrue(diagnostics.all().isEmpty());
    }

    @Test
    void badBytesAreReportedAtTheirLineAndColumnWhateverTheyAre() {
        byte[] gbk = "标题\n河西区新闻\n".getBytes(java.nio.charset.Charset.forName("GBK"));
        byte[] lone = {'o', 'k', '\n', 'a', (byte) 0x80, 'b'};
        byte[] truncated = {'x', '\n', 'y', 'z', (byte) 0xE6, (byte) 0xB2};
        byte[] surrogate = {'\n', '\n', (byte) 0xED, (byte) 0xA0, (byte) 0x80};
        for (var c : List.of(new Object[] {gbk, "a.md:1:1"}, new Object[] {lone, "a.md:2:2"},
                new Object[] {truncated, "a.md:2:3"}, new Object[] {surrogate, "a.md:3:1"})) {
            Diagnostics diagnostics = new Diagnostics();
            assertEquals(Optional.empty(), decode((byte[]) c[0], diagnostics));
            assertEquals(1, diagnostics.all().size());
            assertTrue(diagnostics.all().get(0).toString().startsWith(c[1] + ": not valid UTF-8"),
                    diagnostics.all().get(0).toString());
        }
    }
}
