package dev.broadsheet.render;

import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.content.Site;
import dev.broadsheet.diagnostics.Diagnostics;

import dev.broadsheet.content.Article;
import dev.broadsheet.content.Document;
import dev.broadsheet.io.Parallel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * Turns a loaded {@link Site} into every file of the built site except its {@code static/} folder: each
 * language's home, articles, standalone pages, paginated section and tag lists, Atom feed and search page; the
 * sitemap (one
 * file, or an index over several), the Google News sitemap, {@code robots.txt}, the 404 page, the alias pages and
 * the theme's assets.
 *
 * <pre>{@code
 * SiteRenderer renderer = new SiteRenderer(siteDir, site, diagnostics);
 * renderer.render(file -> writer.write(file));
 * diagnostics.throwIfErrors();
 * }</pre>
 *
 * The same site always renders to the same bytes: nothing depends on the clock, the machine's locale or time
 * zone, or the order threads finish in.
 */
public final class SiteRenderer {

    private final Diagnostics diagnostics;
    private final TemplateEngine engine;
    private final Map<String, LanguageContext> contexts;
    private final PagePlanner planner;
    private final PageViews views;
    private final AtomFeed feed;
    private final Sitemap sitemap;
    private final NewsSitemap newsSitemap;
    private final byte[] robots;
    private final ModelDigest digests;
    private final String environment;
    private final Paging paging;
    private final List<String> assets;

    /**
     * Sets up FreeMarker once: templates from {@code siteDir/templates/} override the built-in theme's one file
     * at a time; UI strings come from the theme's bundles ({@code dev/broadsheet/theme/i18n/<lang>.yaml}),
     * overridden key by key by {@code siteDir/i18n/<lang>.yaml}; a language with no bundle falls back to the
     * English strings. Problems (invalid i18n YAML, a template that does not parse, a template the theme does
     * not know) go to {@code diagnostics} with file, line and column.
     *
     * @param siteDir     the site folder (its {@code templates/} and {@code i18n/} are optional)
     * @param site        the loaded site
     * @param diagnostics where problems are collected
     */
    public SiteRenderer(Path siteDir, Site site, Diagnostics diagnostics) {
        this(siteDir, site, diagnostics, new ModelDigest());
    }

    /**
     * Like {@link #SiteRenderer(Path, Site, Diagnostics)}, with digests remembered from earlier renders of the
     * same site (a dev server keeps one {@link ModelDigest} across rebuilds).
     */
    public SiteRenderer(Path siteDir, Site site, Diagnostics diagnostics, ModelDigest digests) {
        this(prepare(siteDir, site.config(), diagnostics, digests), site, diagnostics);
    }

    /**
     * A renderer for {@code site} with a {@linkplain #prepare prepared} setup, made from the same configuration.
     */
    public SiteRenderer(Setup setup, Site site, Diagnostics diagnostics) {
        this(setup, site, diagnostics, Sitemap.Limits.DEFAULT);
    }

    /** A renderer whose sitemap files hold at most {@code limits}; for tests, which need no 50,000 pages. */
    SiteRenderer(Setup setup, Site site, Diagnostics diagnostics, Sitemap.Limits limits) {
        this.diagnostics = diagnostics;
        this.digests = setup.digests;
        this.environment = setup.environment;
        SiteConfig config = site.config();
        Urls urls = new Urls(config);
        Paging paging = new Paging(config.paginate());
        this.engine = setup.engine;
        ImageRefs images = new ImageRefs(urls, setup.images, config.baseUrl());
        SiteIdentity identity = new SiteIdentity(config.identity(), images);
        List<String> assets = new ArrayList<>(identity.assets(ThemeResources.ASSETS));
        if (config.search()) assets.add(ThemeResources.SEARCH_SCRIPT);
        this.assets = List.copyOf(assets);
        this.contexts = LanguageContexts.build(site, urls, setup.strings, identity, config.search());
        Translations translations = new Translations(site, paging);
        this.planner = new PagePlanner(site, paging, diagnostics, !setup.ownRobots, config.search());
        this.paging = paging;
        PageMetadata metadata = new PageMetadata(identity, images,
                new StructuredData(identity, config.baseUrl(), config.basePath()), contexts);
        this.views = new PageViews(site, urls, paging, new PageFrames(site, urls, translations, metadata), contexts,
                images);
        this.feed = new AtomFeed(urls);
        Dates siteDates = new Dates(java.util.Locale.ROOT, config.timeZone());
        this.sitemap = new Sitemap(urls, translations, siteDates, paging, limits);
        this.newsSitemap = new NewsSitemap(site, urls, siteDates, identity);
        List<String> sitemaps = new ArrayList<>(List.of(urls.absoluteAscii("sitemap.xml")));
        if (NewsSitemap.wanted(site)) sitemaps.add(urls.absoluteAscii(NewsSitemap.PATH));
        this.robots = RobotsTxt.write(config.basePath(), sitemaps);
    }

    /**
     * What a render needs besides the content: the parsed templates, the UI strings, and the digest of both
     * with the configuration. It depends on {@code site.yaml}, {@code templates/} and {@code i18n/} only, so a
     * build prepares it while the content loads. Problems go to {@code diagnostics}, as the constructor says.
     */
    public static Setup prepare(Path siteDir, SiteConfig config, Diagnostics diagnostics, ModelDigest digests) {
        String environment = RenderEnvironment.digest(siteDir, config, digests);
        Map<String, UiStrings> strings = new UiStringsLoader(siteDir, diagnostics).load(config.languages());
        TemplateEngine engine = new TemplateEngine(siteDir, config.timeZone(),
                config.security().contentSecurityPolicy(), diagnostics);
        return new Setup(engine, strings, environment, digests, new ImageSizes(siteDir),
                Files.isRegularFile(siteDir.resolve("static").resolve(RobotsTxt.PATH)));
    }

    /** See {@link #prepare}. */
    public static final class Setup {
        private final TemplateEngine engine;
        private final Map<String, UiStrings> strings;
        private final String environment;
        private final ModelDigest digests;
        private final ImageSizes images;
        /** Whether the site has its own {@code static/robots.txt}, which then is the only one. */
        private final boolean ownRobots;

        private Setup(TemplateEngine engine, Map<String, UiStrings> strings, String environment, ModelDigest digests,
                      ImageSizes images, boolean ownRobots) {
            this.engine = engine;
            this.strings = strings;
            this.environment = environment;
            this.digests = digests;
            this.images = images;
            this.ownRobots = ownRobots;
        }
    }

    /**
     * Renders every output file except the site's {@code static/} folder, in parallel on all cores, handing each
     * file to {@code sink} as soon as it is rendered. Template errors are reported to the diagnostics as
     * {@code templates/article.ftlh:12:5: message (while rendering en/economy/a/index.html and 41 other pages)}
     * ({@code theme:article.ftlh:…} for the built-in templates); all of them are collected, not just the first.
     * When a template did not parse, nothing is rendered: the setup's diagnostics say why.
     *
     * @param sink receives the files, from many threads at once
     */
    public void render(OutputSink sink) {
        render(sink, PreviousRender.NONE);
    }

    /**
     * Renders like {@link #render(OutputSink)}, except that a page whose inputs have the digest {@code previous}
     * already has is not rendered: the sink gets it as {@linkplain OutputFile#reused() reused}. Pages' digests
     * cover the templates, UI strings, configuration and every value the page's template can reach, so a
     * changed template, string, neighbour or translation renders the page again.
     *
     * @param sink     receives the files, from many threads at once
     * @param previous what the previous render made
     */
    public void render(OutputSink sink, PreviousRender previous) {
        render(sink, previous, null);
    }

    /**
     * Renders like {@link #render(OutputSink, PreviousRender)} after an edit that changed only the bodies (and so
     * perhaps the derived summaries) of {@code edited}, everything else of the site being the same objects as
     * in the previous render. Only the pages that can show those documents are looked at: their own pages, their
     * alias pages, the list pages and homes that list them, and the files made for every render (feeds,
     * sitemap, 404, assets); every other page is reused under the digest {@code previous} has for it.
     *
     * @param edited the documents whose body changed, or null when anything else may have changed
     */
    public void render(OutputSink sink, PreviousRender previous, Set<Document> edited) {
        render(sink, previous, edited, digests);
    }

    /**
     * Renders like {@link #render(OutputSink)}, without computing the digests a later render compares with:
     * every {@link OutputFile#digest()} is null. Digesting the data of every page costs about a tenth of a
     * render; this is for a render no later one will compare with, or whose successor can pay for them.
     */
    public void renderWithoutDigests(OutputSink sink) {
        render(sink, PreviousRender.NONE, null, null);
    }

    private void render(OutputSink sink, PreviousRender previous, Set<Document> edited, ModelDigest digests) {
        if (!engine.usable()) return;
        List<Job.LocalizedPage> pages = localizedPages();
        List<Job> jobs = jobs(pages);
        TemplateErrors errors = new TemplateErrors(engine::sourceName);
        JobRunner runner = runner(pages, errors, digests, previous);
        Set<Document> touched = edited == null ? null : identitySet(edited);
        Parallel.forEach(jobs, job -> {
            String path = touched == null || mayShow(job, touched) ? null : job.outputPath();
            String kept = path == null ? null : previous.digest(path);
            if (kept != null) {
                sink.accept(OutputFile.reused(path, language(job), kept));
            } else {
                runner.run(job, sink);
            }
        });
        errors.report(diagnostics);
    }

    /** The template engine; for the benchmarks, which render one page at a time. */
    TemplateEngine engine() {
        return engine;
    }

    /** The page views, which make each page's template call. */
    PageViews views() {
        return views;
    }

    /** Every page of the site that has a language. */
    List<Job.LocalizedPage> localizedPages() {
        return planner.localizedPages();
    }

    /** Every job of a render with these {@code pages}, the whole-site ones first. */
    List<Job> jobs(List<Job.LocalizedPage> pages) {
        return wholeSiteFirst(planner.plan(pages, assets));
    }

    /** A runner for those jobs, computing page digests with {@code digests} (none when null). */
    JobRunner runner(List<Job.LocalizedPage> pages, TemplateErrors errors, ModelDigest digests,
                     PreviousRender previous) {
        return new JobRunner(engine, views, feed, sitemap, newsSitemap, robots, contexts, pages, errors, digests,
                environment, previous);
    }

    /**
     * The jobs with those that go over the whole site (the sitemaps, the feeds) first: each is one long job, and
     * at the end of the list it would run alone on one core while the others have finished.
     */
    private static List<Job> wholeSiteFirst(List<Job> jobs) {
        List<Job> ordered = new ArrayList<>(jobs.size());
        for (Job job : jobs) if (wholeSite(job)) ordered.add(job);
        for (Job job : jobs) if (!wholeSite(job)) ordered.add(job);
        return ordered;
    }

    private static boolean wholeSite(Job job) {
        return job instanceof Job.Sitemap || job instanceof Job.NewsSitemap || job instanceof Job.Feed;
    }

    /** Whether {@code job}'s file can show one of {@code touched}. */
    private boolean mayShow(Job job, Set<Document> touched) {
        if (job instanceof Job.DocumentPage page) return touched.contains(page.document());
        if (job instanceof Job.Alias alias) return touched.contains(alias.target());
        if (job instanceof Job.SectionPage page) {
            return paging.slice(page.section().articles(), page.number()).stream().anyMatch(touched::contains);
        }
        if (job instanceof Job.TagPage page) {
            return paging.slice(page.tag().articles(), page.number()).stream().anyMatch(touched::contains);
        }
        if (job instanceof Job.Home home) return newest(home.lang().articles(), PageViews.HOME_ARTICLES, touched);
        if (job instanceof Job.Feed feed) return newest(feed.lang().articles(), AtomFeed.ENTRIES, touched);
        // the sitemaps list pages, translations, dates and titles, which no body edit changes, and the assets
        // and search pages show no document; the one 404 page (which lists the newest articles) is cheap enough to look at every time
        return !(job instanceof Job.Sitemap || job instanceof Job.NewsSitemap || job instanceof Job.Robots
                || job instanceof Job.Asset || job instanceof Job.SearchPage);
    }

    private static boolean newest(List<Article> articles, int count, Set<Document> touched) {
        return articles.subList(0, Math.min(count, articles.size())).stream().anyMatch(touched::contains);
    }

    private static String language(Job job) {
        if (job instanceof Job.LocalizedPage page) return page.language();
        if (job instanceof Job.Alias alias) return alias.target().language();
        if (job instanceof Job.SearchPage search) return search.lang().key();
        return null;
    }

    private static Set<Document> identitySet(Set<Document> documents) {
        Set<Document> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(documents);
        return set;
    }
}
