package dev.broadsheet;

import dev.broadsheet.diagnostics.Diagnostic;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a successful build did.
 *
 * @param languages    the output's pages per language, in the site's language order
 * @param otherFiles   the output's files that belong to no language (sitemap, 404, static files)
 * @param warnings     problems that did not stop the build
 * @param elapsed      wall time of the whole build
 * @param stages       wall time per stage ({@code load}, {@code markdown}, {@code render}, {@code search} unless search is off, {@code write}), in order
 * @param upToDate     whether the output was already up to date, so that nothing was written
 * @param written      how many of the output's files this build wrote; a rebuild leaves every other one as it was
 */
public record BuildReport(List<LanguageReport> languages, int otherFiles, List<Diagnostic> warnings,
                          Duration elapsed, Map<String, Duration> stages, boolean upToDate, int written) {

    public BuildReport {
        languages = List.copyOf(languages);
        warnings = List.copyOf(warnings);
        stages = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stages));
    }

    /** HTML pages in all languages. */
    public int pages() {
        return languages.stream().mapToInt(LanguageReport::pages).sum();
    }

    /** All the output's files: every language's, and those of none. */
    public int files() {
        return languages.stream().mapToInt(LanguageReport::files).sum() + otherFiles;
    }

    /**
     * What was built in one language.
     *
     * @param language the language key
     * @param pages    its HTML pages
     * @param files    all its files (pages, feed, alias pages)
     * @param time     time from the start of rendering until its last file was written
     */
    public record LanguageReport(String language, int pages, int files, Duration time) {
    }
}
