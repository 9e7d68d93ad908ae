package dev.broadsheet.markdown;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Block;
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
 * headings ({@code ## Title}), tight lists of {@code - } items, one line each, and GFM tables whose rows are
 * written {@code | a | b |}, every block separated from the next by blank lines (a heading may be followed
 * directly by a paragraph). Plain text has none of the characters that start inline syntax
 * ({@code \ ` * _ ! < &}) or an extension ({@code ~ @}), no control characters and no trailing spaces; it
 * may hold links written {@code [text](url)}, outside tables. Anything else (emphasis, images, code, other
 * links, quotes, numbered lists, setext headings, indented lines, a list or table after a paragraph line, a
 * list item continued on the next line, a {@code |} outside a table row) makes {@link #parse} return null, and
 * flexmark parses the body as before. The caller uses it only for bodies that need no extension, or only
 * the table extension ({@link ExtensionHints}).
 *
 * <p>PlainMarkdownTest compares the trees with flexmark's, for generated bodies and the example site's.
 */
final class PlainMarkdown {

    private static final byte SPECIAL = 1;
    private static final byte BRACKET = 2;
    /**
     * What an ASCII character is to this reader: control characters but the line feed, those that start
     * inline syntax or an extension, and DEL are {@link #SPECIAL}; brackets are {@link #BRACKET}.
     */
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 0; c < ' '; c++) ASCII[c] = SPECIAL;
        ASCII['\n'] = 0;
        for (char c : "\\`*_!<&~@\u007f".toCharArray()) ASCII[c] = SPECIAL;
        ASCII['['] = BRACKET;
        ASCII[']'] = BRACKET;
    }

    /**
     * The text as an array: the reader looks at every character, in a JVM without the optimizing compiler,
     * where {@code String.charAt} costs several calls each.
     */
    private final char[] text;
    /** Whether the text has a bracket: without one, no line needs looking at for links. */
    private final boolean brackets;
    /** Whether the document is parsed with the table extension; without it, a body has no {@code |} at all. */
    private final boolean tables;
    private final BasedSequence chars;
    private final Document document;
    /** The paragraph or the list being read: what a line that is not blank continues. */
    private Paragraph paragraph;
    private final List<BasedSequence> paragraphLines = new ArrayList<>();
    private BulletList list;
    /** The list that ended at a blank line: a further item would make it loose. */
    private boolean listEnded;
    /** The table being read, its body and its columns' alignments (null before the separator row). */
    private TableBlock table;
    private TableBody tableBody;
    private TableCell.Alignment[] alignments;
    private final List<BasedSequence> tableLines = new ArrayList<>();

    private PlainMarkdown(String markdown, char[] text, boolean brackets, boolean tables, DataHolder options) {
        this.text = text;
        this.brackets = brackets;
        this.tables = tables;
        this.chars = BasedSequence.of(markdown);
        this.document = new Document(options, chars);
    }

    /**
     * The flexmark tree of {@code markdown}, or null when it is not written in the plain Markdown above.
     *
     * @param text    the characters of {@code markdown}, which the caller has at hand
     * @param tables  whether the body has a {@code |}, so that it is parsed with the table extension
     * @param options the options of flexmark's parser with no extension or the table extension only, which
     *                the document carries
     */
    static Document parse(String markdown, char[] text, boolean tables, DataHolder options) {
        boolean brackets = false;
        for (char c : text) {
            if (c < ASCII.length) {
                byte kind = ASCII[c];
                if (kind == SPECIAL) return null;
                brackets |= kind == BRACKET;
            }
        }
        PlainMarkdown reader = new PlainMarkdown(markdown, text, brackets, tables, options);
        return reader.read() ? reader.document : null;
    }

    /** Reads every line; false at the first one outside the plain Markdown. */
    private boolean read() {
        int n = text.length;
        for (int start = 0; start < n; ) {
            int end = find('\n', start, n);
            int next = end < n ? end + 1 : n;
            if (!line(start, end, next)) return false;
            start = next;
        }
        endParagraph();
        return endTable();
    }

    /** One line, [start, end) without its line end, next the start of the next line. */
    private boolean line(int start, int end, int next) {
        if (start == end) return blank();
        if (text[end - 1] == ' ') return false;
        char first = text[start];
        if (first == '|' || table != null) {
            return first == '|' && tables && tableRow(start, end, next);
        }
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

    /** Ends the paragraph being read, if any, giving it its lines. */
    private void endParagraph() {
        if (paragraph == null) return;
        setLines(paragraph, paragraphLines);
        paragraphLines.clear();
        paragraph = null;
    }

    /**
     * Gives {@code block} its lines (each with its line end), as flexmark's parser does when it closes a block;
     * none of them indented.
     */
    private void setLines(Block block, List<BasedSequence> lines) {
        int first = lines.get(0).getStartOffset();
        int last = lines.get(lines.size() - 1).getEndOffset();
        block.setContent(chars.subSequence(first, last), List.copyOf(lines));
        if (block instanceof Paragraph lined) lined.setLineIndents(new int[lines.size()]);
    }

    /** A blank line ends the paragraph, list or table being read. */
    private boolean blank() {
        if (table != null) return endTable();
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
        return true;
    }

    /** {@code #} to {@code ######}, one space, then text that does not end in {@code #}. */
    private boolean heading(int start, int end) {
        int level = 0;
        while (start + level < end && text[start + level] == '#') level++;
        int title = start + level + 1;
        if (level > 6 || title >= end || text[title - 1] != ' ' || text[title] == ' '
                || text[end - 1] == '#') {
            return false;
        }
        listEnded = false;
        Heading heading = new Heading();
        heading.setChars(chars.subSequence(start, end));
        heading.setLevel(level);
        heading.setOpeningMarker(chars.subSequence(start, start + level));
        heading.setText(chars.subSequence(title, end));
        document.appendChild(heading);
        return inlines(heading, title, end);
    }

    /** {@code - } and text: an item of a tight list, the first one or the next. */
    private boolean item(int start, int end, int next) {
        int itemText = start + 2;
        if (itemText >= end || text[start + 1] != ' ' || !startsText(itemText, end)) return false;
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
        setLines(content, List.of(chars.subSequence(itemText, next)));
        item.appendChild(content);
        if (!inlines(content, itemText, end)) return false;
        list.appendChild(item);
        list.setChars(chars.subSequence(list.getFirstChild().getStartOffset(), next));
        return true;
    }

    /**
     * A row of a table written {@code | a | b |}: the header row, which starts the table where no paragraph or
     * list is open, then the separator row ({@code | --- | :---: |}, as many columns), then body rows with as
     * many cells. No cell is empty.
     */
    private boolean tableRow(int start, int end, int next) {
        if (end - start < 3 || text[end - 1] != '|') return false;
        tableLines.add(chars.subSequence(start, next));
        TableRow row = new TableRow();
        row.setChars(chars.subSequence(start, end));
        if (table == null) {
            if (paragraph != null || list != null) return false;
            listEnded = false;
            table = new TableBlock();
            document.appendChild(table);
            TableHead head = new TableHead();
            head.setChars(row.getChars());
            table.appendChild(head);
            row.setRowNumber(1);
            head.appendChild(row);
            return cells(row, start, end, true, false);
        }
        if (alignments == null) {
            TableSeparator separator = new TableSeparator();
            separator.setChars(row.getChars());
            table.appendChild(separator);
            separator.appendChild(row);
            if (!cells(row, start, end, false, true)) return false;
            alignments = new TableCell.Alignment[children(row)];
            int column = 0;
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                alignments[column++] = alignment(((TableCell) cell).getText());
            }
            TableRow header = (TableRow) table.getFirstChild().getFirstChild();
            if (children(header) != alignments.length) return false;
            align(row);
            align(header);
            return true;
        }
        if (tableBody == null) {
            tableBody = new TableBody();
            table.appendChild(tableBody);
        }
        TableRow previous = (TableRow) tableBody.getLastChild();
        row.setRowNumber(previous == null ? 1 : previous.getRowNumber() + 1);
        tableBody.appendChild(row);
        if (!cells(row, start, end, false, false) || children(row) != alignments.length) return false;
        align(row);
        return true;
    }

    /** Ends the table being read, if any: false when it has no separator row or no body row. */
    private boolean endTable() {
        if (table == null) return true;
        if (tableBody == null) return false;
        tableBody.setChars(chars.subSequence(tableBody.getFirstChild().getStartOffset(),
                tableBody.getLastChild().getEndOffset()));
        setLines(table, tableLines);
        tableLines.clear();
        table = null;
        tableBody = null;
        alignments = null;
        return true;
    }

    /**
     * The cells of a row, [start, end) from its first {@code |} to its last: each from the character after a
     * {@code |} (the first from the {@code |} itself) to the next {@code |}, its text without the spaces
     * around it, plain (or, in the separator row, dashes with a colon at either end).
     */
    private boolean cells(TableRow row, int start, int end, boolean header, boolean separator) {
        for (int pipe = start; pipe < end - 1; ) {
            int close = find('|', pipe + 1, end);
            int textStart = pipe + 1;
            while (textStart < close && text[textStart] == ' ') textStart++;
            int textEnd = close;
            while (textEnd > textStart && text[textEnd - 1] == ' ') textEnd--;
            if (textStart == textEnd || separator && !dashes(textStart, textEnd)) return false;
            TableCell cell = new TableCell();
            cell.setChars(chars.subSequence(pipe == start ? start : pipe + 1, close + 1));
            if (pipe == start) cell.setOpeningMarker(chars.subSequence(start, start + 1));
            cell.setText(chars.subSequence(textStart, textEnd));
            cell.setClosingMarker(chars.subSequence(close, close + 1));
            cell.setHeader(header);
            cell.setSpan(1);
            row.appendChild(cell);
            // flexmark leaves an empty text node after a link in a cell: links in tables go to flexmark
            if (brackets && find('[', textStart, textEnd) < textEnd) return false;
            if (separator) {
                cell.appendChild(new Text(chars.subSequence(textStart, textEnd)));
            } else if (!inlines(cell, textStart, textEnd)) {
                return false;
            }
            pipe = close;
        }
        return true;
    }

    /**
     * Whether [start, end) is a separator cell: three dashes or more (flexmark's minimum), with a colon before
     * or after them or both.
     */
    private boolean dashes(int start, int end) {
        int from = text[start] == ':' ? start + 1 : start;
        int to = text[end - 1] == ':' && end - 1 > from ? end - 1 : end;
        if (to - from < 3) return false;
        for (int i = from; i < to; i++) {
            if (text[i] != '-') return false;
        }
        return true;
    }

    private static TableCell.Alignment alignment(BasedSequence separator) {
        boolean left = separator.charAt(0) == ':';
        boolean right = separator.charAt(separator.length() - 1) == ':';
        return left && right ? TableCell.Alignment.CENTER : left ? TableCell.Alignment.LEFT
                : right ? TableCell.Alignment.RIGHT : null;
    }

    /** Gives the cells of {@code row} their columns' alignments. */
    private void align(TableRow row) {
        int column = 0;
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            ((TableCell) cell).setAlignment(alignments[column++]);
        }
    }

    private static int children(Node node) {
        int count = 0;
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) count++;
        return count;
    }

    /**
     * The text of a line, [start, end), into {@code parent}: plain text, and links written {@code [text](url)}
     * whose text has no brackets and does not start or end with a space (flexmark trims it), and whose URL has
     * no space, quote, angle bracket or parenthesis. False for a bracket anywhere else.
     */
    private boolean inlines(Node parent, int start, int end) {
        if (tables && !(parent instanceof TableCell) && find('|', start, end) < end) return false;
        if (!brackets) {
            parent.appendChild(new Text(chars.subSequence(start, end)));
            return true;
        }
        int plain = start;
        for (int open = find('[', start, end); open < end; open = find('[', plain, end)) {
            int close = find(']', open + 1, end);
            if (close == open + 1 || find('[', open + 1, close) < close || text[open + 1] == ' '
                    || text[close - 1] == ' ' || close + 2 >= end
                    || text[close + 1] != '(') {
                return false;
            }
            int url = close + 2;
            int urlEnd = url;
            while (urlEnd < end && isUrlCharacter(text[urlEnd])) urlEnd++;
            if (urlEnd == url || urlEnd == end || text[urlEnd] != ')') return false;
            if (plain < open) parent.appendChild(new Text(chars.subSequence(plain, open)));
            Link link = new Link();
            link.setChars(chars.subSequence(open, urlEnd + 1));
            link.setTextChars(chars.subSequence(open, close + 1));
            link.setLinkOpeningMarker(chars.subSequence(close + 1, url));
            link.setUrlChars(chars.subSequence(url, urlEnd));
            link.setLinkClosingMarker(chars.subSequence(urlEnd, urlEnd + 1));
            link.appendChild(new Text(chars.subSequence(open + 1, close)));
            parent.appendChild(link);
            plain = urlEnd + 1;
        }
        if (find(']', plain, end) < end) return false;
        if (plain < end) parent.appendChild(new Text(chars.subSequence(plain, end)));
        return true;
    }

    /** Where {@code c} first is in [from, end), or {@code end}. */
    private int find(char c, int from, int end) {
        int i = from;
        while (i < end && text[i] != c) i++;
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
        switch (text[start]) {
            case ' ', '#', '-', '+', '*', '=', '>' -> {
                return false;
            }
            default -> {
            }
        }
        int i = start;
        while (i < end && i - start < 10 && text[i] >= '0' && text[i] <= '9') i++;
        return i == start || i == end || (text[i] != '.' && text[i] != ')');
    }
}
