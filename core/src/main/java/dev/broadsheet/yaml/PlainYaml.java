package dev.broadsheet.yaml;

import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.ArrayList;
import java.util.List;

/**
 * Composes the plain YAML that front matter is nearly always written in, a line at a time, into the node tree
 * SnakeYAML composes from the same text: the same kinds of node, tags, values and start positions. SnakeYAML
 * reads a document through a general scanner and parser, and a build reads thousands of small documents; this
 * reads the common ones for a tenth of the cost.
 *
 * <p>What it reads: a mapping of keys ({@code title}, {@code translation_key}: letters, digits, {@code _},
 * {@code -} and {@code .}) to values, one key per line; a value is a plain scalar on the key's line, a quoted
 * one without escapes, a one-line flow list ({@code [a, b]}) of scalars or of one-line flow mappings
 * ({@code {role: x, name: y}}), a flow mapping of scalars, a block list below the key of values as above, a
 * block mapping below it, or nothing (null). Plain scalars are typed by SnakeYAML's own resolver.
 *
 * <p>Anything else makes {@link #compose} decline, and SnakeYAML reads the text: comments, tabs, anchors and
 * tags, block scalars, escapes, scalars over several lines, quoted or unusual keys, and every error.
 */
final class PlainYaml {

    /** SnakeYAML's own resolver, so that {@code yes}, {@code 2025-11-20} or {@code 0x1F} get the same tags. */
    private static final Resolver RESOLVER = new Resolver();

    /** Longer texts go to SnakeYAML, which has its own limits. */
    private static final int MAX_LENGTH = 64 * 1024;

    /** Thrown to give up on a text; it carries no stack, as declining is routine. */
    private static final class Decline extends RuntimeException {
        Decline() {
            super(null, null, false, false);
        }
    }

    private static final Decline DECLINE = new Decline();

    private final String text;
    private final int[] starts;
    private final int[] ends;
    /** The next line to read. */
    private int line;

    private PlainYaml(String text) {
        this.text = text;
        int count = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') count++;
        starts = new int[count];
        ends = new int[count];
        int start = 0;
        for (int l = 0; l < count; l++) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            starts[l] = start;
            ends[l] = end;
            start = end + 1;
        }
    }

    /**
     * The mapping SnakeYAML would compose from {@code text}, or null when the text is not in the subset this
     * reads (including an empty text and every text SnakeYAML rejects).
     */
    static MappingNode compose(String text) {
        if (text.length() > MAX_LENGTH || !plainCharacters(text)) return null;
        try {
            return new PlainYaml(text).document();
        } catch (Decline | StringIndexOutOfBoundsException e) {
            // the second is a safety net: a slip that reads past a line's end declines instead of failing a build
            return null;
        }
    }

    /**
     * Whether every character is one the subset may hold: no tab, carriage return or other control character, no
     * {@code #} (comments), no character SnakeYAML rejects or reads as a line break, no surrogate (SnakeYAML counts
     * columns in code points).
     */
    private static boolean plainCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                if (c != '\n') return false;
            } else if (c == '#' || c >= 0x7F && c <= 0x9F || c == 0x2028 || c == 0x2029
                    || c >= 0xD800 && c <= 0xDFFF || c == 0xFEFF || c >= 0xFFFE) {
                return false;
            }
        }
        return true;
    }

    private MappingNode document() {
        int first = nextContent();
        if (first < 0 || indent(first) != 0) throw DECLINE;
        MappingNode root = blockMapping(0);
        if (nextContent() >= 0) throw DECLINE;
        return root;
    }

    /** The block mapping whose keys start at column {@code indent}, from the next line with content on. */
    private MappingNode blockMapping(int indent) {
        List<NodeTuple> tuples = new ArrayList<>();
        Mark start = null;
        while (true) {
            int l = nextContent();
            if (l < 0 || indent(l) < indent) break;
            if (indent(l) > indent) throw DECLINE;
            int from = starts[l] + indent;
            int keyEnd = keyEnd(from, ends[l]);
            if (keyEnd == from || keyEnd == ends[l] || text.charAt(keyEnd) != ':') throw DECLINE;
            int colon = keyEnd + 1;
            if (colon < ends[l] && text.charAt(colon) != ' ') throw DECLINE;
            Mark keyMark = mark(l, from);
            if (start == null) start = keyMark;
            Node key = plain(text.substring(from, keyEnd), keyMark);
            int value = skipSpaces(colon, ends[l]);
            line = l + 1;
            Node node;
            if (value == ends[l]) {
                node = blockValue(indent, mark(l, colon));
            } else {
                node = inlineValue(l, value);
                noDeeperLine(indent);
            }
            tuples.add(new NodeTuple(key, node));
        }
        if (tuples.isEmpty()) throw DECLINE;
        return new MappingNode(Tag.MAP, true, tuples, start, start, FlowStyle.BLOCK);
    }

    /** The value of a key written alone on its line: a block list or mapping below it, else null. */
    private Node blockValue(int indent, Mark afterColon) {
        int l = nextContent();
        if (l >= 0 && indent(l) >= indent && isDash(l)) return blockSequence(indent(l));
        if (l >= 0 && indent(l) > indent) return blockMapping(indent(l));
        return plain("", afterColon);
    }

    /** The block list whose dashes are at column {@code indent}; each item is a one-line value. */
    private SequenceNode blockSequence(int indent) {
        List<Node> items = new ArrayList<>();
        Mark start = null;
        while (true) {
            int l = nextContent();
            if (l < 0 || indent(l) < indent) break;
            if (indent(l) > indent) throw DECLINE;
            if (!isDash(l)) break;
            int dash = starts[l] + indent;
            if (start == null) start = mark(l, dash);
            int value = skipSpaces(dash + 1, ends[l]);
            if (value == ends[l]) throw DECLINE;
            items.add(inlineValue(l, value));
            line = l + 1;
            noDeeperLine(indent);
        }
        return new SequenceNode(Tag.SEQ, true, items, start, start, FlowStyle.BLOCK);
    }

    /** A value that starts at {@code at} on line {@code l} and ends with the line. */
    private Node inlineValue(int l, int at) {
        char c = text.charAt(at);
        int end = ends[l];
        if (c == '[' || c == '{' || c == '"' || c == '\'') {
            int[] next = {at};
            Node node = c == '[' ? flowSequence(l, next, end) : c == '{' ? flowMapping(l, next, end)
                    : quoted(l, next, end);
            if (skipSpaces(next[0], end) != end) throw DECLINE;
            return node;
        }
        if (indicator(c)) throw DECLINE;
        String value = text.substring(at, trimSpaces(at, end));
        if (value.endsWith(":") || value.contains(": ")) throw DECLINE;
        return plain(value, mark(l, at));
    }

    /** {@code [a, b]} on one line; {@code at[0]} is its {@code [} and becomes the offset after its {@code ]}. */
    private SequenceNode flowSequence(int l, int[] at, int end) {
        Mark start = mark(l, at[0]);
        List<Node> items = new ArrayList<>();
        for (int i = firstItem(at, end, ']'); i >= 0; i = nextItem(at, end, ']')) {
            at[0] = i;
            items.add(i < end && text.charAt(i) == '{' ? flowMapping(l, at, end) : flowScalar(l, at, end));
        }
        return new SequenceNode(Tag.SEQ, true, items, start, start, FlowStyle.FLOW);
    }

    /** {@code {k: v, k2: v2}} of scalars on one line; {@code at[0]} is its {@code {}, then the offset after it. */
    private MappingNode flowMapping(int l, int[] at, int end) {
        Mark start = mark(l, at[0]);
        List<NodeTuple> tuples = new ArrayList<>();
        for (int i = firstItem(at, end, '}'); i >= 0; i = nextItem(at, end, '}')) {
            int keyEnd = keyEnd(i, end);
            if (keyEnd == i || keyEnd + 1 >= end || text.charAt(keyEnd) != ':' || text.charAt(keyEnd + 1) != ' ') {
                throw DECLINE;
            }
            Node key = plain(text.substring(i, keyEnd), mark(l, i));
            at[0] = skipSpaces(keyEnd + 1, end);
            tuples.add(new NodeTuple(key, flowScalar(l, at, end)));
        }
        return new MappingNode(Tag.MAP, true, tuples, start, start, FlowStyle.FLOW);
    }

    /**
     * The offset of the first item of the flow collection opening at {@code at[0]}, or -1 when it closes with
     * {@code close} right away ({@code at[0]} then after it).
     */
    private int firstItem(int[] at, int end, char close) {
        int i = skipSpaces(at[0] + 1, end);
        if (i < end && text.charAt(i) == close) {
            at[0] = i + 1;
            return -1;
        }
        return i;
    }

    /**
     * After an item ending at {@code at[0]}: the offset of the next one after a comma, or -1 at {@code close}
     * ({@code at[0]} then after it). A missing item (trailing or doubled comma) declines.
     */
    private int nextItem(int[] at, int end, char close) {
        int i = skipSpaces(at[0], end);
        if (i >= end) throw DECLINE;
        if (text.charAt(i) == close) {
            at[0] = i + 1;
            return -1;
        }
        if (text.charAt(i) != ',') throw DECLINE;
        i = skipSpaces(i + 1, end);
        if (i >= end || text.charAt(i) == close || text.charAt(i) == ',') throw DECLINE;
        return i;
    }

    /** A quoted or plain scalar inside a flow collection, from {@code at[0]}; then the offset after it. */
    private ScalarNode flowScalar(int l, int[] at, int end) {
        int i = at[0];
        if (i >= end) throw DECLINE;
        char c = text.charAt(i);
        if (c == '"' || c == '\'') return quoted(l, at, end);
        if (indicator(c)) throw DECLINE;
        int j = i;
        while (j < end) {
            char d = text.charAt(j);
            if (d == ',' || d == ']' || d == '}') break;
            if (d == ':' || d == '[' || d == '{') throw DECLINE;
            j++;
        }
        if (j == i) throw DECLINE;
        at[0] = j;
        return plain(text.substring(i, trimSpaces(i, j)), mark(l, i));
    }

    /** A quoted scalar without escapes that closes on its line, from {@code at[0]}; then the offset after it. */
    private ScalarNode quoted(int l, int[] at, int end) {
        int open = at[0];
        char quote = text.charAt(open);
        int close = text.indexOf(quote, open + 1);
        if (close < 0 || close >= end) throw DECLINE;
        if (quote == '"' && text.lastIndexOf('\\', close) > open) throw DECLINE;
        if (quote == '\'' && close + 1 < end && text.charAt(close + 1) == '\'') throw DECLINE;
        at[0] = close + 1;
        Mark start = mark(l, open);
        return new ScalarNode(Tag.STR, true, text.substring(open + 1, close), start, start,
                quote == '"' ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.SINGLE_QUOTED);
    }

    private static ScalarNode plain(String value, Mark start) {
        return new ScalarNode(RESOLVER.resolve(NodeId.scalar, value, true), true, value, start, start,
                ScalarStyle.PLAIN);
    }

    /** Characters that may not start a plain scalar here (YAML's indicators, and {@code -?:} in all uses). */
    private static boolean indicator(char c) {
        return "-?:,[]{}#&*!|>'\"%@`".indexOf(c) >= 0 || c == ' ';
    }

    /**
     * The end of a key that starts at {@code from}: letters, digits and {@code _}, and after the first character
     * also {@code -} and {@code .}.
     */
    private int keyEnd(int from, int end) {
        int i = from;
        while (i < end) {
            char c = text.charAt(i);
            boolean word = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
            if (!word && (i == from || c != '-' && c != '.')) break;
            i++;
        }
        return i;
    }

    /** Declines when the next line with content is indented deeper than {@code indent}: a continuation. */
    private void noDeeperLine(int indent) {
        int l = nextContent();
        if (l >= 0 && indent(l) > indent) throw DECLINE;
    }

    /** Whether line {@code l} starts, after its indent, with a dash and a space (or a lone dash). */
    private boolean isDash(int l) {
        int i = starts[l] + indent(l);
        return text.charAt(i) == '-' && (i + 1 == ends[l] || text.charAt(i + 1) == ' ');
    }

    /** The first line from {@code line} on with more than spaces, or -1; {@link #line} moves to it. */
    private int nextContent() {
        while (line < starts.length) {
            if (indent(line) < ends[line] - starts[line]) return line;
            line++;
        }
        return -1;
    }

    private int indent(int l) {
        int i = starts[l];
        while (i < ends[l] && text.charAt(i) == ' ') i++;
        return i - starts[l];
    }

    private int skipSpaces(int i, int end) {
        while (i < end && text.charAt(i) == ' ') i++;
        return i;
    }

    /** The end of {@code text[from, end)} without its trailing spaces; {@code from} is not a space. */
    private int trimSpaces(int from, int end) {
        while (end > from && text.charAt(end - 1) == ' ') end--;
        return end;
    }

    private Mark mark(int l, int offset) {
        return new Mark("plain", offset, l, offset - starts[l], new int[0], 0);
    }
}
