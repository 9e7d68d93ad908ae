package dev.broadsheet.content;

import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.diagnostics.SourcePosition;
import dev.broadsheet.io.Parallel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
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
        // section folders are walked in parallel (a large site has thousands of files in each); the results
        // are joined in folder order, so the list is the same whatever the timing
        List<List<SourceFile>> found = Parallel.map(list(languageDir), entry -> {
            String name = entry.getFileName().toString();
            if (skipped(name)) return List.<SourceFile>of();
            if (Files.isDirectory(entry)) {
                List<Path> articles = markdownBelow(entry);
                if (config.section(name).isEmpty()) {
                    for (Path file : articles) {
                        diagnostics.error(SourcePosition.of(prefix + relative(languageDir, file), 1), "section folder '"
                                + name + "' is not declared under sections in site.yaml (declared: "
                                + config.sections().stream().map(s -> s.key()).collect(Collectors.joining(", "))
                                + ")");
                    }
                    return List.<SourceFile>of();
                }
                List<SourceFile> sources = new ArrayList<>(articles.size());
                for (Path file : articles) {
                    String relative = relative(languageDir, file);
                    sources.add(new SourceFile(file, prefix + relative, language, name, stripMd(relative)));
                }
                return sources;
            }
            if (name.endsWith(".md")) return List.of(new SourceFile(entry, prefix + name, language, null, stripMd(name)));
            return List.<SourceFile>of();
        });
        found.forEach(files::addAll);
    }

    private static String relative(Path languageDir, Path file) {
        return languageDir.relativize(file).toString().replace('\\', '/');
    }

    /** The Markdown files below {@code dir}, sorted, with one stat each (the walk hands its attributes over). */
    private static List<Path> markdownBelow(Path dir) {
        List<Path> found = new ArrayList<>();
        try {
            // links are followed: InputFiles has checked that each stays inside the site
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                    return folder.equals(dir) || !skipped(folder.getFileName().toString())
                            ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".md") && !skipped(name)
                            && (attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(file))) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(null);
        return found;
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
