package dev.broadsheet.markdown;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Markdown most news bodies are written in into the tree flexmark's parser makes of it, node for
 * node and offset for offset, without flexmark's block and inline parsers: about a tenth of their cost.
 *
 * <p>That Markdown is: paragraphs of plain text (one {@code Text} per line, soft breaks between), ATX
 * headings ({@code ## Title}) and tight lists of {@code - } items, one line each, every block separated from
 * the next by blank lines (a heading may be followed directly by a paragraph). Plain text has none of the
 * characters that start inline syntax ({@code \ ` * _ [ ] ! < &}) or an extension ({@code ~ | @}), no control
 * characters and no trailing spaces. Anything else (emphasis, links, images, code, quotes, numbered lists,
 * setext headings, indented lines, a list after a paragraph line, a list item continued on the next line)
 * makes {@link #parse} return null, and flexmark parses the body as before. The caller uses it only for
 * bodies that need no extension ({@link ExtensionHints} found none).
 *
 * <p>PlainMarkdownTest compares the trees with flexmark's, for generated bodies and the example site's.
 */
final class PlainMarkdown {

    private final String markdown;
    private final BasedSequence chars;
    private final Document document;
    /** The paragraph or the list being read: what a line that is not blank continues. */
    private Paragraph paragraph;
    private final List<BasedSequence> paragraphLines = new ArrayList<>();
    private BulletList list;
    /** The list that ended at a blank line: a further item would make it loose. */
    private boolean listEnded;

    private PlainMarkdown(String markdown, DataHolder options) {
        this.markdown = markdown;
        this.chars = BasedSequence.of(markdown);
        this.document = new Document(options, chars);
    }

    /**
     * The flexmark tree of {@code markdown}, or null when it is not written in the plain Markdown above.
     *
     * @param options the options of flexmark's parser without extensions, which the document carries
     */
    static Document parse(String markdown, DataHolder options) {
        if (!plainCharacters(markdown)) return null;
        PlainMarkdown reader = new PlainMarkdown(markdown, options);
        return reader.read() ? reader.document : null;
    }

    private static boolean plainCharacters(String markdown) {
        for (int i = 0, n = markdown.length(); i < n; i++) {
            char c = markdown.charAt(i);
            if (c < ' ' ? c != '\n' : c <= '\u007f' && isSpecial(c)) return false;
        }
        return true;
    }

    private static boolean isSpecial(char c) {
        return switch (c) {
            case '\\', '`', '*', '_', '!', '<', '&', '~', '|', '@', '\u007f' -> true;
            default -> false;
        };
    }

    /** Reads every line; false at the first one outside the plain Markdown. */
    private boolean read() {
        int n = markdown.length();
        for (int start = 0; start < n; ) {
            int end = markdown.indexOf('\n', start);
            if (end < 0) end = n;
            int next = end < n ? end + 1 : n;
            if (!line(start, end, next)) return false;
            start = next;
        }
        endParagraph();
        return true;
    }

    /** One line, [start, end) without its line end, next the start of the next line. */
    private boolean line(int start, int end, int next) {
        if (start == end) {
            blank();
            return true;
        }
        if (markdown.charAt(end - 1) == ' ') return false;
        char first = markdown.charAt(start);
        if (first == '#') {
            return paragraph == null && list == null && heading(start, end);
        }
        if (first == '-') {
            return paragraph == null && !listEnded && item(start, end, next);
        }
        if (!startsText(start, end) || list != null) return false;
        if (paragraph == null) {
            listEnded = false;
            paragraph = new Paragraph();
            document.appendChild(paragraph);
        } else {
            paragraph.appendChild(new SoftLineBreak(chars.subSequence(start - 1, start)));
        }
        paragraphLines.add(chars.subSequence(start, next));
        return inlines(paragraph, start, end);
    }

    /** Gives the paragraph being read its lines, as flexmark's parser does when it closes one. */
    private void endParagraph() {
        if (paragraph == null) return;
        int first = paragraphLines.get(0).getStartOffset();
        int last = paragraphLines.get(paragraphLines.size() - 1).getEndOffset();
        paragraph.setContent(chars.subSequence(first, last), List.copyOf(paragraphLines));
        paragraph.setLineIndents(new int[paragraphLines.size()]);
        paragraphLines.clear();
        paragraph = null;
    }

    /** A blank line ends the paragraph or list being read. */
    private void blank() {
        if (paragraph != null) {
            paragraph.setTrailingBlankLine(true);
            endParagraph();
        } else if (list != null) {
            BulletListItem last = (BulletListItem) list.getLastChild();
            last.setHadBlankAfterItemParagraph(true);
            ((Paragraph) last.getFirstChild()).setTrailingBlankLine(true);
            list = null;
            listEnded = true;
        }
    }

    /** {@code #} to {@code ######}, one space, then text that does not end in {@code #}. */
    private boolean heading(int start, int end) {
        int level = 0;
        while (start + level < end && markdown.charAt(start + level) == '#') level++;
        int text = start + level + 1;
        if (level > 6 || text >= end || markdown.charAt(text - 1) != ' ' || markdown.charAt(text) == ' '
                || markdown.charAt(end - 1) == '#') {
            return false;
        }
        listEnded = false;
        Heading heading = new Heading();
        heading.setChars(chars.subSequence(start, end));
        heading.setLevel(level);
        heading.setOpeningMarker(chars.subSequence(start, start + level));
        heading.setText(chars.subSequence(text, end));
        document.appendChild(heading);
        return inlines(heading, text, end);
    }

    /** {@code - } and text: an item of a tight list, the first one or the next. */
    private boolean item(int start, int end, int next) {
        int text = start + 2;
        if (text >= end || markdown.charAt(start + 1) != ' ' || !startsText(text, end)) return false;
        if (list == null) {
            list = new BulletList();
            list.setOpeningMarker('-');
            list.setTight(true);
            document.appendChild(list);
        }
        BulletListItem item = new BulletListItem();
        item.setChars(chars.subSequence(start, next));
        item.setOpeningMarker(chars.subSequence(start, start + 1));
        item.setTight(true);
        Paragraph content = new Paragraph();
        content.setContent(chars.subSequence(text, next), List.of(chars.subSequence(text, next)));
        content.setLineIndents(new int[1]);
        item.appendChild(content);
        if (!inlines(content, text, end)) return false;
        list.appendChild(item);
        list.setChars(chars.subSequence(list.getFirstChild().getStartOffset(), next));
        return true;
    }

    /**
     * The text of a line, [start, end), into {@code parent}: plain text, and links written {@code [text](url)}
     * whose text has no brackets and does not start or end with a space (flexmark trims it), and whose URL has
     * no space, quote, angle bracket or parenthesis. False for a bracket anywhere else.
     */
    private boolean inlines(Node parent, int start, int end) {
        int text = start;
        for (int open = find('[', start, end); open < end; open = find('[', text, end)) {
            int close = find(']', open + 1, end);
            if (close == open + 1 || find('[', open + 1, close) < close || markdown.charAt(open + 1) == ' '
                    || markdown.charAt(close - 1) == ' ' || close + 2 >= end
                    || markdown.charAt(close + 1) != '(') {
                return false;
            }
            int url = close + 2;
            int urlEnd = url;
            while (urlEnd < end && isUrlCharacter(markdown.charAt(urlEnd))) urlEnd++;
            if (urlEnd == url || urlEnd == end || markdown.charAt(urlEnd) != ')') return false;
            if (text < open) parent.appendChild(new Text(chars.subSequence(text, open)));
            Link link = new Link();
            link.setChars(chars.subSequence(open, urlEnd + 1));
            link.setTextChars(chars.subSequence(open, close + 1));
            link.setLinkOpeningMarker(chars.subSequence(close + 1, url));
            link.setUrlChars(chars.subSequence(url, urlEnd));
            link.setLinkClosingMarker(chars.subSequence(urlEnd, urlEnd + 1));
            link.appendChild(new Text(chars.subSequence(open + 1, close)));
            parent.appendChild(link);
            text = urlEnd + 1;
        }
        if (find(']', text, end) < end) return false;
        if (text < end) parent.appendChild(new Text(chars.subSequence(text, end)));
        return true;
    }

    /** Where {@code c} first is in [from, end), or {@code end}. */
    private int find(char c, int from, int end) {
        int i = from;
        while (i < end && markdown.charAt(i) != c) i++;
        return i;
    }

    private static boolean isUrlCharacter(char c) {
        return switch (c) {
            case ' ', '"', '\'', '(', ')', '<', '>', '[', ']' -> false;
            default -> true;
        };
    }

    /**
     * Whether the text at {@code start} (up to {@code end}) is plain text and starts no block: not a space,
     * not a heading, list, quote, rule or setext underline, not a number followed by {@code .} or {@code )}.
     */
    private boolean startsText(int start, int end) {
        switch (markdown.charAt(start)) {
            case ' ', '#', '-', '+', '*', '=', '>' -> {
                return false;
            }
            default -> {
            }
        }
        int i = start;
        while (i < end && i - start < 10 && markdown.charAt(i) >= '0' && markdown.charAt(i) <= '9') i++;
        return i == start || i == end || (markdown.charAt(i) != '.' && markdown.charAt(i) != ')');
    }
}
