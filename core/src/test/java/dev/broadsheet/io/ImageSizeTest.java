package dev.broadsheet.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ImageSizeTest {

    private static Optional<ImageSize> size(byte[] bytes) throws IOException {
        return ImageSize.of(new ByteArrayInputStream(bytes));
    }

    private static byte[] encoded(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, format, out)) throw new IllegalStateException("no writer for " + format);
        return out.toByteArray();
    }

    @Test
    void readsPngGifAndJpegHeaders() throws IOException {
        assertEquals(Optional.of(new ImageSize(1200, 630)), size(encoded("png", 1200, 630)));
        assertEquals(Optional.of(new ImageSize(37, 19)), size(encoded("gif", 37, 19)));
        assertEquals(Optional.of(new ImageSize(640, 360)), size(encoded("jpeg", 640, 360)));
    }

    @Test
    void findsAJpegFrameHeaderBehindALargeSegment() throws IOException {
        byte[] jpeg = encoded("jpeg", 300, 200);
        // an APP1 (EXIF) segment of 65,000 bytes right after the start-of-image marker, as cameras write
        int length = 65_000;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
        out.write(new byte[length - 2]);
        out.write(jpeg, 2, jpeg.length - 2);
        assertEquals(Optional.of(new ImageSize(300, 200)), size(out.toByteArray()));
    }

    @Test
    void readsTheThreeKindsOfWebp() throws IOException {
        byte[] lossy = webp("VP8 ", 0x30, 0x01, 0x00, 0x9D, 0x01, 0x2A, 0xB0, 0x04, 0x76, 0x02);
        assertEquals(Optional.of(new ImageSize(1200, 630)), size(lossy));
        // 1199 and 629 in 14 bits each: 0x4AF | 0x275 << 14
        int bits = 1199 | 629 << 14;
        byte[] lossless = webp("VP8L", 0x2F, bits & 0xFF, bits >> 8 & 0xFF, bits >> 16 & 0xFF, bits >> 24 & 0xFF);
        assertEquals(Optional.of(new ImageSize(1200, 630)), size(lossless));
        byte[] extended = webp("VP8X", 0x10, 0, 0, 0, 0xAF, 0x04, 0x00, 0x75, 0x02, 0x00);
        assertEquals(Optional.of(new ImageSize(1200, 630)), size(extended));
    }

    private static byte[] webp(String chunk, int... data) {
        byte[] bytes = new byte[40];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 4);
        System.arraycopy("WEBP".getBytes(StandardCharsets.US_ASCII), 0, bytes, 8, 4);
        System.arraycopy(chunk.getBytes(StandardCharsets.US_ASCII), 0, bytes, 12, 4);
        for (int i = 0; i < data.length; i++) bytes[20 + i] = (byte) data[i];
        return bytes;
    }

    @Test
    void readsAnSvgsWidthAndHeightOrElseItsViewBox() throws IOException {
        assertEquals(Optional.of(new ImageSize(1200, 630)), size(svg("width=\"1200\" height=\"630px\"")));
        assertEquals(Optional.of(new ImageSize(64, 48)), size(svg("viewBox=\"0 0 64 48\" width=\"100%\"")));
        assertEquals(Optional.of(new ImageSize(13, 7)), size(svg("viewBox='0,0,12.6,7.2'")));
        assertEquals(Optional.empty(), size(svg("width=\"10cm\" height=\"5cm\"")));
        assertEquals(Optional.empty(), size(svg("")));
    }

    private static byte[] svg(String attributes) {
        return ("<?xml version=\"1.0\"?>\n<!-- a comment -->\n<svg xmlns=\"http://www.w3.org/2000/svg\" " + attributes
                + "><rect width=\"1\" height=\"1\"/></svg>\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void whatIsNoImageOrIsCutShortHasNoSize() throws IOException {
        assertEquals(Optional.empty(), size("not an image".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), size(new byte[0]));
        byte[] png = encoded("png", 10, 10);
        assertEquals(Optional.empty(), size(java.util.Arrays.copyOf(png, 20)));
        byte[] jpeg = encoded("jpeg", 10, 10);
        assertEquals(Optional.empty(), size(java.util.Arrays.copyOf(jpeg, 40)));
    }

    @Test
    void readsAFile(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("cover.png"), encoded("png", 800, 450));
        assertEquals(Optional.of(new ImageSize(800, 450)), ImageSize.of(file));
        assertEquals(Optional.empty(), ImageSize.of(dir.resolve("missing.png")));
    }
}
