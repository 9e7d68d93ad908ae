package dev.broadsheet.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * Where a template writes one page: encodes each piece to UTF-8 as it arrives, into one growing byte array.
 *
 * <p>The page is needed as UTF-8 bytes only. Collecting it in a {@link StringBuilder} first cost three passes
 * over every character (copying into the builder, which turns two bytes per character as soon as a Chinese
 * character arrives, then {@code toString}, then {@code getBytes}); this is one. A {@link java.io.StringWriter}
 * would also lock on each of the thousands of writes a page gets. Malformed UTF-16 (a lone surrogate) becomes
 * {@code ?}, as {@link String#getBytes(java.nio.charset.Charset)} would have it; a surrogate pair split
 * between two writes is joined.
 */
final class PageWriter extends Writer {

    private byte[] bytes = new byte[32 * 1024];
    private int length;
    /** A high surrogate that ended the last write, waiting for its low half; 0 when none. */
    private char high;

    @Override
    public void write(char[] chars, int offset, int length) {
        room(length);
        for (int i = offset, end = offset + length; i < end; i++) {
            put(chars[i]);
        }
    }

    @Override
    public void write(String string, int offset, int length) {
        room(length);
        for (int i = offset, end = offset + length; i < end; i++) {
            put(string.charAt(i));
        }
    }

    @Override
    public void write(String string) {
        write(string, 0, string.length());
    }

    @Override
    public void write(int c) {
        room(1);
        put((char) c);
    }

    @Override
    public Writer append(CharSequence sequence) {
        String string = String.valueOf(sequence);
        write(string, 0, string.length());
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** The page as UTF-8. */
    byte[] bytes() {
        if (high != 0) {
            room(0);
            bytes[length++] = '?';
            high = 0;
        }
        return Arrays.copyOf(bytes, length);
    }

    /** Makes room for {@code chars} more characters (at most three bytes each) and a pending surrogate. */
    private void room(int chars) {
        long needed = length + 3L * chars + 4;
        if (needed > bytes.length) {
            if (needed > Integer.MAX_VALUE - 8) throw new OutOfMemoryError("page larger than 2 GB");
            bytes = Arrays.copyOf(bytes, (int) Math.max(needed, Math.min(Integer.MAX_VALUE - 8L, bytes.length * 2L)));
        }
    }

    private void put(char c) {
        byte[] b = bytes;
        if (c < 0x80 && high == 0) {
            b[length++] = (byte) c;
        } else if (high != 0) {
            char pending = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int code = Character.toCodePoint(pending, c);
                b[length++] = (byte) (0xF0 | code >> 18);
                b[length++] = (byte) (0x80 | code >> 12 & 0x3F);
                b[length++] = (byte) (0x80 | code >> 6 & 0x3F);
                b[length++] = (byte) (0x80 | code & 0x3F);
            } else {
                b[length++] = '?';
                put(c);
            }
        } else if (c < 0x800) {
            b[length++] = (byte) (0xC0 | c >> 6);
            b[length++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            b[length++] = '?';
        } else {
            b[length++] = (byte) (0xE0 | c >> 12);
            b[length++] = (byte) (0x80 | c >> 6 & 0x3F);
            b[length++] = (byte) (0x80 | c & 0x3F);
        }
    }
}
