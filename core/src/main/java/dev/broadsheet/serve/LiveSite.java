package dev.broadsheet.serve;

import dev.broadsheet.config.ConfigLoader;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.content.BodyEdit;
import dev.broadsheet.content.ContentCache;
import dev.broadsheet.content.ContentLoader;
import dev.broadsheet.content.Site;
import dev.broadsheet.diagnostics.BuildException;
import dev.broadsheet.diagnostics.Diagnostic;
import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.diagnostics.SourcePosition;
import dev.broadsheet.content.Document;
import dev.broadsheet.io.InputFiles;
import dev.broadsheet.render.ModelDigest;
import dev.broadsheet.render.PreviousRender;
import dev.broadsheet.render.SiteRenderer;
import dev.broadsheet.search.SearchIndex;

import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The site as the dev server holds it: built into memory, and rebuilt after changes with everything earlier
 * builds learnt kept (files read, bodies rendered, digests of pages), so that an edit renders only the pages it
 * touches. Not thread-safe: one thread rebuilds.
 */
final class LiveSite {

    private final Path siteDir;
    private final boolean drafts;
    private final String baseUrl;
    private final ModelDigest digests = new ModelDigest();
    private ContentCache contentCache = new ContentCache();
    private volatile Snapshot snapshot = Snapshot.EMPTY;
    private Site previousSite;
    private String timings = "";

    /**
     * @param baseUrl the URL the server answers on, with the site's base path, replacing the configured one
     */
    LiveSite(Path siteDir, boolean drafts, String baseUrl) {
        this.siteDir = siteDir;
        this.drafts = drafts;
        this.baseUrl = baseUrl;
    }

    Snapshot snapshot() {
        return snapshot;
    }

    /**
     * Rebuilds after {@code changes} (site-relative paths; empty means "everything"). Only static files changed:
     * the static files are listed again and nothing is rendered.
     */
    Snapshot rebuild(List<String> reported) {
        Snapshot previous = snapshot;
        List<String> changes = reported.stream().filter(LiveSite::matters).toList();
        if (!reported.isEmpty() && changes.isEmpty()) return previous;
        boolean onlyStatic = !changes.isEmpty() && previous.errors().isEmpty() && !previous.files().isEmpty()
                && changes.stream().allMatch(c -> c.startsWith("static/"));
        if (changes.isEmpty() || changes.contains(ConfigLoader.FILE)) contentCache = new ContentCache();
        boolean contentOnly = !changes.isEmpty() && changes.stream().allMatch(c -> c.startsWith("content/"));
        try {
            snapshot = onlyStatic ? new Snapshot(previous.files(), previous.digests(), statics(), List.of(),
                    previous.version() + 1) : build(previous, contentOnly, changes);
        } catch (BuildException e) {
            snapshot = previous.failed(e.diagnostics());
        } catch (RuntimeException e) {
            snapshot = previous.failed(List.of(Diagnostic.error(SourcePosition.of("site"),
                    "the build failed unexpectedly: " + e)));
        }
        if (digests.remembered() > 200_000) digests.clear();
        return snapshot;
    }

    /** Where the last rebuild spent its time, for the log. */
    String timings() {
        return timings;
    }

    /** Editors' swap and backup files ({@code .a.md.swp}) and names starting with '_' are no part of a site. */
    private static boolean matters(String path) {
        for (String segment : path.split("/")) {
            if (segment.startsWith(".") || segment.startsWith("_") && !path.startsWith("templates/")) return false;
        }
        return !path.endsWith("~");
    }

    private Snapshot build(Snapshot previous, boolean contentOnly, List<String> changes) {
        long t0 = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        InputFiles inputs = InputFiles.of(siteDir);
        if (contentOnly) {
            // the other inputs were checked by the build before, which had no errors
            changes.forEach(path -> inputs.walk(siteDir.resolve(path), (file, attributes) -> { }, diagnostics));
        } else {
            inputs.check(diagnostics);
        }
        diagnostics.throwIfErrors();
        SiteConfig config = ConfigLoader.load(siteDir, diagnostics).orElse(null);
        diagnostics.throwIfErrors();
        config = config.withBaseUrl(baseUrl);
        ContentLoader loader = new ContentLoader(config, drafts, diagnostics, contentCache);
        boolean known = contentOnly && previous.errors().isEmpty() && previousSite != null;
        Optional<BodyEdit> edit = known ? loader.reloadBodies(siteDir, previousSite, changes) : Optional.empty();
        Site site = edit.map(BodyEdit::site).orElseGet(() -> loader.load(siteDir));
        diagnostics.throwIfErrors();
        long t1 = System.nanoTime();
        SiteRenderer renderer = new SiteRenderer(siteDir, site, diagnostics, digests);
        diagnostics.throwIfErrors();
        if (edit.isEmpty() && known) edit = BodyEdit.between(previousSite, site);
        Set<Document> edited = edit.map(BodyEdit::edited).orElse(null);
        long t2 = System.nanoTime();
        int[] rendered = {0};
        // after a text edit the site has the same files: start from the previous ones and replace what is made
        Map<String, byte[]> files = edited != null ? new ConcurrentHashMap<>(previous.files()) : new ConcurrentHashMap<>();
        Map<String, String> pageDigests = edited != null ? new ConcurrentHashMap<>(previous.digests())
                : new ConcurrentHashMap<>();
        renderer.render(file -> {
            if (file.reused() && edited != null) return;
            files.put(file.path(), file.reused() ? previous.files().get(file.path()) : file.content());
            if (!file.reused()) rendered[0]++;
            if (file.digest() != null) pageDigests.put(file.path(), file.digest());
        }, new PreviousRender() {
            @Override
            public boolean has(String path, String digest) {
                return digest.equals(previous.digests().get(path)) && previous.files().containsKey(path);
            }

            @Override
            public String digest(String path) {
                return previous.digests().get(path); // every path with a digest has its file in the same snapshot
            }
        }, edited);
        diagnostics.throwIfErrors();
        long t3 = System.nanoTime();
        if (config.search()) SearchIndex.write(site, file -> files.put(file.path(), file.content()));
        previousSite = site;
        long t4 = System.nanoTime();
        timings = "load " + (t1 - t0) / 1_000_000 + " ms, set-up " + (t2 - t1) / 1_000_000 + " ms, render "
                + (t3 - t2) / 1_000_000 + " ms (" + rendered[0] + " files made, the rest reused)"
                + (config.search() ? ", search " + (t4 - t3) / 1_000_000 + " ms" : "");
        // the maps are not changed after this point, and copying 14,000 entries twice per edit shows in the time
        return new Snapshot(Collections.unmodifiableMap(files), Collections.unmodifiableMap(pageDigests), statics(),
                List.of(), previous.version() + 1);
    }

    /**
     * The files of {@code static/}, by output path.
     *
     * @throws BuildException when one may not be an input ({@link InputFiles}): the server then serves none
     */
    private Map<String, Path> statics() {
        Path dir = siteDir.resolve("static");
        InputFiles inputs = InputFiles.of(siteDir);
        Map<String, Path> files = new HashMap<>();
        Diagnostics problems = new Diagnostics();
        for (Path root : inputs.roots()) {
            if (!root.startsWith(dir)) continue;
            inputs.walk(root, (path, attributes) -> files.put(path.substring("static/".length()),
                    siteDir.resolve(path)), problems);
        }
        problems.throwIfErrors();
        return files;
    }
}
