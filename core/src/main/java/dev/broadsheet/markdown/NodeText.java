package dev.broadsheet.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * The text of syntax tree nodes as Strings, copied from the source in one go. flexmark's own
 * {@code toString()} and {@code unescape()} copy a node's characters one {@code charAt} at a time through
 * the sequence layers, which is most of their cost; these give the same Strings.
 */
final class NodeText {

    private NodeText() {
    }

    /** The same String as {@code chars.toString()}. */
    static String raw(BasedSequence chars) {
        if (chars instanceof SubSequence && chars.getBase() instanceof String source) {
            String text = source.substring(chars.getStartOffset(), chars.getEndOffset());
            // a SubSequence reads U+0000 as U+FFFD
            return text.indexOf('\0') < 0 ? text : text.replace('\0', '\uFFFD');
        }
        return chars.toString();
    }

    /** The same String as {@code chars.unescape()}: backslash escapes and entities resolved. */
    static String unescaped(BasedSequence chars) {
        String text = raw(chars);
        return text.indexOf('\\') < 0 && text.indexOf('&') < 0 ? text : Escaping.unescapeString(text);
    }

    /**
     * The text that a text node with the source text {@code text} renders as: U+0000 read as U+FFFD,
     * backslash escapes and entity references resolved, line ends made {@code \n}.
     */
    static String resolved(String text) {
        String read = text.indexOf('\0') < 0 ? text : text.replace('\0', '\uFFFD');
        String plain = read.indexOf('\\') < 0 && read.indexOf('&') < 0 ? read : Escaping.unescapeString(read);
        return plain.indexOf('\r') < 0 ? plain : Escaping.normalizeEOL(plain);
    }
}
