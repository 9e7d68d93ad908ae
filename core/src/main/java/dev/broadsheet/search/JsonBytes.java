package dev.broadsheet.search;

import java.util.Arrays;

/**
 * JSON written straight into UTF-8 bytes, without spaces: what the index files are made of. The caller writes
 * the punctuation ({@code {}, {@code [}, {@code ,}, {@code :}); this class writes numbers and strings. In
 * strings, quotes, backslashes and control characters are escaped, and a lone surrogate becomes U+FFFD, so
 * the bytes are always valid UTF-8 and valid JSON.
 */
final class JsonBytes {

    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private byte[] bytes;
    private int size;

    JsonBytes(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    /** How many bytes are written. */
    int size() {
        return size;
    }

    /** The bytes written: valid up to {@link #size}. */
    byte[] buffer() {
        return bytes;
    }

    /** A copy of the bytes written. */
    byte[] toBytes() {
        return Arrays.copyOf(bytes, size);
    }

    /** Forgets what was written, keeping the buffer. */
    void clear() {
        size = 0;
    }

    JsonBytes ascii(char c) {
        ensure(1);
        bytes[size++] = (byte) c;
        return this;
    }

    /** ASCII text as it is, such as {@code "v":1,}. */
    JsonBytes ascii(String text) {
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) bytes[size++] = (byte) text.charAt(i);
        return this;
    }

    JsonBytes bytes(byte[] source, int from, int to) {
        ensure(to - from);
        System.arraycopy(source, from, bytes, size, to - from);
        size += to - from;
        return this;
    }

    JsonBytes number(int value) {
        ensure(11);
        if (value < 0) {
            bytes[size++] = '-';
            value = -value; // the index writes no negative numbers past Integer.MIN_VALUE's
        }
        int digits = 1;
        for (int v = value; v >= 10; v /= 10) digits++;
        for (int i = size + digits - 1; i >= size; i--) {
            bytes[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        size += digits;
        return this;
    }

    JsonBytes string(String text) {
        return string(text, 0, text.length());
    }

    /** {@code text[from, to)} as a JSON string. */
    JsonBytes string(CharSequence text, int from, int to) {
        ensure(2 + (to - from) * 3);
        bytes[size++] = '"';
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                bytes[size++] = (byte) c;
            } else if (c < 0x80) {
                escape(c);
            } else if (c < 0x800) {
                bytes[size++] = (byte) (0xC0 | c >> 6);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                bytes[size++] = (byte) (0xF0 | cp >> 18);
                bytes[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
                bytes[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | cp & 0x3F);
            } else {
                char unit = Character.isSurrogate(c) ? '\uFFFD' : c;
                bytes[size++] = (byte) (0xE0 | unit >> 12);
                bytes[size++] = (byte) (0x80 | unit >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | unit & 0x3F);
            }
        }
        bytes[size++] = '"';
        return this;
    }

    private void escape(char c) {
        ensure(6);
        bytes[size++] = '\\';
        switch (c) {
            case '"' -> bytes[size++] = '"';
            case '\\' -> bytes[size++] = '\\';
            case '\n' -> bytes[size++] = 'n';
            case '\r' -> bytes[size++] = 'r';
            case '\t' -> bytes[size++] = 't';
            default -> {
                bytes[size++] = 'u';
                bytes[size++] = '0';
                bytes[size++] = '0';
                bytes[size++] = HEX[c >> 4];
                bytes[size++] = HEX[c & 0xF];
            }
        }
    }

    private void ensure(int more) {
        if (size + more > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
}
