package dev.broadsheet.serve;

import dev.broadsheet.config.ConfigLoader;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.content.ContentCache;
import dev.broadsheet.content.ContentLoader;
import dev.broadsheet.content.Site;
import dev.broadsheet.diagnostics.BuildException;
import dev.broadsheet.diagnostics.Diagnostic;
import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.diagnostics.SourcePosition;
import dev.broadsheet.render.ModelDigest;
import dev.broadsheet.render.SiteRenderer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

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

    /** The site's base path, read from {@code site.yaml} ("/" when it cannot be read). */
    static String basePath(Path siteDir) {
        return ConfigLoader.load(siteDir, new Diagnostics()).map(SiteConfig::basePath).orElse("/");
    }

    /** The path prefix of each language's home ("" for the default language, "en/"), in the site's order. */
    static List<String> languagePrefixes(Path siteDir) {
        return ConfigLoader.load(siteDir, new Diagnostics())
                .map(c -> c.languages().stream().map(l -> c.languagePrefix(l.key())).toList())
                .orElse(List.of(""));
    }

    /**
     * Rebuilds after {@code changes} (site-relative paths; empty means "everything"). Only static files changed:
     * the static files are listed again and nothing is rendered.
     */
    Snapshot rebuild(List<String> changes) {
        Snapshot previous = snapshot;
        boolean onlyStatic = !changes.isEmpty() && previous.errors().isEmpty() && !previous.files().isEmpty()
                && changes.stream().allMatch(c -> c.startsWith("static/"));
        if (onlyStatic) {
            snapshot = new Snapshot(previous.files(), previous.digests(), statics(), List.of(), previous.version() + 1);
            return snapshot;
        }
        if (changes.isEmpty() || changes.contains(ConfigLoader.FILE)) contentCache = new ContentCache();
        try {
            snapshot = build(previous);
        } catch (BuildException e) {
            snapshot = previous.failed(e.diagnostics());
        } catch (RuntimeException e) {
            snapshot = previous.failed(List.of(Diagnostic.error(SourcePosition.of("site"),
                    "the build failed unexpectedly: " + e)));
        }
        if (digests.remembered() > 200_000) digests.clear();
        return snapshot;
    }

    private Snapshot build(Snapshot previous) {
        Diagnostics diagnostics = new Diagnostics();
        SiteConfig config = ConfigLoader.load(siteDir, diagnostics).orElse(null);
        diagnostics.throwIfErrors();
        config = config.withBaseUrl(baseUrl);
        Site site = new ContentLoader(config, drafts, diagnostics, contentCache).load(siteDir);
        diagnostics.throwIfErrors();
        SiteRenderer renderer = new SiteRenderer(siteDir, site, diagnostics, digests);
        diagnostics.throwIfErrors();
        Map<String, byte[]> files = new ConcurrentHashMap<>();
        Map<String, String> pageDigests = new ConcurrentHashMap<>();
        renderer.render(file -> {
            files.put(file.path(), file.reused() ? previous.files().get(file.path()) : file.content());
            if (file.digest() != null) pageDigests.put(file.path(), file.digest());
        }, (path, digest) -> digest.equals(previous.digests().get(path)) && previous.files().containsKey(path));
        diagnostics.throwIfErrors();
        return new Snapshot(Map.copyOf(files), Map.copyOf(pageDigests), statics(), List.of(), previous.version() + 1);
    }

    private Map<String, Path> statics() {
        Path dir = siteDir.resolve("static");
        Map<String, Path> files = new HashMap<>();
        if (!Files.isDirectory(dir)) return files;
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).forEach(f -> files.put(dir.relativize(f).toString().replace('\\', '/'), f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
