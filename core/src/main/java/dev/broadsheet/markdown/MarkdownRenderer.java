package dev.broadsheet.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import dev.broadsheet.config.MarkdownConfig;
import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.diagnostics.SourcePosition;
import dev.broadsheet.safety.UrlPolicy;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Renders Markdown bodies to HTML in the site's dialect (see the package description). Built once per site
 * — the flexmark parser and renderer are set up here, once — and then shared by every thread: a call keeps
 * its state in the document it parses.
 *
 * <p>A body in plain Markdown is read by {@link PlainMarkdown} into the tree flexmark's parser would make;
 * flexmark's parser reads the others. The HTML is written by {@link BodyHtmlWriter}, which gives the characters
 * flexmark's {@code HtmlRenderer} would at a fraction of the cost; a body it cannot vouch for (a syntax node it
 * does not know) is rendered by flexmark's renderer, set up here as well.
 */
public final class MarkdownRenderer {

    /**
     * A parser and a renderer for each combination of {@link ExtensionHints} flags, by flags, made when first
     * needed: a site uses a few combinations, and flexmark's renderer only for bodies the writer cannot vouch
     * for; setting all 32 up first cost the build ~50 ms on one core before any body was parsed.
     */
    private final AtomicReferenceArray<Parser> parsers = new AtomicReferenceArray<>(ExtensionHints.ALL + 1);
    private final AtomicReferenceArray<HtmlRenderer> renderers = new AtomicReferenceArray<>(ExtensionHints.ALL + 1);
    private final MarkdownConfig config;
    private final UrlPolicy urls;
    /**
     * The options of the parser without extensions and with the table extension only, carried by the documents
     * {@link PlainMarkdown} reads.
     */
    private final DataHolder plainOptions;
    private final DataHolder tableOptions;
    private final BodyHtmlWriter.Settings writerSettings;
    /** Bodies rendered by flexmark's renderer because the writer could not vouch for them. */
    private final LongAdder flexmarkFallbacks = new LongAdder();

    /**
     * Sets flexmark up for a site that allows the URLs of {@link UrlPolicy#DEFAULT}.
     *
     * @param config the site's Markdown options
     */
    public MarkdownRenderer(MarkdownConfig config) {
        this(config, UrlPolicy.DEFAULT);
    }

    /**
     * Sets flexmark up for a site.
     *
     * @param config the site's Markdown options
     * @param urls   the URLs links and images may have: a body with any other is an error
     */
    public MarkdownRenderer(MarkdownConfig config, UrlPolicy urls) {
        Objects.requireNonNull(config, "config");
        this.config = config;
        this.urls = Objects.requireNonNull(urls, "urls");
        this.plainOptions = FlexmarkOptions.of(config, 0);
        this.tableOptions = FlexmarkOptions.of(config, ExtensionHints.TABLES);
        this.writerSettings = BodyHtmlWriter.Settings.of(config);
    }

    /**
     * Renders one body. Same input, same output, byte for byte.
     *
     * @param start       position of the body's first line in its file (file relative to the site folder,
     *                    line 1-based), so that errors name file coordinates; front matter lines come before
     *                    the body
     * @param markdown    the body
     * @param links       resolves relative {@code .md} links; may be called from any thread
     * @param diagnostics receives the problems found, as errors at their file position
     *                    ({@code path:line:col: link target 'x.md' does not exist}, a URL the policy refuses)
     * @return the HTML with the headings, first paragraph and text counts of the body
     */
    public RenderedMarkdown render(SourcePosition start, String markdown, LinkResolver links,
                                   Diagnostics diagnostics) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(diagnostics, "diagnostics");
        Parsed parsed = parse(start, markdown, links, diagnostics);
        BodyWalk.Result found = parsed.found();
        // a body too deep to walk whole is an error: no writer, all of which recurse, may see it
        return new RenderedMarkdown(found.complete() ? html(parsed) : "", found.headings(), found.firstParagraph(), found.cjkCharacters(),
                found.words());
    }

    /** A body parsed and walked ({@link BodyWalk}), ready for its HTML. */
    record Parsed(String markdown, Document document, int extensions, BodyWalk.Result found) {
    }

    /** The first half of {@link #render}: parses the body and walks it. */
    Parsed parse(SourcePosition start, String markdown, LinkResolver links, Diagnostics diagnostics) {
        BodyPositions positions = new BodyPositions(start, markdown);
        char[] text = markdown.toCharArray();
        BodyLimits.Problem problem = BodyLimits.check(text);
        if (problem != null) {
            diagnostics.error(positions.at(problem.offset()), problem.message());
            markdown = "";
            text = new char[0];
        }
        int extensions = ExtensionHints.of(markdown, text);
        Document document = extensions == 0 ? PlainMarkdown.parse(markdown, text, false, plainOptions)
                : extensions == ExtensionHints.TABLES ? PlainMarkdown.parse(markdown, text, true, tableOptions)
                : null;
        if (document == null) {
            document = parser(extensions).parse(markdown);
        }
        LinkRewriter rewriter = new LinkRewriter(links, urls, diagnostics, positions);
        return new Parsed(markdown, document, extensions, BodyWalk.walk(document, rewriter));
    }

    /**
     * The second half of {@link #render}: the HTML of a parsed body, written by {@link BodyHtmlWriter}, or by
     * flexmark's renderer when the writer cannot vouch for it.
     */
    String html(Parsed parsed) {
        String html = BodyHtmlWriter.write(parsed.document(), parsed.markdown(),
                (parsed.extensions() & ExtensionHints.FOOTNOTES) != 0, writerSettings,
                expectedHtmlLength(parsed.markdown()));
        if (html != null) {
            return html;
        }
        flexmarkFallbacks.increment();
        return flexmarkHtml(parsed);
    }

    /**
     * The HTML of a parsed body as flexmark's {@code HtmlRenderer} writes it: the fallback of {@link #html},
     * and the reference that the writer is compared with.
     */
    String flexmarkHtml(Parsed parsed) {
        StringBuilder html = new StringBuilder(expectedHtmlLength(parsed.markdown()));
        renderer(parsed.extensions()).render(parsed.document(), html);
        return html.toString();
    }

    /** How many bodies went to flexmark's renderer because {@link BodyHtmlWriter} could not write them. */
    long flexmarkFallbacks() {
        return flexmarkFallbacks.sum();
    }

    /**
     * Room for the HTML of a body, so that the output does not grow by copying: the HTML of prose is a little
     * longer than its Markdown (tags around paragraphs, escaped characters).
     */
    private static int expectedHtmlLength(String markdown) {
        return markdown.length() + (markdown.length() >> 3) + 256;
    }

    /** The parser for a combination of extensions; two threads may both make it, one of them is kept. */
    private Parser parser(int extensions) {
        Parser parser = parsers.get(extensions);
        if (parser != null) return parser;
        parsers.compareAndSet(extensions, null, Parser.builder(FlexmarkOptions.of(config, extensions)).build());
        return parsers.get(extensions);
    }

    /** flexmark's renderer for a combination of extensions, made like {@link #parser}. */
    private HtmlRenderer renderer(int extensions) {
        HtmlRenderer renderer = renderers.get(extensions);
        if (renderer != null) return renderer;
        renderers.compareAndSet(extensions, null, HtmlRenderer.builder(FlexmarkOptions.of(config, extensions))
                .htmlIdGeneratorFactory(AssignedHeadingIds.INSTANCE)
                .nodeRendererFactory(CjkSoftBreakRenderer.FACTORY)
                .nodeRendererFactory(TextRenderer.FACTORY)
                .build());
        return renderers.get(extensions);
    }
}
