package dev.broadsheet.scaffold;

import dev.broadsheet.config.LanguageConfig;
import dev.broadsheet.config.SectionConfig;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.content.Slugs;
import dev.broadsheet.diagnostics.BuildException;
import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.diagnostics.SourcePosition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Creates the files of a new article or page, one per language, with the same name in each language's folder
 * so that they are translations of each other: {@code content/<lang>/<section>/<day>-<slug>.md} for an
 * article, {@code content/<lang>/<name>.md} for a page. Every problem is found before anything is written, so
 * a request with any problem writes nothing.
 */
public final class NewFiles {

    private static final Pattern DATED_NAME = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}-");

    /** One file to write: its path relative to the site folder, and its text. */
    private record Planned(String path, String text) {
    }

    private NewFiles() {
    }

    /**
     * Creates the files for {@code path} ({@code <section>/<slug>} or {@code <name>}) in every language of
     * {@code config}, or in {@code language} alone when it is not null, dated {@code now} in the site's time zone.
     *
     * @return the files written, in the order of the site's languages
     * @throws BuildException naming every problem found; then nothing is written
     */
    public static List<Path> create(Path siteDir, SiteConfig config, String path, String language, Instant now) {
        Diagnostics diagnostics = new Diagnostics();
        List<LanguageConfig> languages = languages(config, language, diagnostics);
        String first = languages.isEmpty() ? language : languages.get(0).key();
        ZonedDateTime time = now.atZone(config.timeZone()).truncatedTo(ChronoUnit.SECONDS);
        Optional<Target> target = Target.parse(path, time, "content/" + first + "/", config, diagnostics);
        List<Planned> planned = new ArrayList<>();
        if (target.isPresent() && !diagnostics.hasErrors()) {
            for (LanguageConfig lang : languages) {
                plan(siteDir, target.get(), lang, time, diagnostics).ifPresent(planned::add);
            }
        }
        diagnostics.throwIfErrors();
        return write(siteDir, planned);
    }

    /** The languages asked for: all of the site's, or the one named, which must be declared. */
    private static List<LanguageConfig> languages(SiteConfig config, String language, Diagnostics diagnostics) {
        if (language == null) return config.languages();
        Optional<LanguageConfig> declared = config.language(language);
        if (declared.isEmpty()) {
            diagnostics.error(SourcePosition.of("content/" + language + "/"), "language '" + language
                    + "' is not declared in site.yaml (languages: " + String.join(", ",
                    config.languages().stream().map(LanguageConfig::key).toList()) + ")");
            return List.of();
        }
        return List.of(declared.get());
    }

    /** The file of {@code target} in {@code language}, unless it or an article of the same slug exists. */
    private static Optional<Planned> plan(Path siteDir, Target target, LanguageConfig language, ZonedDateTime time,
                                          Diagnostics diagnostics) {
        String folder = "content/" + language.key() + "/" + target.folder();
        String path = folder + target.fileName();
        if (Files.exists(siteDir.resolve(path))) {
            diagnostics.error(SourcePosition.of(path), "exists already");
            return Optional.empty();
        }
        if (target.section() != null) {
            Optional<String> sameSlug = sameSlug(siteDir.resolve(folder), target.slug());
            if (sameSlug.isPresent()) {
                diagnostics.error(SourcePosition.of(folder + sameSlug.get()), "has the slug '" + target.slug()
                        + "' already, so a new article with it would get the same URL; choose another slug");
                return Optional.empty();
            }
        }
        Scaffold.Kind kind = target.section() == null ? Scaffold.Kind.PAGE : Scaffold.Kind.ARTICLE;
        return Scaffold.find(siteDir, language.key(), kind, diagnostics)
                .map(scaffold -> scaffold.fill(Map.of(
                        "title", titlePlaceholder(language, target.slug()),
                        "date", time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                        "slug", target.slug(),
                        "section", target.section() == null ? "" : target.section(),
                        "language", language.key()), diagnostics))
                .map(text -> new Planned(path, text));
    }

    /** The name of a Markdown file in {@code folder} whose slug, taken from its name, is {@code slug}. */
    private static Optional<String> sameSlug(Path folder, String slug) {
        if (!Files.isDirectory(folder)) return Optional.empty();
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> DATED_NAME.matcher(name).replaceFirst("").equals(slug + ".md"))
                    .sorted().findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    /** A title that says it is still to be written, in the language of the file, naming the slug. */
    static String titlePlaceholder(LanguageConfig language, String slug) {
        return language.javaLocale().getLanguage().equals("zh") ? "标题待定：" + slug : "Title to come: " + slug;
    }

    /** Writes every planned file; when one cannot be written, deletes those written before it. */
    private static List<Path> write(Path siteDir, List<Planned> planned) {
        List<Path> written = new ArrayList<>();
        for (Planned p : planned) {
            Path file = siteDir.resolve(p.path());
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, p.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
                written.add(file);
            } catch (FileAlreadyExistsException e) {
                deleteAll(written);
                throw BuildException.of(SourcePosition.of(p.path()), "exists already");
            } catch (IOException e) {
                deleteAll(written);
                throw new UncheckedIOException("cannot write " + p.path(), e);
            }
        }
        return List.copyOf(written);
    }

    private static void deleteAll(List<Path> files) {
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // the failure being reported is the write's; a file left here shows in the next request's error
            }
        }
    }

    /**
     * Where a request's files go in each language: {@code <section>/<day>-<slug>.md} for an article,
     * {@code <slug>.md} for a page ({@code section} null).
     */
    private record Target(String section, String slug, String fileName) {

        String folder() {
            return section == null ? "" : section + "/";
        }

        /**
         * Reads {@code path}; reports a path of another shape, an undeclared section and a name that is not a
         * slug at {@code where}, the first language's content folder.
         */
        static Optional<Target> parse(String path, ZonedDateTime time, String where, SiteConfig config,
                                      Diagnostics diagnostics) {
            String[] parts = path.strip().split("/", -1);
            if (parts.length > 2 || Stream.of(parts).anyMatch(String::isEmpty)) {
                diagnostics.error(SourcePosition.of(where), "'" + path + "' is neither <section>/<slug> (an "
                        + "article) nor <name> (a page)");
                return Optional.empty();
            }
            String section = parts.length == 2 ? parts[0] : null;
            String slug = parts[parts.length - 1];
            String fileName = section == null ? slug + ".md"
                    : time.toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE) + "-" + slug + ".md";
            String folder = where + (section == null ? "" : section + "/");
            if (section != null && config.section(section).isEmpty()) {
                List<String> declared = config.sections().stream().map(SectionConfig::key).toList();
                diagnostics.error(SourcePosition.of(folder), "section '" + section + "' is not declared in site.yaml"
                        + (declared.isEmpty() ? ", which declares no sections" : " (sections: "
                        + String.join(", ", declared) + ")"));
            }
            if (!Slugs.isSlug(slug)) {
                diagnostics.error(SourcePosition.of(folder + fileName), Slugs.problem(slug));
            } else if (section == null && config.section(slug).isPresent()) {
                diagnostics.error(SourcePosition.of(folder + fileName), "'" + slug + "' is a section: a page of "
                        + "that name would get the URL of the section's list; choose another name");
            }
            return Optional.of(new Target(section, slug, fileName));
        }
    }
}
