package dev.broadsheet.jmh;

import dev.broadsheet.config.MarkdownConfig;
import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.markdown.LinkResolver;
import dev.broadsheet.markdown.MarkdownRenderer;
import dev.broadsheet.markdown.RenderedMarkdown;


import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time to render one article body of the example site to HTML, parsing, link rewriting and the HTML writer
 * included, with a {@link MarkdownRenderer} set up once as a build sets it up once per site.
 */
@State(Scope.Benchmark)
public class MarkdownBench extends BuildJvmBenchmark {

    /** Every relative {@code .md} link leads to a page, as in a site without broken links. */
    private static final LinkResolver EVERY_PAGE = target -> "/" + target.replace(".md", "/");

    /** The language folder under {@code content/}. */
    @Param({"zh", "en"})
    public String language;

    /** The article under the language folder, without {@code .md}. */
    @Param({"economy/2025-11-18-shanghai-investment-mission", "governance/2025-11-20-red-property",
            "law/2025-11-21-law-based-government", "livelihood/2025-11-19-convenient-living-circle"})
    public String article;

    private MarkdownRenderer renderer;
    private ExampleSite.Body body;

    /** Reads the body and renders it once, to fail early on a body with errors. */
    @Setup
    public void setUp() {
        renderer = new MarkdownRenderer(MarkdownConfig.DEFAULT);
        body = ExampleSite.body(language + "/" + article);
        Diagnostics diagnostics = new Diagnostics();
        renderer.render(body.start(), body.markdown(), EVERY_PAGE, diagnostics);
        diagnostics.throwIfErrors();
    }

    /** Renders the body: its HTML, headings, first paragraph and text counts. */
    @Benchmark
    public RenderedMarkdown render() {
        return renderer.render(body.start(), body.markdown(), EVERY_PAGE, new Diagnostics());
    }
}
