package dev.broadsheet.search;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The analysis of {@code docs/search.md}, step by step over a char array, handing each token to a
 * {@link TokenSink} without making a string of it. Keeps its buffers from one text to the next, so one
 * analyzer per thread analyses a whole site without allocating; not thread-safe.
 */
final class Analyzer {

    /** A unigram of a CJK run of two or more code points. */
    static final int UNIGRAM = 0;
    /** The unigram of a CJK run of one code point: a query term. */
    static final int LONE = 1;
    static final int BIGRAM = 2;
    static final int WORD = 3;
    /** How many code points of a word run its token keeps. */
    static final int MAX_WORD = 32;

    /** Receives the tokens of a text in order. The chars are only valid during the call. */
    interface TokenSink {
        void token(char[] chars, int start, int length, int slot, int kind);
    }

    private char[] input = new char[1024];
    private char[] text = new char[1024];
    private final char[] word = new char[2 * MAX_WORD];

    /**
     * Analyses {@code s}, its first run at slot {@code first}.
     *
     * @return the last slot taken, or {@code first - 1} when the text has no token
     */
    int analyse(String s, int first, TokenSink sink) {
        return scan(normalize(s), first, sink);
    }

    /**
     * Step 1: NFKC then lower case into {@link #text}, skipping the normaliser when every char is stable or
     * ASCII-formed ({@link CodePoints}): the length of the normalised text.
     */
    int normalize(String s) {
        int n = s.length();
        if (input.length < n) input = new char[Math.max(n, input.length * 2)];
        s.getChars(0, n, input, 0);
        char[] in = input;
        char[] t = text.length >= n + 16 ? text : (text = new char[Math.max(n + 16, text.length * 2)]);
        int j = 0;
        for (int i = 0; i < n; i++) {
            char c = in[i];
            if (j + 8 > t.length) t = text = java.util.Arrays.copyOf(t, t.length * 2);
            if (c < 0x80) {
                t[j++] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                continue;
            }
            int flags = CodePoints.flags(c);
            if ((flags & CodePoints.STABLE) != 0) {
                t[j++] = Character.toLowerCase(c);
            } else if ((flags & CodePoints.ASCII_FORMED) != 0) {
                String form = CodePoints.asciiForm(c);
                if (j + form.length() > t.length) t = text = java.util.Arrays.copyOf(t, t.length * 2 + form.length());
                for (int k = 0; k < form.length(); k++) {
                    char a = form.charAt(k);
                    t[j++] = a >= 'A' && a <= 'Z' ? (char) (a + 32) : a;
                }
            } else {
                return normalizeFully(s);
            }
        }
        return j;
    }

    /** The characters of the normalised text after {@link #normalize}. */
    char[] normalized() {
        return text;
    }

    private int normalizeFully(String s) {
        String normal = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        int n = normal.length();
        if (text.length < n) text = new char[Math.max(n, text.length * 2)];
        normal.getChars(0, n, text, 0);
        return n;
    }

    /** Steps 2 to 5 over {@code text[0, n)}. */
    private int scan(int n, int first, TokenSink sink) {
        char[] t = text;
        int slot = first;
        boolean anyRun = false;
        boolean separated = false;
        int cjkStart = -1;
        int cjkLength = 0;
        int cjkSlot = 0;
        int cjkRun = 0;
        int wordStart = -1;
        int wordCut = 0;
        int wordCodePoints = 0;
        int wordSlot = 0;
        for (int i = 0; i < n; ) {
            char c = t[i];
            int cp = c;
            int length = 1;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(t[i + 1])) {
                cp = Character.toCodePoint(c, t[i + 1]);
                length = 2;
            }
            int kind = cp < 0x80 ? ascii(c) : CodePoints.classOf(cp);
            if (kind != CodePoints.WORD && wordStart >= 0) {
                emitWord(t, wordStart, wordCut, wordSlot, sink);
                wordStart = -1;
            }
            if (kind != CodePoints.CJK && cjkStart >= 0) {
                sink.token(t, cjkStart, cjkLength, cjkSlot, cjkRun == 1 ? LONE : UNIGRAM);
                cjkStart = -1;
            }
            if (kind == CodePoints.CJK) {
                if (cjkStart < 0) {
                    if (anyRun && separated) slot++;
                    cjkRun = 0;
                } else {
                    sink.token(t, cjkStart, cjkLength, cjkSlot, UNIGRAM);
                    sink.token(t, cjkStart, cjkLength + length, cjkSlot, BIGRAM);
                }
                cjkStart = i;
                cjkLength = length;
                cjkSlot = slot++;
                cjkRun++;
                anyRun = true;
                separated = false;
            } else if (kind == CodePoints.WORD) {
                if (wordStart < 0) {
                    if (anyRun && separated) slot++;
                    wordStart = i;
                    wordCodePoints = 0;
                    wordSlot = slot++;
                    anyRun = true;
                    separated = false;
                }
                if (wordCodePoints++ < MAX_WORD) wordCut = i + length;
            } else {
                separated = true;
            }
            i += length;
        }
        if (wordStart >= 0) emitWord(t, wordStart, wordCut, wordSlot, sink);
        if (cjkStart >= 0) sink.token(t, cjkStart, cjkLength, cjkSlot, cjkRun == 1 ? LONE : UNIGRAM);
        return slot - 1;
    }

    private static int ascii(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z'
                ? CodePoints.WORD : CodePoints.SEPARATOR;
    }

    /** Step 5 for a word run {@code t[start, end)}, already cut to {@link #MAX_WORD} code points: stemmed. */
    private void emitWord(char[] t, int start, int end, int slot, TokenSink sink) {
        int length = end - start;
        boolean plain = length >= 4;
        for (int i = start; i < end && plain; i++) plain = t[i] >= 'a' && t[i] <= 'z';
        if (!plain) {
            sink.token(t, start, length, slot, WORD);
            return;
        }
        char[] w = word;
        System.arraycopy(t, start, w, 0, length);
        sink.token(w, 0, stem(w, length), slot, WORD);
    }

    /** Harman's S-stemmer on {@code w[0, length)}, at least 4 letters a–z: the stem's length. */
    static int stem(char[] w, int length) {
        char last = w[length - 1];
        if (last != 's') return length;
        char second = w[length - 2];
        char third = w[length - 3];
        char fourth = w[length - 4];
        if (second == 'e' && third == 'i' && fourth != 'a' && fourth != 'e') {
            w[length - 3] = 'y';
            return length - 2;
        }
        if (second == 'e' && third != 'a' && third != 'e' && third != 'o') return length - 1;
        if (second == 'u' || second == 's') return length;
        return length - 1;
    }
}
