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
        append(text, 0, text.length());
    }

    /**
     * Counts {@code text[from, to)} as it continues what came before. The state lives in local variables while
     * the loop runs: it sees every character of every body, in a JVM without the optimizing compiler, where
     * fields would be read and written back on every step.
     */
    void append(String text, int from, int to) {
        int cjk = cjkCharacters;
        int count = words;
        boolean word = inWord;
        boolean connector = afterConnector;
        boolean digit = lastWasDigit;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                cp = Character.toCodePoint(c, text.charAt(++i));
            }
            byte kind = kind(cp);
            if (kind == CJK) {
                cjk++;
                word = false;
                connector = false;
            } else if (kind == LETTER || kind == DIGIT || word && kind == MARK) {
                if (!word && !connector) count++;
                word = true;
                connector = false;
                digit = kind == DIGIT;
            } else if (word && isConnector(cp, digit)) {
                word = false;
                connector = true;
            } else {
                word = false;
                connector = false;
            }
        }
        cjkCharacters = cjk;
        words = count;
        inWord = word;
        afterConnector = connector;
        lastWasDigit = digit;
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

    private static boolean isConnector(int cp, boolean afterDigit) {
        return cp == '\'' || cp == '\u2019' || cp == '-' || cp == '\u2010'
                || afterDigit && (cp == '.' || cp == ',');
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
