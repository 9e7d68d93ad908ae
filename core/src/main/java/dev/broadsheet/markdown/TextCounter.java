package dev.broadsheet.markdown;

/**
 * Counts CJK characters and the words of other scripts in text fed to it piece by piece, so that a word
 * split by markup ({@code hel**lo**}) still counts once. A word is a run of letters, digits and combining
 * marks; an apostrophe or hyphen inside a word ({@code don't}, {@code well-known}) and a point or comma
 * between digits ({@code 3.5}, {@code 10,000}) do not end it. Each CJK character counts on its own.
 */
final class TextCounter {

    private int cjkCharacters;
    private int words;
    private boolean inWord;
    private boolean afterConnector;
    private boolean lastWasDigit;

    /** Counts {@code text} as it continues what came before. */
    void append(String text) {
        for (int i = 0, length = text.length(); i < length; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                add(Character.toCodePoint(c, text.charAt(++i)));
            } else {
                add(c);
            }
        }
    }

    /** Ends the current word: what comes next starts a new one (a new block, a line break, a table cell). */
    void boundary() {
        inWord = false;
        afterConnector = false;
    }

    int cjkCharacters() {
        return cjkCharacters;
    }

    int words() {
        return words;
    }

    /** Counts one code point. */
    void add(int cp) {
        byte kind = kind(cp);
        if (kind == CJK) {
            cjkCharacters++;
            boundary();
        } else if (kind == LETTER || kind == DIGIT || inWord && kind == MARK) {
            if (!inWord && !afterConnector) {
                words++;
            }
            inWord = true;
            afterConnector = false;
            lastWasDigit = kind == DIGIT;
        } else if (inWord && isConnector(cp)) {
            inWord = false;
            afterConnector = true;
        } else {
            boundary();
        }
    }

    private static final byte CJK = 1;
    private static final byte DIGIT = 2;
    private static final byte LETTER = 3;
    private static final byte MARK = 4;
    private static final byte OTHER = 5;

    /**
     * The kind of each BMP character, 0 until first asked for: the Unicode look-ups behind it (script,
     * category) cost more than the counting, which asks for every character. Shared by every thread without
     * locking: a byte is written whole, and every thread writes the same value.
     */
    private static final byte[] BMP_KINDS = new byte[Character.MAX_VALUE + 1];

    private static byte kind(int cp) {
        if (cp > Character.MAX_VALUE) {
            return classify(cp);
        }
        byte kind = BMP_KINDS[cp];
        if (kind == 0) {
            kind = classify(cp);
            BMP_KINDS[cp] = kind;
        }
        return kind;
    }

    private static byte classify(int cp) {
        if (Cjk.isCjkCharacter(cp)) {
            return CJK;
        }
        if (Character.isDigit(cp)) {
            return DIGIT;
        }
        if (Character.isLetterOrDigit(cp)) {
            return LETTER;
        }
        return isMark(cp) ? MARK : OTHER;
    }

    private boolean isConnector(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '-' || cp == '\u2010'
                || lastWasDigit && (cp == '.' || cp == ',');
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
