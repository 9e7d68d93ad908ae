package dev.broadsheet.io;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The width and height of an image in pixels, read from the start of its file without decoding it: PNG, GIF,
 * JPEG and WebP from their headers, SVG from the {@code width} and {@code height} of its root element (in
 * pixels or without a unit), else from its {@code viewBox}. Other formats, and files that are not what their
 * first bytes promise, have no size. A JPEG is read marker by marker up to its frame header, skipping the
 * segments before it (an EXIF thumbnail may be large); the others need their first bytes only.
 *
 * @param width  in pixels, at least 1
 * @param height in pixels, at least 1
 */
public record ImageSize(int width, int height) {

    /** How much of an SVG file is searched for its root element. */
    private static final int SVG_HEAD = 64 * 1024;
    private static final Pattern SVG_ROOT = Pattern.compile("<svg\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern LENGTH = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(px)?\\s*");

    public ImageSize {
        if (width < 1 || height < 1) throw new IllegalArgumentException("not a size: " + width + "x" + height);
    }

    /** The size of the image in {@code file}, if it is one of the formats read here; empty when it cannot be read. */
    public static Optional<ImageSize> of(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 8192)) {
            return of(in);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The size of the image {@code stream} starts with; reads no further than it needs. */
    public static Optional<ImageSize> of(InputStream stream) throws IOException {
        InputStream in = stream.markSupported() ? stream : new BufferedInputStream(stream, 8192);
        in.mark(SVG_HEAD);
        byte[] head = in.readNBytes(32);
        if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return png(head);
        if (startsWith(head, 'G', 'I', 'F', '8')) return sized(le16(head, 6), le16(head, 8));
        if (startsWith(head, 0xFF, 0xD8)) {
            in.reset();
            try {
                skip(in, 2);
                return jpeg(in);
            } catch (EOFException e) {
                return Optional.empty();
            }
        }
        if (startsWith(head, 'R', 'I', 'F', 'F') && head.length >= 16 && head[8] == 'W' && head[9] == 'E'
                && head[10] == 'B' && head[11] == 'P') {
            return webp(head);
        }
        in.reset();
        return svg(new String(in.readNBytes(SVG_HEAD), StandardCharsets.UTF_8));
    }

    private static Optional<ImageSize> png(byte[] head) {
        // the IHDR chunk comes first: length (4), type (4), width (4), height (4)
        if (head.length < 24 || head[12] != 'I' || head[13] != 'H' || head[14] != 'D' || head[15] != 'R') {
            return Optional.empty();
        }
        return sized(be32(head, 16), be32(head, 20));
    }

    private static Optional<ImageSize> jpeg(InputStream in) throws IOException {
        // after the start-of-image marker: a run of segments, each a marker and (mostly) a length
        while (true) {
            int b = in.read();
            if (b < 0) return Optional.empty();
            if (b != 0xFF) continue;
            int marker;
            do {
                marker = in.read();
            } while (marker == 0xFF);
            if (marker < 0) return Optional.empty();
            if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD8) continue; // no length follows
            if (marker == 0xD9 || marker == 0xDA) return Optional.empty(); // end of image, or scan data, first
            int length = (read(in) << 8) | read(in);
            if (length < 2) return Optional.empty();
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                byte[] header = in.readNBytes(5);
                if (header.length < 5) return Optional.empty();
                return sized(be16(header, 3), be16(header, 1));
            }
            skip(in, length - 2);
        }
    }

    private static Optional<ImageSize> webp(byte[] head) {
        if (head.length < 30) return Optional.empty();
        String chunk = new String(head, 12, 4, StandardCharsets.US_ASCII);
        return switch (chunk) {
            // lossy: a key frame's start code, then 14-bit width and height
            case "VP8 " -> sized(le16(head, 26) & 0x3FFF, le16(head, 28) & 0x3FFF);
            // lossless: a signature byte, then width - 1 and height - 1 in 14 bits each
            case "VP8L" -> {
                int bits = (head[21] & 0xFF) | (head[22] & 0xFF) << 8 | (head[23] & 0xFF) << 16 | (head[24] & 0xFF) << 24;
                yield sized((bits & 0x3FFF) + 1, ((bits >>> 14) & 0x3FFF) + 1);
            }
            // extended: flags (4), then canvas width - 1 and height - 1 in 24 bits each
            case "VP8X" -> sized(le24(head, 24) + 1, le24(head, 27) + 1);
            default -> Optional.empty();
        };
    }

    private static Optional<ImageSize> svg(String text) {
        Matcher root = SVG_ROOT.matcher(text);
        if (!root.find()) return Optional.empty();
        String tag = root.group();
        Integer width = length(attribute(tag, "width"));
        Integer height = length(attribute(tag, "height"));
        if (width != null && height != null) return sized(width, height);
        String viewBox = attribute(tag, "viewBox");
        if (viewBox == null) return Optional.empty();
        String[] parts = viewBox.strip().split("[\\s,]+");
        if (parts.length != 4) return Optional.empty();
        try {
            return sized((int) Math.round(Double.parseDouble(parts[2])), (int) Math.round(Double.parseDouble(parts[3])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + name + "\\s*=\\s*(\"([^\"]*)\"|'([^']*)')").matcher(tag);
        if (!m.find()) return null;
        return m.group(2) != null ? m.group(2) : m.group(3);
    }

    /** A length in pixels, rounded; null for none, a percentage or another unit. */
    private static Integer length(String value) {
        if (value == null) return null;
        Matcher m = LENGTH.matcher(value);
        return m.matches() ? (int) Math.round(Double.parseDouble(m.group(1))) : null;
    }

    private static Optional<ImageSize> sized(long width, long height) {
        if (width < 1 || height < 1 || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) return Optional.empty();
        return Optional.of(new ImageSize((int) width, (int) height));
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }

    private static int read(InputStream in) throws IOException {
        int b = in.read();
        if (b < 0) throw new EOFException();
        return b;
    }

    private static void skip(InputStream in, long count) throws IOException {
        long left = count;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                read(in);
                skipped = 1;
            }
            left -= skipped;
        }
    }

    private static int le16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int le24(byte[] b, int at) {
        return le16(b, at) | (b[at + 2] & 0xFF) << 16;
    }

    private static int be16(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
    }

    private static long be32(byte[] b, int at) {
        return (long) be16(b, at) << 16 | be16(b, at + 2);
    }
}
