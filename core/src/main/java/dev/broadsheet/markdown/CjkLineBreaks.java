package dev.broadsheet.markdown;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Decides whether a line break inside a paragraph sits between two CJK characters, looking at the text on
 * either side of it in the syntax tree, so that markup around the break ({@code **河西**\n区}) does not hide
 * the characters. Footnote references, images and inline HTML are looked through.
 */
final class CjkLineBreaks {

    private static final int NONE = -1;

    private CjkLineBreaks() {
    }

    /** Whether the line break {@code lineBreak} renders as nothing. */
    static boolean vanishes(Node lineBreak) {
        return Cjk.joinsAcrossLineBreak(codePointBefore(lineBreak), codePointAfter(lineBreak));
    }

    private static int codePointBefore(Node node) {
        Node at = node;
        while (true) {
            Node previous = at.getPrevious();
            if (previous == null) {
                at = at.getParent();
                if (at == null || at instanceof Block) {
                    return NONE;
                }
                continue;
            }
            int cp = lastCodePoint(previous);
            if (cp != NONE) {
                return cp;
            }
            at = previous;
        }
    }

    private static int codePointAfter(Node node) {
        Node at = node;
        while (true) {
            Node next = at.getNext();
            if (next == null) {
                at = at.getParent();
                if (at == null || at instanceof Block) {
                    return NONE;
                }
                continue;
            }
            int cp = firstCodePoint(next);
            if (cp != NONE) {
                return cp;
            }
            at = next;
        }
    }

    private static int lastCodePoint(Node node) {
        if (isLookedThrough(node)) {
            return NONE;
        }
        CharSequence text = textOf(node);
        if (text != null) {
            int length = text.length();
            return length == 0 ? NONE : Character.codePointBefore(text, length);
        }
        for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
            int cp = lastCodePoint(child);
            if (cp != NONE) {
                return cp;
            }
        }
        return NONE;
    }

    private static int firstCodePoint(Node node) {
        if (isLookedThrough(node)) {
            return NONE;
        }
        CharSequence text = textOf(node);
        if (text != null) {
            return text.length() == 0 ? NONE : Character.codePointAt(text, 0);
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            int cp = firstCodePoint(child);
            if (cp != NONE) {
                return cp;
            }
        }
        return NONE;
    }

    /**
     * The text of a text leaf, or null for other nodes. Backslash escapes only touch ASCII, so raw is enough.
     * A footnote reference without a note renders as written.
     */
    private static CharSequence textOf(Node node) {
        if (node instanceof Text || node instanceof Footnote) {
            return node.getChars();
        }
        if (node instanceof HtmlEntity) {
            return node.getChars().unescape();
        }
        return null;
    }

    private static boolean isLookedThrough(Node node) {
        return node instanceof Footnote footnote && footnote.isDefined() || node instanceof HtmlInlineBase || node instanceof Image
                || node instanceof ImageRef;
    }
}
