package dev.broadsheet.io;

import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.diagnostics.SourcePosition;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a site's text files. */
public final class TextFiles {

    private TextFiles() {
    }

    /**
     * The largest text file a site may have, in bytes: 16 MiB, a thousand times a long article. A text is held in
     * memory several times over while it is read, parsed and rendered; this keeps a build's memory bounded
     * whatever a contributor commits.
     */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    /**
     * Reads {@code file} as UTF-8, dropping a leading byte order mark and turning CRLF and CR line endings into
     * LF. A file that is not valid UTF-8 is reported at the first bad line as {@code display:line:column}
     * (column counted in characters) and gives empty, as does one larger than {@link #MAX_BYTES}.
     */
    public static Optional<String> read(Path file, String display, Diagnostics diagnostics) {
        return readBytes(file, display, diagnostics).flatMap(bytes -> decode(bytes, display, diagnostics));
    }

    /** The bytes of {@code file}, or empty (with an error) when it cannot be read or is over {@link #MAX_BYTES}. */
    public static Optional<byte[]> readBytes(Path file, String display, Diagnostics diagnostics) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                diagnostics.error(SourcePosition.of(display), "is " + size / (1024 * 1024) + " MiB; a text file of a "
                        + "site may have at most " + MAX_BYTES / (1024 * 1024) + " MiB (split it)");
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            diagnostics.error(SourcePosition.of(display, 1), "cannot read file: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Decodes {@code bytes} as {@link #read} does. */
    public static Optional<String> decode(byte[] bytes, String display, Diagnostics diagnostics) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        // the quick road: String's own decoder puts U+FFFD for every malformed sequence, so a text without one
        // was valid; only a text with one (bad bytes, or a U+FFFD written in the file) takes the strict road
        String quick = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (quick.indexOf('\uFFFD') < 0) return Optional.of(normalizeLineEndings(quick));
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            diagnostics.error(badPosition(bytes, start, in.position(), display),
                    "not valid UTF-8 (was it saved as GBK or another legacy encoding?); save the file as UTF-8");
            return Optional.empty();
        }
        decoder.flush(out);
        out.flip();
        return Optional.of(normalizeLineEndings(out.toString()));
    }

    private static SourcePosition badPosition(byte[] bytes, int start, int badIndex, String display) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < badIndex; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1;
        try {
            column = StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(bytes, lineStart, badIndex - lineStart)).length() + 1;
        } catch (CharacterCodingException e) {
            // the prefix decoded cleanly during the first pass; keep column 1 if it somehow does not
        }
        return new SourcePosition(display, line, column);
    }

    static String normalizeLineEndings(String text) {
        if (text.indexOf('\r') < 0) return text;
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
