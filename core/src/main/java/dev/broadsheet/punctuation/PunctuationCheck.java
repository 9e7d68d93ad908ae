package dev.broadsheet.punctuation;

import dev.broadsheet.config.LanguageConfig;
import dev.broadsheet.content.Language;
import dev.broadsheet.content.Site;
import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.diagnostics.SourcePosition;
import dev.broadsheet.io.Parallel;
import dev.broadsheet.markdown.Prose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The Chinese punctuation check over a site's sources, and its fix. It reads the articles and pages of every
 * language whose locale is Chinese ({@code zh}, {@code zh-CN}, {@code zh-TW}…) straight from their files, not
 * from the loaded model, so that a fix changes exactly the characters the check pointed at.
 */
public final class PunctuationCheck {

    private PunctuationCheck() {
    }

    /**
     * The changes the rules ask for in {@code site}'s sources, in the order of files and positions; each is a
     * warning of the check ({@link Correction#warning}). A file that cannot be read is an error in
     * {@code diagnostics}.
     */
    public static List<Correction> corrections(Path siteDir, Site site, Diagnostics diagnostics) {
        return read(siteDir, site, diagnostics).stream().flatMap(file -> file.corrections().stream())
                .sorted(Comparator.comparing(Correction::position)).toList();
    }

    /**
     * Makes in {@code site}'s sources every change of {@link #corrections}, writing only the files that
     * change and only the characters it reports.
     *
     * @return the changes made, in the order of files and positions; none when a file could not be read
     *         (the errors are in {@code diagnostics}), so that a fix is made whole or not at all
     * @throws UncheckedIOException when a file cannot be written
     */
    public static List<Correction> fix(Path siteDir, Site site, Diagnostics diagnostics) {
        List<Checked> files = read(siteDir, site, diagnostics);
        if (diagnostics.hasErrors()) return List.of();
        List<Correction> made = new ArrayList<>();
        for (Checked file : files) {
            if (file.edits().isEmpty()) continue;
            try {
                Files.write(file.file(), file.source().with(file.edits()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file.file(), e);
            }
            made.addAll(file.corrections());
        }
        made.sort(Comparator.comparing(Correction::position));
        return made;
    }

    /** What the rules found in one file. */
    private record Checked(Path file, SourceText source, List<RunChecker.Edit> edits) {
        List<Correction> corrections() {
            return edits.stream().map(edit -> new Correction(source.position(edit.start()), edit.rule(),
                    source.text().substring(edit.start(), edit.end()), edit.replacement())).toList();
        }
    }

    /** A source file to check, with the rules of its language. */
    private record Source(String path, RunChecker checker) {
    }

    private static List<Checked> read(Path siteDir, Site site, Diagnostics diagnostics) {
        Prose prose = new Prose(site.config().markdown());
        List<Source> sources = new ArrayList<>();
        for (Language language : site.languages()) {
            Optional<RunChecker> checker = checker(language.config(), site);
            if (checker.isEmpty()) continue;
            Stream.concat(language.articles().stream(), language.pages().stream())
                    .forEach(document -> sources.add(new Source(document.sourcePath(), checker.get())));
        }
        return Parallel.map(sources, source -> read(siteDir, source.path(), prose, source.checker(), diagnostics))
                .stream().flatMap(Optional::stream).toList();
    }

    private static Optional<Checked> read(Path siteDir, String path, Prose prose, RunChecker checker,
                                          Diagnostics diagnostics) {
        Path file = siteDir.resolve(path);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.error(SourcePosition.of(path, 1), "cannot read file: " + e.getMessage());
            return Optional.empty();
        }
        return SourceText.of(path, bytes, diagnostics)
                .map(source -> new Checked(file, source, SourceCheck.edits(source, path, prose, checker, diagnostics)));
    }

    /** The rules for a language's text, when it is Chinese: Traditional Chinese quotes with 「」. */
    private static Optional<RunChecker> checker(LanguageConfig language, Site site) {
        Locale locale = Locale.forLanguageTag(language.locale());
        if (!locale.getLanguage().equals("zh")) return Optional.empty();
        boolean traditional = locale.getScript().equals("Hant")
                || locale.getScript().isEmpty() && Set.of("TW", "HK", "MO").contains(locale.getCountry());
        return Optional.of(traditional ? new RunChecker(site.config().punctuation(), "「", "」")
                : new RunChecker(site.config().punctuation(), "“", "”"));
    }
}
