package dev.broadsheet.render;

import dev.broadsheet.BuildOptions;
import dev.broadsheet.Broadsheet;
import dev.broadsheet.content.Article;
import dev.broadsheet.content.Site;
import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.jmh.BuildJvmBenchmark;
import dev.broadsheet.jmh.ExampleSite;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import freemarker.template.TemplateException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time to render one HTML page of the example site as the render stage does: the page's view
 * ({@link PageViews}) and then its template ({@link TemplateEngine}), for the language's newest article and
 * for the first page of that article's section list. The site is loaded and the engine set up once. Lives in
 * the renderer's package, whose classes are not public.
 */
@State(Scope.Benchmark)
public class PageRenderBench extends BuildJvmBenchmark {

    /** The language whose pages are rendered. */
    @Param({"zh", "en"})
    public String language;

    private TemplateEngine engine;
    private PageViews views;
    private Job.DocumentPage articlePage;
    private Job.SectionPage sectionPage;

    /** Loads the site, sets up its views and templates and picks the two pages, then renders each once. */
    @Setup
    public void setUp() throws IOException, TemplateException {
        Path siteDir = ExampleSite.dir();
        Site site = Broadsheet.load(siteDir, BuildOptions.defaults());
        Diagnostics diagnostics = new Diagnostics();
        SiteRenderer renderer = new SiteRenderer(siteDir, site, diagnostics);
        engine = renderer.engine();
        views = renderer.views();
        List<Job.LocalizedPage> pages = renderer.localizedPages();
        diagnostics.throwIfErrors();

        Article newest = site.language(language).articles().get(0);
        for (Job.LocalizedPage page : pages) {
            if (page instanceof Job.DocumentPage document && document.document() == newest) {
                articlePage = document;
            } else if (page instanceof Job.SectionPage section && section.number() == 1
                    && section.language().equals(language) && section.section().key().equals(newest.section())) {
                sectionPage = section;
            }
        }
        if (articlePage == null || sectionPage == null) {
            throw new IllegalStateException("no article page or no section page for " + newest.path());
        }
        article();
        section();
    }

    /** Renders the newest article's page. */
    @Benchmark
    public byte[] article() throws IOException, TemplateException {
        return engine.render(views.localized(articlePage));
    }

    /** Renders page 1 of the list of the newest article's section. */
    @Benchmark
    public byte[] section() throws IOException, TemplateException {
        return engine.render(views.localized(sectionPage));
    }
}
