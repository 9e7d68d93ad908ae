package dev.broadsheet.render;

import dev.broadsheet.io.ImageSize;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pixel sizes of the images pages point to by site path: a file under the site's {@code static/}, or else
 * one of the theme's assets, each read once from its header. A render makes its own, so a changed image is read
 * again. Safe for many threads.
 */
final class ImageSizes {

    private final Path staticDir;
    private final Map<String, Optional<ImageSize>> known = new ConcurrentHashMap<>();

    /** The sizes of the images of the site in {@code siteDir}. */
    ImageSizes(Path siteDir) {
        this.staticDir = siteDir.resolve("static");
    }

    /** The size of the image at {@code sitePath} ({@code images/a.jpg}, no leading {@code /}); empty when unknown. */
    Optional<ImageSize> of(String sitePath) {
        return known.computeIfAbsent(sitePath, this::read);
    }

    private Optional<ImageSize> read(String sitePath) {
        String path = sitePath;
        int end = indexOfAny(path, '?', '#');
        if (end >= 0) path = path.substring(0, end);
        if (path.isEmpty() || List.of(path.split("/")).contains("..")) return Optional.empty();
        Path file = staticDir.resolve(path);
        if (Files.isRegularFile(file)) return ImageSize.of(file);
        if (!path.startsWith("assets/")) return Optional.empty();
        return ThemeResources.read(path).flatMap(bytes -> {
            try {
                return ImageSize.of(new ByteArrayInputStream(bytes));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static int indexOfAny(String text, char a, char b) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == a || text.charAt(i) == b) return i;
        }
        return -1;
    }
}
