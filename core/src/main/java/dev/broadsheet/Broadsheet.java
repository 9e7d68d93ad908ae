package dev.broadsheet;

import dev.broadsheet.check.LinkChecker;
import dev.broadsheet.check.TranslationChecker;
import dev.broadsheet.config.ConfigLoader;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.content.BodyCache;
import dev.broadsheet.content.ContentLoader;
import dev.broadsheet.content.Site;
import dev.broadsheet.diagnostics.BuildException;
import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.io.CodeVersion;
import dev.broadsheet.io.InputFiles;
import dev.broadsheet.output.BuildCache;
import dev.broadsheet.output.InputFingerprint;
import dev.broadsheet.output.OutputTarget;
import dev.broadsheet.output.Staging;
import dev.broadsheet.punctuation.Correction;
import dev.broadsheet.punctuation.PunctuationCheck;
import dev.broadsheet.render.ModelDigest;
import dev.broadsheet.render.OutputSink;
import dev.broadsheet.render.SiteRenderer;
import dev.broadsheet.scaffold.NewFiles;
import dev.broadsheet.search.SearchIndex;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Broadsheet's public entry point: load a site folder into its typed model, build it into a static site,
 * check it, fix the punctuation of its sources, or start a new article in it.
 *
 * <pre>{@code
 * BuildReport report = Broadsheet.build(Path.of("my-site"), Path.of("my-site/target/site"), BuildOptions.defaults());
 * Site site = Broadsheet.load(Path.of("my-site"), BuildOptions.defaults());
 * CheckReport check = Broadsheet.check(Path.of("my-site"), BuildOptions.defaults());
 * FixReport fixed = Broadsheet.fixPunctuation(Path.of("my-site"), BuildOptions.defaults());
 * List<Path> created = Broadsheet.newContent(Path.of("my-site"), NewContent.of("economy/port-opens"));
 * }</pre>
 *
 * All of them throw {@link BuildException} carrying every problem found, each with file and line.
 */
public final class Broadsheet {

    private Broadsheet() {
    }

    /**
     * Builds the site in {@code siteDir} into {@code outputDir}. What the build makes is first written into a
     * fresh folder beside {@code outputDir}, and the output changes only when everything succeeded, so a failed
     * build leaves the previous output as it was. With the cache of a previous build, only the pages whose
     * inputs changed are made, and the output is updated in place; without one, a whole new output is swapped in.
     *
     * @throws BuildException when the site has errors, or the output folder is not a safe place to write
     */
    public static BuildReport build(Path siteDir, Path outputDir, BuildOptions options) {
        long start = System.nanoTime();
        Map<String, Duration> stages = new LinkedHashMap<>();
        OutputTarget target = OutputTarget.of(siteDir, outputDir);
        Optional<BuildCache.Snapshot> snapshot = BuildCache.snapshot(target.folder());
        String inputs = fingerprint(siteDir, options);
        if (snapshot.isPresent() && upToDate(snapshot.get(), inputs)) {
            stages.put("check", since(start));
            return UpToDate.report(snapshot.get().summary(), since(start), stages);
        }
        BuildCache previous = snapshot.map(BuildCache.Snapshot::cache).orElseGet(() -> BuildCache.empty(
                target.folder()));
        Diagnostics diagnostics = new Diagnostics();
        SiteConfig config = config(siteDir, options, diagnostics);
        // templates and UI strings depend on the configuration only: they are set up while the content loads,
        // their problems collected apart and added once both are done
        Diagnostics setupProblems = new Diagnostics();
        FutureTask<SiteRenderer.Setup> setup = inBackground("broadsheet-render-setup",
                new FutureTask<>(() -> SiteRenderer.prepare(siteDir, config, setupProblems, new ModelDigest())));
        // rendered bodies are kept for rebuilds only: a build from nothing (CI from a fresh checkout) would pay
        // about 5% of its time to write them for a next build that may never come
        Path bodiesFile = BodyCache.fileFor(target.folder());
        BodyCache bodies = previous.isEmpty() && !Files.exists(bodiesFile) ? null
                : BodyCache.read(bodiesFile, CodeVersion.marker() + " " + config.markdown() + " "
                + config.security().urls());
        ContentLoader loader = new ContentLoader(config, options.drafts(), diagnostics, bodies);
        Site site = loader.load(siteDir);
        SiteRenderer.Setup prepared = join(setup);
        diagnostics.addAll(setupProblems);
        diagnostics.throwIfErrors();
        stages.put("load", since(start).minus(loader.markdownTime()));
        stages.put("markdown", loader.markdownTime());

        // every body is rendered now: they are written for the next build while this one renders its pages
        FutureTask<Void> bodiesWritten = bodies == null ? null
                : inBackground("broadsheet-body-cache", new FutureTask<>(() -> bodies.write(bodiesFile), null));
        BuildReport report;
        try {
            report = render(siteDir, target, previous, inputs, prepared, site, diagnostics, stages, start);
        } catch (RuntimeException | Error e) {
            // the build's own failure is the one to report; the writer is waited for, so no half file is left
            try {
                join(bodiesWritten);
            } catch (RuntimeException | Error writeFailure) {
                e.addSuppressed(writeFailure);
            }
            throw e;
        }
        join(bodiesWritten);
        return report;
    }

    /** The render and write stages of {@link #build}. */
    private static BuildReport render(Path siteDir, OutputTarget target, BuildCache previous, String inputs,
                                      SiteRenderer.Setup prepared, Site site, Diagnostics diagnostics,
                                      Map<String, Duration> stages, long start) {
        long renderStart = System.nanoTime();
        SiteRenderer renderer = new SiteRenderer(prepared, site, diagnostics);
        diagnostics.throwIfErrors();
        WriteCounter counter = new WriteCounter(site, renderStart);
        BuildCache next = BuildCache.fresh(target.folder(), inputs);
        try (Staging staging = target.stage(previous, next)) {
            OutputSink sink = file -> {
                if (file.reused()) {
                    staging.keep(file.path());
                } else {
                    staging.write(file.path(), file.content(), file.digest() == null ? "-" : file.digest(),
                            file.language());
                }
                counter.count(file);
            };
            // page digests, like rendered bodies, are kept for rebuilds only: a build from nothing (CI from a
            // fresh checkout) would spend about a tenth of its render on them for a next build that may never
            // come. The first rebuild then renders every page, and replaces only the files whose bytes changed
            if (previous.isEmpty()) {
                renderer.renderWithoutDigests(sink);
            } else {
                renderer.render(sink, previous::has);
            }
            diagnostics.throwIfErrors();
            stages.put("render", since(renderStart));
            if (site.config().search()) {
                long searchStart = System.nanoTime();
                SearchIndex.write(site, sink);
                stages.put("search", since(searchStart));
            }
            long copyStart = System.nanoTime();
            counter.countOther(staging.copyTree(siteDir.resolve("static")));
            staging.commit();
            stages.put("write", since(copyStart));
            return new BuildReport(counter.reports(), counter.otherFiles(), diagnostics.warnings(), since(start),
                    stages, false, staging.written());
        }
    }

    /**
     * The report of a build of {@code siteDir} into {@code outputDir} if that build would find its output up to
     * date and write nothing; empty when it has work to do. Cheap: it reads no content and renders nothing,
     * so a caller can decide whether a build is worth starting at all.
     *
     * @throws BuildException when the output folder is not a safe place to write
     */
    public static Optional<BuildReport> upToDate(Path siteDir, Path outputDir, BuildOptions options) {
        long start = System.nanoTime();
        OutputTarget target = OutputTarget.of(siteDir, outputDir);
        // without a previous build there is nothing to compare with: skip looking at every input file
        return BuildCache.snapshot(target.folder())
                .filter(snapshot -> upToDate(snapshot, fingerprint(siteDir, options)))
                .map(snapshot -> UpToDate.report(snapshot.summary(), since(start), Map.of("check", since(start))));
    }

    /** Whether the last build had these inputs and left its output as it is now. */
    private static boolean upToDate(BuildCache.Snapshot snapshot, String inputs) {
        return snapshot.inputs().equals(inputs) && snapshot.outputIntact();
    }

    /**
     * Loads the site in {@code siteDir} into its model without rendering anything.
     *
     * @throws BuildException when the site has errors
     */
    public static Site load(Path siteDir, BuildOptions options) {
        return load(siteDir, options, new Diagnostics());
    }

    /**
     * Loads and renders the site in {@code siteDir} in memory, writing nothing, and checks the result:
     * translations missing in a language and half-width punctuation in Chinese text (warnings), links and file
     * references in the rendered HTML that lead nowhere (errors). Links are checked in templates as well as
     * in the Markdown, since both end up in the HTML; punctuation only in the Markdown sources, where
     * {@link #fixPunctuation} can fix it.
     *
     * @throws BuildException when the site cannot be loaded or rendered; what the check itself finds is in
     *                        the report
     */
    public static CheckReport check(Path siteDir, BuildOptions options) {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        Site site = load(siteDir, options, diagnostics);
        SiteRenderer renderer = new SiteRenderer(siteDir, site, diagnostics);
        diagnostics.throwIfErrors();
        Map<String, byte[]> rendered = new ConcurrentHashMap<>();
        renderer.renderWithoutDigests(file -> rendered.put(file.path(), file.content()));
        diagnostics.throwIfErrors();
        Diagnostics findings = new Diagnostics();
        TranslationChecker.check(site, findings);
        LinkChecker.check(rendered, LinkChecker.filesUnder(siteDir.resolve("static")), site.config().baseUrl(),
                findings);
        List<Correction> punctuation = PunctuationCheck.corrections(siteDir, site, findings);
        punctuation.forEach(correction -> findings.add(correction.warning()));
        return new CheckReport(findings.all(), rendered.size(), punctuation.size(), since(start));
    }

    /**
     * Loads the site in {@code siteDir} and makes in its Markdown sources (bodies and the text fields of front
     * matter) every punctuation change that {@link #check} warns about, and nothing else: files keep their
     * front matter layout, line endings and byte order mark, and a file with nothing to change is not written.
     * A second fix finds nothing to do. Not part of {@link #build}, which never writes sources.
     *
     * @throws BuildException when the site cannot be loaded, or one of its files no longer read; nothing is
     *                        written then
     */
    public static FixReport fixPunctuation(Path siteDir, BuildOptions options) {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        Site site = load(siteDir, options, diagnostics);
        List<Correction> made = PunctuationCheck.fix(siteDir, site, diagnostics);
        diagnostics.throwIfErrors();
        return new FixReport(made, since(start));
    }

    /**
     * Creates the Markdown files of a new article, for a request's path {@code <section>/<slug>}, or of a
     * standalone page, for {@code <name>}: {@code content/<lang>/<section>/<day>-<slug>.md} or
     * {@code content/<lang>/<name>.md} in every language of the site (or the one the request names), with the
     * same name in each so that they are translations of each other. Each is made from the site's scaffold
     * ({@code scaffolds/<lang>/article.md}, {@code scaffolds/article.md}, and {@code page.md} beside them) or the
     * built-in one: a title to write, {@code date} the request's moment in the site's time zone, {@code draft:
     * true}.
     *
     * @return the files written, in the order of the site's languages
     * @throws BuildException naming every problem: a language or section that {@code site.yaml} does not
     *                        declare, a name that is not a slug, a file or an article of the same slug that
     *                        exists already, an unknown placeholder in a scaffold. Then nothing is written.
     */
    public static List<Path> newContent(Path siteDir, NewContent request) {
        Diagnostics diagnostics = new Diagnostics();
        SiteConfig config = ConfigLoader.load(siteDir, diagnostics).orElse(null);
        diagnostics.throwIfErrors();
        return NewFiles.create(siteDir, config, request.path(), request.language(), request.now());
    }

    private static Site load(Path siteDir, BuildOptions options, Diagnostics diagnostics) {
        InputFiles.of(siteDir).check(diagnostics);
        diagnostics.throwIfErrors();
        Site site = loader(siteDir, options, diagnostics).load(siteDir);
        diagnostics.throwIfErrors();
        return site;
    }

    private static ContentLoader loader(Path siteDir, BuildOptions options, Diagnostics diagnostics) {
        return new ContentLoader(config(siteDir, options, diagnostics), options.drafts(), diagnostics);
    }

    /** The site's configuration with the options applied; throws when {@code site.yaml} has errors. */
    private static SiteConfig config(Path siteDir, BuildOptions options, Diagnostics diagnostics) {
        SiteConfig config = ConfigLoader.load(siteDir, diagnostics).orElse(null);
        diagnostics.throwIfErrors();
        if (options.baseUrl() != null) {
            config = config.withBaseUrl(options.baseUrl().endsWith("/") ? options.baseUrl() : options.baseUrl() + "/");
        }
        return config;
    }

    /** Starts {@code task} in a daemon thread called {@code name}, and returns it to be joined. */
    private static <T> FutureTask<T> inBackground(String name, FutureTask<T> task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    /** The result of {@code task} (null for no task), its exception rethrown as it was. */
    private static <T> T join(FutureTask<T> task) {
        if (task == null) return null;
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a thread of the build", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) throw runtime;
            if (e.getCause() instanceof Error error) throw error;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The fingerprint of a build's inputs: the site's files, the options and the Broadsheet build. */
    private static String fingerprint(Path siteDir, BuildOptions options) {
        // spelled out: a record's generated toString costs a cold JVM (Maven's) tens of milliseconds to link
        return InputFingerprint.of(siteDir, "drafts=" + options.drafts() + " baseUrl=" + options.baseUrl() + " "
                + CodeVersion.marker());
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
