package dev.broadsheet.markdown;

import dev.broadsheet.config.MarkdownConfig;
import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.diagnostics.SourcePosition;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Renders Markdown the way the tests need it: a body starting on line 1 of content/zh/a.md. */
final class Rendering {

    static final MarkdownRenderer DEFAULT = new MarkdownRenderer(MarkdownConfig.DEFAULT);
    static final SourcePosition FILE_START = SourcePosition.of("content/zh/a.md", 1);
    static final LinkResolver NO_PAGES = target -> null;

    private Rendering() {
    }

    static RenderedMarkdown render(String markdown) {
        return DEFAULT.render(FILE_START, markdown, NO_PAGES, new Diagnostics());
    }

    static RenderedMarkdown render(String markdown, Map<String, String> pages, Diagnostics diagnostics) {
        return DEFAULT.render(FILE_START, markdown, pages::get, diagnostics);
    }

    static Element body(String markdown) {
        return Jsoup.parseBodyFragment(render(markdown).html()).body();
    }
}
