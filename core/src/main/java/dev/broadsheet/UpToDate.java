package dev.broadsheet;

import dev.broadsheet.output.BuildCache;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The report of a build that found its output up to date and wrote nothing. */
final class UpToDate {

    private UpToDate() {
    }

    static BuildReport report(BuildCache cache, Duration elapsed, Map<String, Duration> stages) {
        // languages in the order of their first file, as a build reports them; no need to sort every entry
        Map<String, int[]> counts = new HashMap<>();
        Map<String, String> firstPath = new HashMap<>();
        int other = 0;
        for (BuildCache.Entry entry : cache.unorderedEntries()) {
            if (entry.language().equals("-")) {
                other++;
                continue;
            }
            firstPath.merge(entry.language(), entry.path(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            int[] c = counts.computeIfAbsent(entry.language(), k -> new int[2]);
            if (entry.path().endsWith(".html")) c[0]++;
            c[1]++;
        }
        List<BuildReport.LanguageReport> languages = counts.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(firstPath::get)))
                .map(e -> new BuildReport.LanguageReport(e.getKey(), e.getValue()[0], e.getValue()[1], Duration.ZERO))
                .toList();
        return new BuildReport(languages, other, List.of(), elapsed, stages, true);
    }
}
