package dev.broadsheet.punctuation;

/**
 * What the rules tell apart: Chinese characters, the marks they replace and their full-width forms, and the
 * characters that belong to no language on their own.
 */
final class Marks {

    /** The half-width marks of {@link Rule#HALF_WIDTH}, and at the same index their full-width forms. */
    static final String HALF_WIDTH = ",.;:?!";
    static final String FULL_WIDTH = "，。；：？！";

    /** Chinese ellipsis: two three-dot ellipses, a character wide each. */
    static final String ELLIPSIS = "……";

    private Marks() {
    }

    /**
     * Whether {@code cp} is Chinese text on its own: a Han character or bopomofo, or CJK or full-width
     * punctuation ({@code ，。、：“”} are Chinese only in their full-width forms; curly quotes are not
     * Chinese on their own, see {@link #isNeutral}).
     */
    static boolean isChinese(int cp) {
        if (cp < 0x2E80) return false;
        if (cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF01 && cp <= 0xFF65 || cp >= 0xFE10 && cp <= 0xFE1F
                || cp >= 0xFE30 && cp <= 0xFE4F) {
            return true;
        }
        return switch (Character.UnicodeScript.of(cp)) {
            case HAN, BOPOMOFO -> true;
            default -> false;
        };
    }

    /**
     * Curly quotes, the ellipsis, dashes: shared by Chinese and Latin text, so a rule looks past them to the
     * character beyond ({@code “十五五”,} is a comma after Chinese text).
     */
    static boolean isNeutral(char c) {
        return c == '“' || c == '”' || c == '‘' || c == '’' || c == '…' || c == '—';
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n';
    }

    static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
