package dev.broadsheet.markdown;

/** Cuts text at a sentence end for {@link TextStats#summarize(String)}. */
final class Summaries {

    /** How long a summary of mostly CJK text may be, in characters (code points). */
    static final int CJK_CHARACTERS = 120;
    /** How long a summary of other text may be, in words. */
    static final int WORDS = 50;

    private static final String ELLIPSIS = "…";

    private Summaries() {
    }

    /** Cuts after the last {@code 。！？!?} within {@value #CJK_CHARACTERS} characters. */
    static String ofCjk(String text) {
        if (text.codePointCount(0, text.length()) <= CJK_CHARACTERS) {
            return text;
        }
        int limit = text.offsetByCodePoints(0, CJK_CHARACTERS);
        int cut = -1;
        for (int i = 0; i < limit; i++) {
            if (isCjkSentenceEnd(text.charAt(i))) {
                cut = afterClosers(text, i + 1);
            }
        }
        return cut > 0 ? text.substring(0, cut).strip() : shortened(text, limit);
    }

    /** Cuts after the last sentence end within {@value #WORDS} words. */
    static String ofWords(String text) {
        int limit = startOfWordAfterLimit(text);
        if (limit < 0) {
            return text;
        }
        int cut = -1;
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (isCjkSentenceEnd(c) && c != '!' && c != '?') {
                cut = afterClosers(text, i + 1);
            } else if (c == '.' || c == '!' || c == '?') {
                int end = afterClosers(text, i + 1);
                if (end == text.length() || Character.isWhitespace(text.charAt(end))) {
                    cut = end;
                }
            }
        }
        return cut > 0 ? text.substring(0, cut).strip() : shortened(text, limit);
    }

    /** Where word {@value #WORDS} + 1 starts, or -1 when the text has no more than {@value #WORDS} words. */
    private static int startOfWordAfterLimit(String text) {
        TextCounter counter = new TextCounter();
        for (int i = 0; i < text.length(); ) {
            int next = i + Character.charCount(text.codePointAt(i));
            counter.append(text, i, next);
            if (counter.words() > WORDS) {
                return i;
            }
            i = next;
        }
        return -1;
    }

    private static boolean isCjkSentenceEnd(char c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?';
    }

    /** Skips closing quotes and brackets that belong to the sentence just ended. */
    private static int afterClosers(String text, int from) {
        int i = from;
        while (i < text.length() && "”’」』）)》〉】\"'".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    /** The text up to {@code end} without dangling separators, and an ellipsis. */
    private static String shortened(String text, int end) {
        int i = end;
        while (i > 0 && (Character.isWhitespace(text.charAt(i - 1)) || ",;:，、；：-—(（“‘《".indexOf(text.charAt(i - 1)) >= 0)) {
            i--;
        }
        return text.substring(0, i) + ELLIPSIS;
    }
}
