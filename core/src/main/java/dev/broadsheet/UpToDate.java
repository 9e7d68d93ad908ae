package dev.broadsheet;

import dev.broadsheet.output.BuildCache;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The report of a build that found its output up to date and wrote nothing. */
final class UpToDate {

    private UpToDate() {
    }

    static BuildReport report(BuildCache.Summary summary, Duration elapsed, Map<String, Duration> stages) {
        List<BuildReport.LanguageReport> languages = summary.languages().stream()
                .map(l -> new BuildReport.LanguageReport(l.language(), l.pages(), l.files(), Duration.ZERO))
                .toList();
        return new BuildReport(languages, summary.other(), List.of(), elapsed, stages, true, 0);
    }
}
