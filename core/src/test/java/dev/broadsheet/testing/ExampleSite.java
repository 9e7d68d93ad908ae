package dev.broadsheet.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The project's example site, the real content tests read besides what they write themselves. */
public final class ExampleSite {

    private ExampleSite() {
    }

    /** Every Markdown file under the example site's {@code content/}, in path order. */
    public static List<Path> markdownFiles() {
        try (Stream<Path> walk = Files.walk(Path.of("../example-site/content"))) {
            return walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
