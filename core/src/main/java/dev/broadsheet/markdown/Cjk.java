package dev.broadsheet.markdown;

/**
 * What counts as CJK, for counting characters and for joining lines.
 *
 * <p>Line joining follows the segment-break rule of CSS Text 3: a line break between two characters of
 * scripts written without spaces (Han, kana, bopomofo and their punctuation) disappears. Hangul is counted
 * but never joined, because Korean separates words with spaces. Curly quotes, dashes, ellipses and the
 * middle dot are shared with Latin text, so they join only next to a character that is CJK on its own.
 */
final class Cjk {

    /** How a character takes part in joining lines. */
    enum Joining {
        /** Not CJK: a line break next to it stays a break. */
        NONE,
        /** CJK only in CJK company: quotes, dashes, ellipsis, middle dot. */
        WEAK,
        /** CJK on its own: ideographs, kana, bopomofo, CJK and fullwidth punctuation. */
        STRONG
    }

    private Cjk() {
    }

    /** Whether {@code cp} is a Han, kana, bopomofo or hangul character, i.e. one counted as a CJK character. */
    static boolean isCjkCharacter(int cp) {
        if (cp < 0x1100) {
            return false;
        }
        if (cp > Character.MAX_VALUE) {
            return isCjkScript(cp);
        }
        byte known = BMP_CJK_CHARACTERS[cp];
        if (known == UNKNOWN) {
            known = isCjkScript(cp) ? YES : NO;
            BMP_CJK_CHARACTERS[cp] = known;
        }
        return known == YES;
    }

    /**
     * {@link #isCjkCharacter} of each BMP character, filled in as characters are first seen: looking the
     * script up is a binary search, and counting text asks for every character. Shared by every thread
     * without locking: a byte is written whole, and every thread writes the same value.
     */
    private static final byte[] BMP_CJK_CHARACTERS = new byte[Character.MAX_VALUE + 1];
    private static final byte UNKNOWN = 0;
    private static final byte NO = 1;
    private static final byte YES = 2;

    private static boolean isCjkScript(int cp) {
        return switch (Character.UnicodeScript.of(cp)) {
            case HAN, HIRAGANA, KATAKANA, BOPOMOFO, HANGUL -> true;
            default -> false;
        };
    }

    /** Whether a line break between {@code before} and {@code after} (code points, or -1) renders as nothing. */
    static boolean joinsAcrossLineBreak(int before, int after) {
        Joining a = joining(before);
        Joining b = joining(after);
        return a != Joining.NONE && b != Joining.NONE && (a == Joining.STRONG || b == Joining.STRONG);
    }

    static Joining joining(int cp) {
        if (cp < 0xB7) {
            return Joining.NONE;
        }
        if (isWeak(cp)) {
            return Joining.WEAK;
        }
        if (isCjkPunctuation(cp)) {
            return Joining.STRONG;
        }
        if (cp < 0x2E80) {
            return Joining.NONE;
        }
        return switch (Character.UnicodeScript.of(cp)) {
            case HAN, HIRAGANA, KATAKANA, BOPOMOFO -> Joining.STRONG;
            default -> Joining.NONE;
        };
    }

    private static boolean isWeak(int cp) {
        return switch (cp) {
            case 0xB7, 0x2014, 0x2015, 0x2018, 0x2019, 0x201C, 0x201D, 0x2025, 0x2026 -> true;
            default -> false;
        };
    }

    /** CJK Symbols and Punctuation, kana punctuation, CJK compatibility and vertical forms, fullwidth forms. */
    private static boolean isCjkPunctuation(int cp) {
        return (cp >= 0x3000 && cp <= 0x303F)      // CJK Symbols and Punctuation: 、。〈〉《》「」【】〜
                || cp == 0x30FB || cp == 0x30FC    // katakana middle dot, prolonged sound mark
                || (cp >= 0xFE10 && cp <= 0xFE1F)  // vertical forms
                || (cp >= 0xFE30 && cp <= 0xFE4F)  // CJK compatibility forms
                || (cp >= 0xFF01 && cp <= 0xFF65)  // fullwidth ASCII variants and brackets, halfwidth CJK punctuation
                || (cp >= 0xFFE0 && cp <= 0xFFE6); // fullwidth signs ￥ ￡
    }
}
