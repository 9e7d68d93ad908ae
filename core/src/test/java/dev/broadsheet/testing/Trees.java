package dev.broadsheet.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Snapshots of folder trees, to compare outputs byte for byte. */
public final class Trees {

    private Trees() {
    }

    /** Every file under {@code root}, by relative path, with a digest of its bytes (empty when root is absent). */
    public static Map<String, String> snapshot(Path root) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(root)) return files;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                files.put(root.relativize(file).toString().replace('\\', '/'),
                        bytes.length + ":" + Arrays.hashCode(bytes));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The names in {@code folder}, sorted, without the build and body caches kept beside output folders. */
    public static java.util.List<String> namesWithoutCaches(Path folder) {
        return names(folder).stream()
                .filter(n -> !n.endsWith(".broadsheet-cache") && !n.endsWith(".broadsheet-bodies")).toList();
    }

    /** The names in {@code folder}, sorted. */
    public static java.util.List<String> names(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
