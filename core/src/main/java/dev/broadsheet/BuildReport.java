package dev.broadsheet;

import dev.broadsheet.diagnostics.Diagnostic;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a successful build did.
 *
 * @param languages    pages written per language, in the site's language order
 * @param otherFiles   files written that belong to no language (sitemap, 404, static files)
 * @param warnings     problems that did not stop the build
 * @param elapsed      wall time of the whole build
 * @param stages       wall time per stage ({@code load}, {@code markdown}, {@code render}, {@code write}), in order
 * @param upToDate     whether the output was already up to date, so that nothing was written
 */
public record BuildReport(List<LanguageReport> languages, int otherFiles, List<Diagnostic> warnings,
                          Duration elapsed, Map<String, Duration> stages, boolean upToDate) {

    public BuildReport {
        languages = List.copyOf(languages);
        warnings = List.copyOf(warnings);
        stages = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stages));
    }

    /** HTML pages written in all languages. */
    public int pages() {
        return languages.stream().mapToInt(LanguageReport::pages).sum();
    }

    /**
     * What was built in one language.
     *
     * @param language the language key
     * @param pages    HTML pages written
     * @param files    all files written for it (pages, feed, alias pages)
     * @param time     time from the start of rendering until its last file was written
     */
    public record LanguageReport(String language, int pages, int files, Duration time) {
    }
}
