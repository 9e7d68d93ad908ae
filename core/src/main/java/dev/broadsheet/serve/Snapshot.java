package dev.broadsheet.serve;

import dev.broadsheet.diagnostics.Diagnostic;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One state of the served site: the files of the last good build, and the errors of the last build if it
 * failed.
 *
 * @param files   rendered files by output path
 * @param digests the digest each rendered page was made from, for the next rebuild
 * @param statics the site's static files by output path
 * @param errors  the errors of the latest build; empty when it succeeded
 * @param version counts rebuilds
 */
record Snapshot(Map<String, byte[]> files, Map<String, String> digests, Map<String, Path> statics,
                List<Diagnostic> errors, long version) {

    static final Snapshot EMPTY = new Snapshot(Map.of(), Map.of(), Map.of(), List.of(), 0);

    Snapshot failed(List<Diagnostic> newErrors) {
        return new Snapshot(files, digests, statics, List.copyOf(newErrors), version + 1);
    }
}
