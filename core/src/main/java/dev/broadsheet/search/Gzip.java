package dev.broadsheet.search;

import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Gzip with the same bytes for the same input: no file name, modification time 0, the header
 * {@link java.util.zip.GZIPOutputStream} writes. One per thread; it keeps its deflater and buffer.
 */
final class Gzip {

    private static final byte[] HEADER = {0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, 0};

    private final Deflater deflater;
    private final CRC32 crc = new CRC32();
    private byte[] out = new byte[1 << 16];

    /** @param level the deflate level, 1 (fastest) to 9 (smallest) */
    Gzip(int level) {
        deflater = new Deflater(level, true);
    }

    /** The gzip file of {@code data[0, length)}. */
    byte[] compress(byte[] data, int length) {
        deflater.reset();
        deflater.setInput(data, 0, length);
        deflater.finish();
        int size = HEADER.length;
        if (out.length < length / 2 + 64) out = new byte[length / 2 + 64];
        System.arraycopy(HEADER, 0, out, 0, HEADER.length);
        while (!deflater.finished()) {
            if (size == out.length) out = Arrays.copyOf(out, out.length * 2);
            size += deflater.deflate(out, size, out.length - size);
        }
        crc.reset();
        crc.update(data, 0, length);
        byte[] file = Arrays.copyOf(out, size + 8);
        littleEndian(file, size, (int) crc.getValue());
        littleEndian(file, size + 4, length);
        return file;
    }

    /** Frees the deflater's native memory. */
    void end() {
        deflater.end();
    }

    private static void littleEndian(byte[] bytes, int at, int value) {
        bytes[at] = (byte) value;
        bytes[at + 1] = (byte) (value >> 8);
        bytes[at + 2] = (byte) (value >> 16);
        bytes[at + 3] = (byte) (value >> 24);
    }
}
