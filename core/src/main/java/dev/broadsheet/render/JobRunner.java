package dev.broadsheet.render;

import freemarker.template.TemplateException;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Produces the file of one {@link Job} and hands it to the sink. Safe to call from many threads at once: it
 * holds no state of its own but the error collector.
 */
final class JobRunner {

    private final TemplateEngine engine;
    private final PageViews views;
    private final AtomFeed feed;
    private final Sitemap sitemap;
    private final NewsSitemap newsSitemap;
    private final byte[] robots;
    private final Map<String, LanguageContext> contexts;
    private final List<Job.LocalizedPage> localizedPages;
    private final TemplateErrors errors;
    private final ModelDigest digests;
    private final String environment;
    private final PreviousRender previous;

    /**
     * @param robots      the bytes of {@code robots.txt}
     * @param digests     digests the data of each page; null for a render without digests
     * @param environment the digest of everything all pages share (templates, strings, configuration)
     * @param previous    the previous render, whose files stand where a page's digest did not change
     */
    JobRunner(TemplateEngine engine, PageViews views, AtomFeed feed, Sitemap sitemap, NewsSitemap newsSitemap,
              byte[] robots, Map<String, LanguageContext> contexts, List<Job.LocalizedPage> localizedPages, TemplateErrors errors,
              ModelDigest digests, String environment, PreviousRender previous) {
        this.engine = engine;
        this.views = views;
        this.feed = feed;
        this.sitemap = sitemap;
        this.newsSitemap = newsSitemap;
        this.robots = robots;
        this.contexts = contexts;
        this.localizedPages = localizedPages;
        this.errors = errors;
        this.digests = digests;
        this.environment = environment;
        this.previous = previous;
    }

    void run(Job job, OutputSink sink) {
        if (job instanceof Job.LocalizedPage page) {
            html(views.localized(page), page.language(), job, sink);
        } else if (job instanceof Job.SearchPage search) {
            html(views.search(search), search.lang().key(), job, sink);
        } else if (job instanceof Job.NotFound notFound) {
            html(views.notFound(notFound), null, job, sink);
        } else if (job instanceof Job.Alias alias) {
            html(views.alias(alias), alias.target().language(), job, sink);
        } else if (job instanceof Job.Feed language) {
            String key = language.lang().key();
            sink.accept(made(job.outputPath(), feed.write(contexts.get(key)), key));
        } else if (job instanceof Job.Sitemap) {
            for (Sitemap.File file : sitemap.write(localizedPages)) sink.accept(made(file.path(), file.content(), null));
        } else if (job instanceof Job.NewsSitemap) {
            sink.accept(made(job.outputPath(), newsSitemap.write(), null));
        } else if (job instanceof Job.Robots) {
            sink.accept(made(job.outputPath(), robots, null));
        } else if (job instanceof Job.Asset asset) {
            byte[] bytes = ThemeResources.read("assets/" + asset.name())
                    .orElseThrow(() -> new IllegalStateException("the theme lacks assets/" + asset.name()));
            sink.accept(made(job.outputPath(), bytes, null));
        } else {
            throw new IllegalArgumentException("unknown job " + job);
        }
    }

    /** A file made without a template, with the digest of its bytes (its inputs are all in them). */
    private OutputFile made(String path, byte[] bytes, String language) {
        if (digests == null) return new OutputFile(path, bytes, language, null);
        return new OutputFile(path, bytes, language,
                "bytes:" + digests.of(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).orElseThrow());
    }

    private void html(TemplateCall call, String language, Job job, OutputSink sink) {
        String digest = digests == null ? null : digests.of(environment, job.outputPath(), call.template(),
                call.context().site(), call.page(), call.variables()).orElse(null);
        if (digest != null && previous.has(job.outputPath(), digest)) {
            sink.accept(OutputFile.reused(job.outputPath(), language, digest));
            return;
        }
        byte[] bytes;
        try {
            bytes = engine.render(call);
        } catch (TemplateException | IOException e) {
            errors.add(job.outputPath(), e);
            return;
        } catch (StackOverflowError e) {
            errors.unexpected(job.outputPath(), call.template(), "a template that calls itself without end, or "
                    + "data nested too deeply (a Java stack overflow)");
            return;
        } catch (RuntimeException e) {
            errors.unexpected(job.outputPath(), call.template(), "failed unexpectedly: " + e + " (a bug in "
                    + "Broadsheet: please report it)");
            return;
        }
        sink.accept(new OutputFile(job.outputPath(), bytes, language, digest));
    }
}
