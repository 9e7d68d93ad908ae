package dev.broadsheet.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.footnotes.internal.FootnoteRepository;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.misc.CharPredicate;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;
import dev.broadsheet.config.MarkdownConfig;

/**
 * Writes the HTML of a parsed body, after {@link BodyWalk}, with the same characters as flexmark's
 * {@code HtmlRenderer} set up by {@link MarkdownRenderer} (its core renderer with the table, strikethrough
 * and footnote renderers, {@link CjkSoftBreakRenderer}, {@link TextRenderer} and {@link AssignedHeadingIds}),
 * but straight into a {@link HtmlLines} with bulk copies of the source text, without flexmark's per-body
 * renderer set-up and character-at-a-time line buffer.
 *
 * <p>Nodes are known by their exact class, as flexmark looks their renderers up. A body with a node of any
 * other class, an HTML block split into inner parts, or a carriage return (line ends other than {@code \n}
 * take paths of their own in flexmark) is not written: {@link #write} returns null and the caller renders it
 * with flexmark, so the output never changes silently. Stateless apart from one body's output: one instance
 * per body.
 */
final class BodyHtmlWriter {

    /** What the writer needs of the site's dialect, made once per site and shared by every thread. */
    record Settings(boolean rawHtml, ListOptions listOptions, DataHolder options) {

        static Settings of(MarkdownConfig config) {
            DataHolder options = FlexmarkOptions.of(config);
            return new Settings(config.rawHtml(), ListOptions.get(options), options);
        }
    }

    /** Stops the writing at a node it does not know; without a stack trace, since it is not an error. */
    private static final class UnknownNode extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnknownNode() {
            super(null, null, false, false);
        }
    }

    private static final UnknownNode UNKNOWN = new UnknownNode();
    private static final CharPredicate LANGUAGE_DELIMITERS = CharPredicate.anyOf(" \t");
    private static final String[] HEADING_OPEN = {"", "h1", "h2", "h3", "h4", "h5", "h6"};
    private static final String[] HEADING_CLOSE = {"", "</h1>", "</h2>", "</h3>", "</h4>", "</h5>", "</h6>"};

    private final Document document;
    private final Settings settings;
    private final HtmlLines html;

    private BodyHtmlWriter(Document document, Settings settings, int capacity) {
        this.document = document;
        this.settings = settings;
        this.html = new HtmlLines(capacity);
    }

    /**
     * The HTML of {@code document}, parsed from {@code markdown}, or null if this writer cannot vouch for
     * writing it as flexmark would.
     *
     * @param footnotes whether the document was parsed with the footnote extension
     * @param capacity  room to reserve for the HTML
     */
    static String write(Document document, String markdown, boolean footnotes, Settings settings, int capacity) {
        if (markdown.indexOf('\r') >= 0) {
            return null;
        }
        BodyHtmlWriter writer = new BodyHtmlWriter(document, settings, capacity);
        FootnoteRepository notes = footnotes ? FootnoteExtension.FOOTNOTES.get(document) : null;
        if (notes != null) {
            // flexmark numbers the notes when it sets up its footnote renderer; this does nothing else
            notes.resolveFootnoteOrdinals();
        }
        try {
            writer.children(document);
            if (notes != null && !notes.getReferencedFootnoteBlocks().isEmpty()) {
                writer.footnoteSection(notes);
            }
        } catch (UnknownNode e) {
            return null;
        }
        return writer.html.finish();
    }

    /** A block element on lines of its own around its children's HTML. */
    private void block(String open, Node node, String close) {
        html.line();
        html.markup(open);
        html.line();
        children(node);
        html.line();
        html.markup(close);
        html.line();
    }

    private void children(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            node(child);
        }
    }

    /** Writes one node, by its class; the common ones first. */
    private void node(Node node) {
        Class<? extends Node> type = node.getClass();
        if (type == Text.class) {
            text(node.getChars());
        } else if (type == SoftLineBreak.class) {
            if (!CjkLineBreaks.vanishes(node)) {
                html.newline();
            }
        } else if (type == Paragraph.class) {
            paragraph((Paragraph) node);
        } else if (type == StrongEmphasis.class) {
            inline("<strong>", node, "</strong>");
        } else if (type == Emphasis.class) {
            inline("<em>", node, "</em>");
        } else if (type == Link.class) {
            link((Link) node);
        } else if (type == com.vladsch.flexmark.ast.Heading.class) {
            heading((com.vladsch.flexmark.ast.Heading) node);
        } else if (type == BulletListItem.class || type == OrderedListItem.class) {
            listItem((ListItem) node);
        } else if (type == TableCell.class) {
            tableCell((TableCell) node);
        } else if (type == TableRow.class) {
            html.line();
            inline("<tr>", node, "</tr>");
            html.line();
        } else if (type == Code.class) {
            inline("<code>", collapsedWhitespace(NodeText.raw(((Code) node).getText())), "</code>");
        } else if (type == HtmlEntity.class) {
            html.text(NodeText.unescaped(node.getChars()));
        } else if (type == HardLineBreak.class) {
            html.markup("<br />");
            html.newline();
        } else if (type == AutoLink.class) {
            autoLink((AutoLink) node);
        } else if (type == MailLink.class) {
            String text = NodeText.unescaped(((MailLink) node).getText());
            link("mailto:" + text, null, text, node);
        } else if (type == TextBase.class) {
            children(node);
        } else if (type == Strikethrough.class) {
            inline("<del>", node, "</del>");
        } else if (type == Footnote.class) {
            footnote((Footnote) node);
        } else if (type == BulletList.class) {
            list("<ul>", node, "</ul>");
        } else if (type == OrderedList.class) {
            orderedList((OrderedList) node);
        } else if (type == BlockQuote.class) {
            block("<blockquote>", node, "</blockquote>");
        } else if (type == ThematicBreak.class) {
            html.line();
            html.markup("<hr />");
            html.line();
        } else if (type == FencedCodeBlock.class) {
            fencedCode((FencedCodeBlock) node);
        } else if (type == IndentedCodeBlock.class) {
            preformattedCode(null, ((IndentedCodeBlock) node).getContentChars().trimTailBlankLines()
                    .normalizeEndWithEOL());
        } else if (type == HtmlInline.class || type == HtmlInlineComment.class || type == HtmlCommentBlock.class) {
            if (settings.rawHtml()) {
                html.rawPreformatted(NodeText.raw(node.getChars()));
            }
        } else if (type == HtmlBlock.class) {
            htmlBlock((HtmlBlock) node);
        } else if (type == Image.class) {
            image((Image) node);
        } else if (type == ImageRef.class) {
            imageRef((ImageRef) node);
        } else if (type == LinkRef.class) {
            linkRef((LinkRef) node);
        } else if (type == TableBlock.class) {
            block("<table>", node, "</table>");
        } else if (type == TableHead.class) {
            html.line();
            inline("<thead>", node, "</thead>");
            html.line();
        } else if (type == TableBody.class) {
            html.line();
            inline("<tbody>", node, "</tbody>");
            html.line();
        } else if (type != Reference.class && type != FootnoteBlock.class && type != TableSeparator.class) {
            // those three render nothing where they stand; footnotes come at the end
            throw UNKNOWN;
        }
    }

    /** A text node: its source text with escapes resolved, HTML-escaped. */
    private void text(BasedSequence chars) {
        if (chars instanceof SubSequence && chars.getBase() instanceof String source) {
            html.sourceText(source, chars.getStartOffset(), chars.getEndOffset());
        } else {
            String text = NodeText.unescaped(chars);
            html.text(text.indexOf('\r') < 0 ? text : Escaping.normalizeEOL(text));
        }
    }

    private void inline(String open, Node node, String close) {
        html.markup(open);
        children(node);
        html.markup(close);
    }

    private void inline(String open, String text, String close) {
        html.markup(open);
        html.text(text);
        html.markup(close);
    }

    /** A paragraph in {@code <p>}, except the first one of a tight list item, which is written bare. */
    private void paragraph(Paragraph paragraph) {
        if (paragraph.getFirstChildAnyNot(NonRenderingInline.class) == null) {
            return;
        }
        if (paragraph.getParent() instanceof ParagraphItemContainer container
                && container.isParagraphWrappingDisabled(paragraph, settings.listOptions(), settings.options())) {
            children(paragraph);
        } else {
            html.line();
            inline("<p>", paragraph, "</p>");
            html.line();
        }
    }

    private void heading(com.vladsch.flexmark.ast.Heading heading) {
        int level = heading.getLevel();
        html.line();
        html.startTag(HEADING_OPEN[level]);
        String id = heading.getAnchorRefId();
        if (id != null && !id.isEmpty()) {
            html.attribute("id", id);
        }
        html.endTag();
        children(heading);
        html.markup(HEADING_CLOSE[level]);
        html.line();
    }

    private void list(String open, Node list, String close) {
        html.line();
        html.markup(open);
        html.line();
        children(list);
        html.line();
        html.markup(close);
        html.line();
    }

    private void orderedList(OrderedList list) {
        int start = list.getStartNumber();
        html.line();
        html.startTag("ol");
        if (settings.listOptions().isOrderedListManualStart() && start != 1) {
            html.attribute("start", String.valueOf(start));
        }
        html.endTag();
        html.line();
        children(list);
        html.line();
        html.markup("</ol>");
        html.line();
    }

    private void listItem(ListItem item) {
        html.line();
        html.markup("<li>");
        BasedSequence suffix = item.getMarkerSuffix();
        if (!suffix.isEmpty()) {
            html.text(NodeText.unescaped(suffix));
        }
        children(item);
        html.markup("</li>");
        html.line();
    }

    private void link(Link link) {
        BasedSequence title = link.getTitle();
        link(NodeText.unescaped(link.getUrl()), title.isNotNull() ? NodeText.unescaped(title) : null, null, link);
    }

    /** {@code <a href title>}, then {@code text} or else the children of {@code node}, then {@code </a>}. */
    private void link(String href, String title, String text, Node node) {
        html.startTag("a");
        html.attribute("href", href);
        if (title != null) {
            html.attribute("title", title);
        }
        html.endTag();
        if (text != null) {
            html.text(text);
        } else {
            children(node);
        }
        html.markup("</a>");
    }

    /** A bare URL or one in angle brackets: its text is the URL, with {@code http://} before a bare www. */
    private void autoLink(AutoLink link) {
        String text = NodeText.raw(link.getText());
        link(text.startsWith("www.") ? "http://" + text : text, null, text, link);
    }

    private void linkRef(LinkRef ref) {
        if (ref.isDefined()) {
            Reference reference = ref.getReferenceNode(document);
            BasedSequence title = reference.getTitle();
            link(NodeText.unescaped(reference.getUrl()), title.isNotNull() ? NodeText.unescaped(title) : null,
                    null, ref);
        } else if (!ref.hasChildren()) {
            html.text(NodeText.unescaped(ref.getChars()));
        } else {
            // as written, brackets and all, with the text between them rendered
            BasedSequence chars = ref.getChars();
            BasedSequence inner = ref.getChildChars();
            html.text(NodeText.unescaped(chars.prefixOf(inner)));
            children(ref);
            html.text(NodeText.unescaped(chars.suffixOf(inner)));
        }
    }

    private void image(Image image) {
        String url = NodeText.unescaped(image.getUrl());
        BasedSequence urlContent = image.getUrlContent();
        if (!urlContent.isEmpty()) {
            url += Escaping.percentEncodeUrl(urlContent).replace("+", "%2B").replace("%3D", "=")
                    .replace("%26", "&amp;");
        }
        BasedSequence title = image.getTitle();
        img(url, image, title.isNotNull() ? NodeText.unescaped(title) : null);
    }

    private void imageRef(ImageRef ref) {
        if (!ref.isDefined()) {
            html.text(NodeText.unescaped(ref.getChars()));
            return;
        }
        Reference reference = ref.getReferenceNode(document);
        BasedSequence title = reference.getTitle();
        img(NodeText.unescaped(reference.getUrl()), ref, title.isNotNull() ? NodeText.unescaped(title) : null);
    }

    /** {@code <img />} with the text of {@code image} as its alt text. */
    private void img(String src, Node image, String title) {
        html.startTag("img");
        html.attribute("src", src);
        html.attribute("alt", new TextCollectingVisitor().collectAndGetText(image));
        if (title != null) {
            html.attribute("title", title);
        }
        html.markup(" />");
    }

    private void fencedCode(FencedCodeBlock code) {
        BasedSequence info = code.getInfo();
        String language = info.isNotNull() && !info.isBlank()
                ? NodeText.unescaped(code.getInfoDelimitedByAny(LANGUAGE_DELIMITERS)) : null;
        preformattedCode(language == null ? null : "language-" + language, NodeText.raw(code.getContentChars()));
    }

    /** {@code <pre><code class>text</code></pre>} on lines of their own. */
    private void preformattedCode(String codeClass, String text) {
        html.line();
        html.markup("<pre>");
        html.openPreformatted();
        html.startTag("code");
        if (codeClass != null) {
            html.attribute("class", codeClass);
        }
        html.endTag();
        html.text(text);
        html.markup("</code></pre>");
        html.closePreformatted();
        html.line();
    }

    private void htmlBlock(HtmlBlock block) {
        if (block.hasChildren()) {
            // inner HTML comments split out: not parsed so in this dialect
            throw UNKNOWN;
        }
        html.line();
        if (settings.rawHtml()) {
            html.line();
            html.rawPreformatted(NodeText.raw(block.getContentChars()));
            html.line();
        }
        html.line();
    }

    private void tableCell(TableCell cell) {
        String tag = cell.isHeader() ? "th" : "td";
        html.startTag(tag);
        TableCell.Alignment alignment = cell.getAlignment();
        if (alignment != null) {
            html.attribute("align", switch (alignment) {
                case LEFT -> "left";
                case CENTER -> "center";
                case RIGHT -> "right";
            });
        }
        html.endTag();
        children(cell);
        html.markup(cell.isHeader() ? "</th>" : "</td>");
    }

    /** A reference to a footnote: its number, linking to the note; one without a note as written. */
    private void footnote(Footnote footnote) {
        FootnoteBlock note = footnote.getFootnoteBlock();
        if (note == null) {
            inline("[^", footnote, "]");
            return;
        }
        int number = note.getFootnoteOrdinal();
        int reference = footnote.getReferenceOrdinal();
        html.startTag("sup");
        html.attribute("id", "fnref-" + number + (reference == 0 ? "" : "-" + reference));
        html.endTag();
        html.startTag("a");
        html.attribute("class", "footnote-ref");
        html.attribute("href", "#fn-" + number);
        html.endTag();
        html.markup(number + "</a></sup>");
    }

    /** The notes that are referred to, in the order of their first reference, each with links back. */
    private void footnoteSection(FootnoteRepository notes) {
        html.line();
        html.markup("<div class=\"footnotes\">");
        html.line();
        html.line();
        html.markup("<hr />");
        html.line();
        html.line();
        html.markup("<ol>");
        html.line();
        for (FootnoteBlock note : notes.getReferencedFootnoteBlocks()) {
            int number = note.getFootnoteOrdinal();
            html.line();
            html.startTag("li");
            html.attribute("id", "fn-" + number);
            html.endTag();
            html.line();
            children(note);
            for (int i = 0; i < note.getFootnoteReferences(); i++) {
                html.line();
                html.startTag("a");
                html.attribute("href", "#fnref-" + number + (i == 0 ? "" : "-" + i));
                html.attribute("class", "footnote-backref");
                html.endTag();
                html.markup("&#8617;</a>");
            }
            html.line();
            html.markup("</li>");
            html.line();
        }
        html.line();
        html.markup("</ol>");
        html.line();
        html.line();
        html.markup("</div>");
        html.line();
    }

    /** The text of a code span: runs of spaces, tabs and line ends made one space, none at the ends. */
    static String collapsedWhitespace(String code) {
        StringBuilder collapsed = new StringBuilder(code.length());
        int i = 0;
        int length = code.length();
        while (i < length) {
            while (i < length && isCodeSpace(code.charAt(i))) {
                i++;
            }
            int run = i;
            while (i < length && !isCodeSpace(code.charAt(i))) {
                i++;
            }
            if (run < i) {
                if (!collapsed.isEmpty()) {
                    collapsed.append(' ');
                }
                collapsed.append(code, run, i);
            }
        }
        return collapsed.toString();
    }

    private static boolean isCodeSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
