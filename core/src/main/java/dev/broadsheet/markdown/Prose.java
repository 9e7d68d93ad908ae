package dev.broadsheet.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.broadsheet.config.MarkdownConfig;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The prose of a Markdown body as a copy editor reads it, with where each of its characters is written, so
 * that a check can point at a character and a fix can replace it. Parsed by flexmark with the site's options,
 * so that what counts as code or a link is what the build renders.
 *
 * <p>Each paragraph, heading, table cell and image description is a {@link Block} of its own. Inside one, the
 * text of emphasis, links and strikethrough is read as written, and line breaks are {@code \n}. What the reader
 * sees but is not prose (code spans, bare and explicit autolinks, inline HTML, entities, footnote references,
 * images, and characters escaped with a backslash) is one {@link #HIDDEN} character each, so that the text
 * around it stays apart. What the reader does not see is left out: link destinations and titles, emphasis
 * markers, reference definitions. Code blocks, HTML blocks and table separator rows give no block at all.
 */
public final class Prose {

    /** Stands for something seen that is not prose, such as a code span or a URL: never to be changed. */
    public static final char HIDDEN = '\uFFFC';

    /**
     * One block of prose.
     *
     * @param text    the characters of the block
     * @param offsets for each character of {@code text}, its offset in the body, or -1 for one that is not
     *                written there as itself ({@link #HIDDEN}, a line break)
     */
    public record Block(String text, int[] offsets) {
        public Block {
            if (offsets.length != text.length()) {
                throw new IllegalArgumentException("one offset per character: " + offsets.length + " for "
                        + text.length());
            }
        }
    }

    private final Parser parser;

    /** Sets flexmark up with the site's Markdown options; then {@link #blocks} may be called from any thread. */
    public Prose(MarkdownConfig config) {
        this.parser = Parser.builder(FlexmarkOptions.of(config)).build();
    }

    /**
     * The prose blocks of {@code body} in the order they start (an image description after the paragraph that
     * holds the image); blocks without any character are left out.
     */
    public List<Block> blocks(String body) {
        Walk walk = new Walk();
        walk.visit(parser.parse(body));
        return walk.blocks;
    }

    /** One walk over a parsed body. */
    private static final class Walk {
        private final List<Block> blocks = new ArrayList<>();
        private StringBuilder text;
        private int[] offsets;

        private void visit(Node node) {
            if (node instanceof Paragraph || node instanceof Heading || node instanceof TableCell) {
                block(node);
            } else if (!(node instanceof CodeBlock || node instanceof FencedCodeBlock
                    || node instanceof IndentedCodeBlock || node instanceof HtmlBlockBase
                    || node instanceof Reference || node instanceof TableSeparator)) {
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) visit(child);
            }
        }

        /** Reads the inline content of {@code node} as a block of its own, then goes on with the outer one. */
        private void block(Node node) {
            StringBuilder outerText = text;
            int[] outerOffsets = offsets;
            int at = blocks.size();
            text = new StringBuilder();
            offsets = new int[16];
            inlineChildren(node);
            if (!text.isEmpty()) blocks.add(at, new Block(text.toString(), Arrays.copyOf(offsets, text.length())));
            text = outerText;
            offsets = outerOffsets;
        }

        private void inlineChildren(Node node) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) inline(child);
        }

        private void inline(Node node) {
            if (node instanceof Text) {
                text(node.getChars());
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                append('\n', -1);
            } else if (node instanceof Image || node instanceof ImageRef) {
                append(HIDDEN, -1);
                block(node);
            } else if (node instanceof AutoLink link) {
                // as the build renders it: CJK punctuation run into a bare URL is text after the link
                CjkAutolinks.trim(link);
                append(HIDDEN, -1);
            } else if (node instanceof Code || node instanceof MailLink || node instanceof HtmlInlineBase
                    || node instanceof HtmlEntity || node instanceof Footnote) {
                append(HIDDEN, -1);
            } else {
                inlineChildren(node);
            }
        }

        /** A text node's characters; a backslash and the character it escapes are one {@link #HIDDEN}. */
        private void text(BasedSequence chars) {
            for (int i = 0; i < chars.length(); i++) {
                char c = chars.charAt(i);
                if (c == '\\' && i + 1 < chars.length() && isAsciiPunctuation(chars.charAt(i + 1))) {
                    append(HIDDEN, -1);
                    i++;
                } else {
                    append(c, chars.getIndexOffset(i));
                }
            }
        }

        private void append(char c, int offset) {
            if (text.length() == offsets.length) offsets = Arrays.copyOf(offsets, offsets.length * 2);
            offsets[text.length()] = offset;
            text.append(c);
        }
    }

    private static boolean isAsciiPunctuation(char c) {
        return c > ' ' && c < 0x7F && !Character.isLetterOrDigit(c);
    }
}
