package dev.broadsheet.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import dev.broadsheet.config.MarkdownConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The flexmark options of a site's Markdown dialect. {@link BodyHtmlWriter} writes what flexmark's renderer
 * writes with exactly these options: after changing a rendering option, BodyHtmlWriterTest tells whether the
 * writer has to follow.
 */
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
        return of(config, ExtensionHints.ALL);
    }

    /**
     * The same options with only some of the extensions, a combination of {@link ExtensionHints} flags: for
     * bodies that cannot use the others (see {@link ExtensionHints}).
     */
    static DataHolder of(MarkdownConfig config, int extensions) {
        MutableDataSet options = new MutableDataSet();
        List<Extension> chosen = new ArrayList<>(4);
        if ((extensions & ExtensionHints.TABLES) != 0) {
            chosen.add(TablesExtension.create());
        }
        if ((extensions & ExtensionHints.STRIKETHROUGH) != 0) {
            chosen.add(StrikethroughExtension.create());
        }
        if ((extensions & ExtensionHints.AUTOLINKS) != 0) {
            chosen.add(AutolinkExtension.create());
        }
        if ((extensions & ExtensionHints.FOOTNOTES) != 0) {
            chosen.add(FootnoteExtension.create());
        }
        options.set(Parser.EXTENSIONS, chosen);
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
