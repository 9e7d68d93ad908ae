package dev.broadsheet.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Where a template writes one page: an unsynchronised buffer (a {@link java.io.StringWriter} locks on every
 * write, which FreeMarker does thousands of times a page), sized for a typical page, turned into UTF-8 once.
 */
final class PageWriter extends Writer {

    private final StringBuilder text = new StringBuilder(32 * 1024);

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String string, int offset, int length) {
        text.append(string, offset, offset + length);
    }

    @Override
    public void write(String string) {
        text.append(string);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public Writer append(CharSequence sequence) {
        text.append(sequence);
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
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
