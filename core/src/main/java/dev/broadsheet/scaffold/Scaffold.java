package dev.broadsheet.scaffold;

import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.diagnostics.SourcePosition;
import dev.broadsheet.io.TextFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The template of a new file: the text of an article or page with placeholders, {@code ${title}},
 * {@code ${date}}, {@code ${slug}}, {@code ${section}} and {@code ${language}}, that {@link #fill} replaces. A
 * site keeps its own in {@code scaffolds/<lang>/article.md} (one language) or {@code scaffolds/article.md} (all
 * of them), and {@code page.md} beside it; without one the built-in scaffold is used.
 */
final class Scaffold {

    /** What a scaffold makes, and the name of its file. */
    enum Kind {
        ARTICLE("article.md"),
        PAGE("page.md");

        private final String file;

        Kind(String file) {
            this.file = file;
        }
    }

    /** The names a scaffold may use, in the order error messages list them. */
    static final List<String> PLACEHOLDERS = List.of("title", "date", "slug", "section", "language");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}\\n]*)}");

    private final String source;
    private final String text;

    private Scaffold(String source, String text) {
        this.source = source;
        this.text = text;
    }

    /**
     * The scaffold of {@code kind} for {@code language}: the site's {@code scaffolds/<language>/<file>}, else its
     * {@code scaffolds/<file>}, else the built-in one. Empty when the site's file cannot be read (reported).
     */
    static Optional<Scaffold> find(Path siteDir, String language, Kind kind, Diagnostics diagnostics) {
        for (String candidate : List.of("scaffolds/" + language + "/" + kind.file, "scaffolds/" + kind.file)) {
            Path file = siteDir.resolve(candidate);
            if (Files.isRegularFile(file)) {
                return TextFiles.read(file, candidate, diagnostics).map(text -> new Scaffold(candidate, text));
            }
        }
        return Optional.of(builtIn(kind));
    }

    private static Scaffold builtIn(Kind kind) {
        String resource = "/dev/broadsheet/scaffold/" + kind.file;
        try (InputStream in = Scaffold.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("the built-in scaffold " + resource + " is missing");
            return new Scaffold(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The scaffold's text with each placeholder replaced by its value; a placeholder of another name is an error
     * at its line and column, and is left as it was.
     */
    String fill(Map<String, String> values, Diagnostics diagnostics) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                diagnostics.error(position(m.start()), "unknown placeholder " + m.group() + " (a scaffold may use "
                        + String.join(", ", PLACEHOLDERS.stream().map(p -> "${" + p + "}").toList()) + ")");
                value = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The line and column of {@code index} in the text, both from 1. */
    private SourcePosition position(int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePosition(source, line, index - lineStart + 1);
    }
}
