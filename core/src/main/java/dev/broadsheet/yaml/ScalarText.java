package dev.broadsheet.yaml;

import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where each character of a scalar's value is written in the YAML text it was parsed from, so that a check can
 * point at one character and a fix can replace it and nothing else. Plain, quoted and block scalars are read,
 * over several lines too: quotes, escapes, indentation and folded line breaks are what lies between the
 * characters of the value.
 */
public final class ScalarText {

    private final String value;
    private final int[] starts;
    private final int[] ends;

    private ScalarText(String value, int[] starts, int[] ends) {
        this.value = value;
        this.starts = starts;
        this.ends = ends;
    }

    /** The scalar's value. */
    public String value() {
        return value;
    }

    /**
     * The offset in the YAML text at which character {@code i} of the value is written, or -1 when it is not
     * written there as itself: a space or line break that folding made, or a character written as an escape
     * such as {@code \u00e9}.
     */
    public int start(int i) {
        return starts[i];
    }

    /**
     * The offset after the characters that write character {@code i}: one after {@link #start}, or two for a
     * quote written as {@code \"} in a double-quoted scalar or {@code ''} in a single-quoted one; -1 with it.
     */
    public int end(int i) {
        return ends[i];
    }

    /**
     * Finds the characters of {@code node}'s value in {@code yaml}, the text it was composed from. Empty when
     * one of them is not where the value says it should be (a node that did not come from this text).
     */
    static Optional<ScalarText> of(String yaml, ScalarNode node) {
        String value = node.getValue();
        int[] starts = new int[value.length()];
        int[] ends = new int[value.length()];
        Arrays.fill(starts, -1);
        Arrays.fill(ends, -1);
        ScalarStyle style = node.getScalarStyle();
        // SnakeYAML counts code points; the text of front matter is read by PlainYaml, which counts chars, only
        // when it holds no character outside the BMP, where the two are the same
        int pos = yaml.offsetByCodePoints(0, node.getStartMark().getIndex());
        if (style == ScalarStyle.DOUBLE_QUOTED || style == ScalarStyle.SINGLE_QUOTED) {
            pos++;
        } else if (style == ScalarStyle.LITERAL || style == ScalarStyle.FOLDED) {
            pos = yaml.indexOf('\n', pos) + 1;
            if (pos == 0) return Optional.empty();
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            while (true) {
                if (pos >= yaml.length()) return Optional.empty();
                char s = yaml.charAt(pos);
                if (style == ScalarStyle.DOUBLE_QUOTED && s == '\\' && pos + 1 < yaml.length()) {
                    char escaped = yaml.charAt(pos + 1);
                    if (escaped == '\n') {
                        pos += 2; // an escaped line break: nothing in the value
                        continue;
                    }
                    int length = escapeLength(escaped);
                    int decoded = decode(yaml, pos, length);
                    pos += length;
                    if (decoded == c && (escaped == '"' || escaped == '\\' || escaped == '/')) {
                        starts[i] = pos - length;
                        ends[i] = pos;
                        break;
                    }
                    if (decoded == Character.codePointAt(value, i)) {
                        if (Character.charCount(decoded) == 2) i++; // both chars, not written as themselves
                        break;
                    }
                    continue; // it wrote a space or line break before c, not told apart from a folded one
                }
                if (style == ScalarStyle.SINGLE_QUOTED && s == '\'') {
                    if (c != '\'' || !yaml.startsWith("''", pos)) return Optional.empty();
                    starts[i] = pos;
                    ends[i] = pos += 2;
                    break;
                }
                if (s == c) {
                    starts[i] = pos;
                    ends[i] = ++pos;
                    break;
                }
                if (isWhitespace(c)) break; // made by folding a line break, not written as itself
                if (!isWhitespace(s)) return Optional.empty();
                pos++; // a line break or indentation between two characters of the value
            }
        }
        return Optional.of(new ScalarText(value, starts, ends));
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n';
    }

    /** The code point that the escape at {@code pos}, {@code length} characters long, stands for, or -1. */
    private static int decode(String yaml, int pos, int length) {
        char escaped = yaml.charAt(pos + 1);
        if (length > 2) {
            try {
                return Integer.parseInt(yaml.substring(pos + 2, Math.min(yaml.length(), pos + length)), 16);
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return switch (escaped) {
            case '0' -> 0;
            case 'a' -> 7;
            case 'b' -> 8;
            case 't', '\t' -> '\t';
            case 'n' -> '\n';
            case 'v' -> 11;
            case 'f' -> 12;
            case 'r' -> '\r';
            case 'e' -> 27;
            case 'N' -> 0x85;
            case '_' -> 0xA0;
            case 'L' -> 0x2028;
            case 'P' -> 0x2029;
            default -> escaped;
        };
    }

    /** How many characters an escape of a double-quoted scalar takes, from its backslash. */
    private static int escapeLength(char escaped) {
        return switch (escaped) {
            case 'x' -> 4;
            case 'u' -> 6;
            case 'U' -> 10;
            default -> 2;
        };
    }
}
