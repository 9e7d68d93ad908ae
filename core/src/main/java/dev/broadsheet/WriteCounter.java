package dev.broadsheet;

import dev.broadsheet.content.Language;
import dev.broadsheet.content.Site;
import dev.broadsheet.render.OutputFile;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the files a build writes, per language, from many threads at once, and when each language's last
 * file was written.
 */
final class WriteCounter {

    private record Counts(AtomicInteger pages, AtomicInteger files, AtomicLong lastNanos) {
    }

    private final long start;
    private final Map<String, Counts> byLanguage = new LinkedHashMap<>();
    private final AtomicInteger other = new AtomicInteger();

    WriteCounter(Site site, long start) {
        this.start = start;
        for (Language language : site.languages()) {
            byLanguage.put(language.key(), new Counts(new AtomicInteger(), new AtomicInteger(), new AtomicLong(start)));
        }
    }

    void count(OutputFile file) {
        Counts counts = file.language() == null ? null : byLanguage.get(file.language());
        if (counts == null) {
            other.incrementAndGet();
            return;
        }
        counts.files().incrementAndGet();
        if (file.path().endsWith(".html")) counts.pages().incrementAndGet();
        counts.lastNanos().accumulateAndGet(System.nanoTime(), Math::max);
    }

    /** Counts {@code files} written that belong to no language, such as copied static files. */
    void countOther(int files) {
        other.addAndGet(files);
    }

    List<BuildReport.LanguageReport> reports() {
        return byLanguage.entrySet().stream()
                .map(e -> new BuildReport.LanguageReport(e.getKey(), e.getValue().pages().get(),
                        e.getValue().files().get(), Duration.ofNanos(e.getValue().lastNanos().get() - start)))
                .toList();
    }

    int otherFiles() {
        return other.get();
    }
}
