package dev.broadsheet.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.broadsheet.config.MarkdownConfig;
import java.util.List;

/** The flexmark options of a site's Markdown dialect. */
final class FlexmarkOptions {

    private FlexmarkOptions() {
    }

    /**
     * CommonMark with GFM tables (one header row, no column spans or captions, as GitHub has them),
     * {@code ~~strikethrough~~}, bare URLs as links and footnotes. Heading ids are rendered (they come from
     * {@link AssignedHeadingIds}). Without {@code rawHtml}, HTML blocks, inline HTML and HTML comments are
     * dropped from the output.
     */
    static DataHolder of(MarkdownConfig config) {
        return of(config, true);
    }

    /**
     * The same options, with or without the autolink extension, whose scan of every text node for URLs is a
     * fifth of the Markdown stage's time on text that has none.
     */
    static DataHolder of(MarkdownConfig config, boolean autolinks) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, autolinks
                ? List.of(TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create(),
                        FootnoteExtension.create())
                : List.of(TablesExtension.create(), StrikethroughExtension.create(), FootnoteExtension.create()));
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(TablesExtension.MIN_HEADER_ROWS, 1);
        options.set(TablesExtension.MAX_HEADER_ROWS, 1);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.SUPPRESS_HTML, !config.rawHtml());
        return options.toImmutable();
    }
}
