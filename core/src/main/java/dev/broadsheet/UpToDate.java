package dev.broadsheet;

import dev.broadsheet.output.BuildCache;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The report of a build that found its output up to date and wrote nothing. */
final class UpToDate {

    private UpToDate() {
    }

    static BuildReport report(BuildCache cache, Duration elapsed, Map<String, Duration> stages) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        int other = 0;
        for (BuildCache.Entry entry : cache.entries()) {
            if (entry.language().equals("-")) {
                other++;
                continue;
            }
            int[] c = counts.computeIfAbsent(entry.language(), k -> new int[2]);
            if (entry.path().endsWith(".html")) c[0]++;
            c[1]++;
        }
        List<BuildReport.LanguageReport> languages = counts.entrySet().stream()
                .map(e -> new BuildReport.LanguageReport(e.getKey(), e.getValue()[0], e.getValue()[1], Duration.ZERO))
                .toList();
        return new BuildReport(languages, other, List.of(), elapsed, stages, true);
    }
}
