package dev.broadsheet.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import dev.broadsheet.config.MarkdownConfig;
import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.diagnostics.SourcePosition;
import java.util.Objects;

/**
 * Renders Markdown bodies to HTML in the site's dialect (see the package description). Built once per site
 * — the flexmark parser and renderer are set up here, once — and then shared by every thread: a call keeps
 * its state in the document it parses.
 */
public final class MarkdownRenderer {

    /** A parser and a renderer for each combination of {@link ExtensionHints} flags, by flags. */
    private final Parser[] parsers = new Parser[ExtensionHints.ALL + 1];
    private final HtmlRenderer[] renderers = new HtmlRenderer[ExtensionHints.ALL + 1];

    /**
     * Sets flexmark up for a site.
     *
     * @param config the site's Markdown options
     */
    public MarkdownRenderer(MarkdownConfig config) {
        Objects.requireNonNull(config, "config");
        for (int extensions = 0; extensions <= ExtensionHints.ALL; extensions++) {
            DataHolder options = FlexmarkOptions.of(config, extensions);
            parsers[extensions] = Parser.builder(options).build();
            renderers[extensions] = HtmlRenderer.builder(options)
                    .htmlIdGeneratorFactory(AssignedHeadingIds.INSTANCE)
                    .nodeRendererFactory(CjkSoftBreakRenderer.FACTORY)
                    .nodeRendererFactory(TextRenderer.FACTORY)
                    .build();
        }
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
     *                    ({@code path:line:col: link target 'x.md' does not exist})
     * @return the HTML with the headings, first paragraph and text counts of the body
     */
    public RenderedMarkdown render(SourcePosition start, String markdown, LinkResolver links,
                                   Diagnostics diagnostics) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(diagnostics, "diagnostics");
        int extensions = ExtensionHints.of(markdown);
        Document document = parsers[extensions].parse(markdown);
        LinkRewriter rewriter = new LinkRewriter(links, diagnostics, new BodyPositions(start, markdown));
        BodyWalk.Result found = BodyWalk.walk(document, rewriter);
        StringBuilder html = new StringBuilder(expectedHtmlLength(markdown));
        renderers[extensions].render(document, html);
        return new RenderedMarkdown(html.toString(), found.headings(), found.firstParagraph(), found.cjkCharacters(),
                found.words());
    }

    /**
     * Room for the HTML of a body, so that the output does not grow by copying: the HTML of prose is a little
     * longer than its Markdown (tags around paragraphs, escaped characters).
     */
    private static int expectedHtmlLength(String markdown) {
        return markdown.length() + (markdown.length() >> 3) + 256;
    }
}
