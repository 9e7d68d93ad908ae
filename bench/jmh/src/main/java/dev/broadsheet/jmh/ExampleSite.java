package dev.broadsheet.jmh;

import dev.broadsheet.diagnostics.SourcePosition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The site folder whose files the benchmarks read: the one named by the system property {@value #PROPERTY},
 * else the example site of the checkout the benchmarks jar was built in. Its files are read, never copied.
 */
public final class ExampleSite {

    /** The system property that names another site folder: {@code java -Dbroadsheet.site=DIR -jar ...}. */
    public static final String PROPERTY = "broadsheet.site";

    private ExampleSite() {
    }

    /**
     * A Markdown body without its front matter.
     *
     * @param start    where the body's first line is in its file, the file relative to the site folder
     * @param markdown the body
     */
    public record Body(SourcePosition start, String markdown) {
    }

    /** The site folder, checked to hold a {@code site.yaml}. */
    public static Path dir() {
        String named = System.getProperty(PROPERTY);
        Path dir = Path.of(named != null ? named : builtIn()).toAbsolutePath().normalize();
        if (!Files.isRegularFile(dir.resolve("site.yaml"))) {
            throw new IllegalStateException("no site.yaml in " + dir + ": name a site folder with -D" + PROPERTY
                    + "=DIR (the JVM options of the launching java command reach the benchmark forks)");
        }
        return dir;
    }

    /**
     * The body of {@code content/NAME.md}, cut after the front matter (from a first {@code ---} line to the
     * next {@code ---} or {@code ...} line) as the content loader does.
     *
     * @param name the file under {@code content/} without {@code .md}, e.g. {@code zh/law/2025-11-21-law-based-government}
     */
    public static Body body(String name) {
        String file = "content/" + name + ".md";
        String text;
        try {
            text = Files.readString(dir().resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return split(file, text);
    }

    private static Body split(String file, String text) {
        int lineEnd = text.indexOf('\n');
        if (lineEnd < 0 || !text.substring(0, lineEnd).strip().equals("---")) {
            return new Body(SourcePosition.of(file, 1), text);
        }
        int line = 1;
        int from = lineEnd + 1;
        while (from < text.length()) {
            line++;
            int end = text.indexOf('\n', from);
            int next = end < 0 ? text.length() : end + 1;
            String current = text.substring(from, end < 0 ? text.length() : end).strip();
            if (current.equals("---") || current.equals("...")) {
                return new Body(SourcePosition.of(file, line + 1), text.substring(next));
            }
            from = next;
        }
        throw new IllegalArgumentException(file + ": the front matter has no closing line");
    }

    private static String builtIn() {
        try (InputStream in = ExampleSite.class.getResourceAsStream("/broadsheet-jmh.properties")) {
            Properties properties = new Properties();
            if (in != null) properties.load(in);
            String site = properties.getProperty("site");
            if (site == null || site.contains("${")) {
                throw new IllegalStateException("the jar does not say where the example site is: set -D" + PROPERTY);
            }
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
