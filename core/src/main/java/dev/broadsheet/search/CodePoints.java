package dev.broadsheet.search;

import java.text.Normalizer;

/**
 * What the analysis needs to know of a code point: its class (CJK, word or separator), and for BMP
 * characters whether it is <em>stable</em>: text made only of stable characters is unchanged by NFKC, and
 * lower-cased one character at a time exactly as {@code String.toLowerCase(Locale.ROOT)} does it, so the
 * analysis may skip {@link Normalizer} for it.
 *
 * <p>A character is stable when it is ASCII, or when it lies in one of a few blocks (Latin, Greek, Cyrillic,
 * general and CJK punctuation, kana, CJK ideographs, Hangul syllables, fullwidth forms), is not a mark, is
 * its own NFKC form, and is neither U+0130 nor U+03A3 (whose lower case depends on their neighbours). In
 * those blocks no character that is not a mark combines with the character before it, so every character
 * of such a text is normalised alone, and text of them only is its own NFKC form.
 *
 * <p>A character of those blocks that is not a mark and whose NFKC form is ASCII ({@code ，} → {@code ,},
 * {@code Ａ} → {@code A}, {@code …} → {@code ...}, U+3000 → space) is <em>ASCII-formed</em>: ASCII never
 * combines with the character before it either, so such a character may be replaced by its form alone.
 * Chinese text, with its full-width punctuation, is mostly stable and ASCII-formed characters.
 */
final class CodePoints {

    static final int SEPARATOR = 1;
    static final int WORD = 2;
    static final int CJK = 3;
    static final int CLASS = 3;
    static final int STABLE = 4;
    static final int ASCII_FORMED = 16;

    /**
     * The flags of each BMP character, all computed when the class is first used (about 20 ms): a table look-up
     * costs far less than the script and the NFKC form, and a table filled once is safe to share between threads.
     */
    private static final byte[] BMP = new byte[Character.MAX_VALUE + 1];

    /** The lower case of each {@link #STABLE} BMP character. */
    private static final char[] LOWER = new char[Character.MAX_VALUE + 1];

    /** The NFKC forms of the ASCII-formed BMP characters. */
    private static final char[][] ASCII_FORMS = new char[Character.MAX_VALUE + 1][];

    private static final int[] STABLE_BLOCKS = {
        0x0080, 0x024F, 0x0370, 0x03FF, 0x0400, 0x04FF, 0x2000, 0x206F, 0x2100, 0x218F, 0x2460, 0x24FF,
        0x3000, 0x30FF, 0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0xAC00, 0xD7A3, 0xFF00, 0xFFEF};

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int flags = compute((char) c);
            BMP[c] = (byte) flags;
            if ((flags & STABLE) != 0) LOWER[c] = Character.toLowerCase((char) c);
        }
    }

    private CodePoints() {
    }

    /** The class and stability of the BMP character {@code c}. */
    static int flags(char c) {
        return BMP[c];
    }

    /** The lower case of a {@link #STABLE} character, as {@code String.toLowerCase(Locale.ROOT)} makes it. */
    static char lower(char c) {
        return LOWER[c];
    }

    /** The NFKC form of an {@link #ASCII_FORMED} character. */
    static char[] asciiForm(char c) {
        return ASCII_FORMS[c];
    }

    /** {@link #CJK}, {@link #WORD} or {@link #SEPARATOR}. */
    static int classOf(int cp) {
        return cp <= Character.MAX_VALUE ? BMP[cp] & CLASS : classify(cp);
    }

    private static int compute(char c) {
        int flags = classify(c);
        if (c < 0x80) return flags | STABLE;
        if (c == '\u0130' || c == '\u03A3' || isMark(c) || !inStableBlock(c)) return flags;
        String one = String.valueOf(c);
        String form = Normalizer.normalize(one, Normalizer.Form.NFKC);
        if (form.equals(one)) return flags | STABLE;
        if (form.chars().allMatch(ch -> ch < 0x80)) {
            ASCII_FORMS[c] = form.toCharArray();
            return flags | ASCII_FORMED;
        }
        return flags;
    }

    private static boolean inStableBlock(char c) {
        for (int i = 0; i < STABLE_BLOCKS.length; i += 2) {
            if (c >= STABLE_BLOCKS[i] && c <= STABLE_BLOCKS[i + 1]) return true;
        }
        return false;
    }

    private static int classify(int cp) {
        switch (Character.UnicodeScript.of(cp)) {
            case HAN, HIRAGANA, KATAKANA, HANGUL:
                return CJK;
            default:
                break;
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> WORD;
            default -> SEPARATOR;
        };
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
