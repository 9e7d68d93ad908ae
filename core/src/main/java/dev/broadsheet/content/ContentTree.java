package dev.broadsheet.content;

import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.diagnostics.SourcePosition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the content files of a site: {@code content/<lang>/*.md} are standalone pages,
 * {@code content/<lang>/<section>/**}{@code /*.md} are articles. Names starting with {@code _} or {@code .}
 * are not content. Files come out sorted by path, whatever order the file system lists them in.
 */
final class ContentTree {

    private ContentTree() {
    }

    static List<SourceFile> scan(Path siteDir, SiteConfig config, Diagnostics diagnostics) {
        Path content = siteDir.resolve("content");
        List<SourceFile> files = new ArrayList<>();
        if (!Files.isDirectory(content)) {
            return files;
        }
        for (Path languageDir : list(content)) {
            String language = languageDir.getFileName().toString();
            if (skipped(language)) continue;
            if (!Files.isDirectory(languageDir)) {
                if (language.endsWith(".md")) {
                    diagnostics.error(SourcePosition.of("content/" + language, 1),
                            "a content file must be in a language folder such as content/"
                                    + config.defaultLanguage() + "/");
                }
                continue;
            }
            if (config.language(language).isEmpty()) {
                diagnostics.error(SourcePosition.of("content/" + language + "/", 1), "language folder '" + language
                        + "' is not declared under languages in site.yaml (declared: " + languageKeys(config) + ")");
                continue;
            }
            scanLanguage(languageDir, language, config, diagnostics, files);
        }
        return files;
    }

    private static void scanLanguage(Path languageDir, String language, SiteConfig config, Diagnostics diagnostics,
                                     List<SourceFile> files) {
        String prefix = "content/" + language + "/";
        for (Path entry : list(languageDir)) {
            String name = entry.getFileName().toString();
            if (skipped(name)) continue;
            if (Files.isDirectory(entry)) {
                List<Path> articles = markdownBelow(entry);
                boolean declared = config.section(name).isPresent();
                for (Path file : articles) {
                    String relative = languageDir.relativize(file).toString().replace('\\', '/');
                    SourceFile source = new SourceFile(file, prefix + relative, language, name, stripMd(relative));
                    if (declared) {
                        files.add(source);
                    } else {
                        diagnostics.error(SourcePosition.of(source.path(), 1), "section folder '" + name
                                + "' is not declared under sections in site.yaml (declared: "
                                + config.sections().stream().map(s -> s.key()).collect(Collectors.joining(", "))
                                + ")");
                    }
                }
            } else if (name.endsWith(".md")) {
                files.add(new SourceFile(entry, prefix + name, language, null, stripMd(name)));
            }
        }
    }

    private static List<Path> markdownBelow(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> noSkippedPart(dir.relativize(p)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean noSkippedPart(Path relative) {
        for (Path part : relative) {
            if (skipped(part.toString())) return false;
        }
        return true;
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean skipped(String name) {
        return name.startsWith("_") || name.startsWith(".");
    }

    private static String stripMd(String name) {
        return name.substring(0, name.length() - ".md".length());
    }

    private static String languageKeys(SiteConfig config) {
        return config.languages().stream().map(l -> l.key()).collect(Collectors.joining(", "));
    }
}
