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

        /**
         * The tokens of a CJK run {@code chars[start, end)} of BMP characters only, its first at {@code slot}:
         * each character's unigram and, but for the last, the bigram it starts, in text order. A sink that
         * counts terms may take the whole run at once; this one hands each token to {@link #token}.
         */
        default void run(char[] chars, int start, int end, int slot) {
            int n = end - start;
            if (n == 1) {
                token(chars, start, 1, slot, LONE);
                return;
            }
            for (int k = 0; k < n - 1; k++) {
                token(chars, start + k, 1, slot + k, UNIGRAM);
                token(chars, start + k, 2, slot + k, BIGRAM);
            }
            token(chars, end - 1, 1, slot + n - 1, UNIGRAM);
        }
    }

    private char[] input = new char[1024];
    private char[] text = new char[1024];
    private final char[] word = new char[2 * MAX_WORD];
    /**
     * The runs that {@link #normalize} found on its fast path, three ints each: start and end in {@link #text},
     * then the class, plus {@link #AFTER_SEPARATOR} when a separator comes before the run. -1 runs when the text
     * took the full normaliser, whose output {@link #scan} reads char by char.
     */
    private int[] runs = new int[3 * 64];
    private int runCount;
    /** The class of the run {@link #normalize} has open, {@link CodePoints#SEPARATOR} between runs. */
    private int open;
    private boolean separated;
    private static final int AFTER_SEPARATOR = 4;

    /**
     * Analyses {@code s}, its first run at slot {@code first}.
     *
     * @return the last slot taken, or {@code first - 1} when the text has no token
     */
    int analyse(String s, int first, TokenSink sink) {
        int n = normalize(s);
        return runCount < 0 ? scan(n, first, sink) : scanRuns(first, sink);
    }

    /** {@link #analyse(String, int, TokenSink)} of the text {@code chars[0, length)}. */
    int analyse(char[] chars, int length, int first, TokenSink sink) {
        int n = normalize(chars, length);
        return runCount < 0 ? scan(n, first, sink) : scanRuns(first, sink);
    }

    /**
     * {@link #analyse(String, int, TokenSink)} as it is for text that needs the full normaliser: each char
     * classed after normalising, not while. The same tokens for every text; a test holds the two paths equal.
     */
    int analyseSlowly(String s, int first, TokenSink sink) {
        return scan(normalizeFully(s), first, sink);
    }

    /**
     * Step 1: NFKC then lower case into {@link #text}, skipping the normaliser when every char is stable or
     * ASCII-formed ({@link CodePoints}): the length of the normalised text. On that fast path the runs of step 2
     * are found at the same time, each char classed by the class of the char it came from (a stable char's
     * lower case has its class, the chars of an ASCII form are classed one by one).
     */
    int normalize(String s) {
        int n = s.length();
        if (input.length < n) input = new char[Math.max(n, input.length * 2)];
        s.getChars(0, n, input, 0);
        return normalize(input, n);
    }

    /** {@link #normalize(String)} of {@code in[0, n)}. */
    private int normalize(char[] in, int n) {
        char[] t = text.length >= n + 16 ? text : (text = new char[Math.max(n + 16, text.length * 2)]);
        runCount = 0;
        open = CodePoints.SEPARATOR;
        separated = false;
        int current = CodePoints.SEPARATOR;
        int j = 0;
        for (int i = 0; i < n; i++) {
            char c = in[i];
            int flags = CodePoints.flags(c);
            if ((flags & CodePoints.STABLE) != 0) {
                if ((flags & CodePoints.CLASS) != current) current = boundary(flags & CodePoints.CLASS, j);
                // ASCII and stable chars write one char each, so j + (n - i) stays within t, as the
                // ASCII-formed branch keeps it
                t[j++] = CodePoints.lower(c);
            } else if ((flags & CodePoints.ASCII_FORMED) != 0) {
                char[] form = CodePoints.asciiForm(c);
                if (j + form.length + (n - i) > t.length) t = text = java.util.Arrays.copyOf(t, t.length * 2 + form.length);
                for (char a : form) {
                    int kind = CodePoints.flags(a) & CodePoints.CLASS;
                    if (kind != current) current = boundary(kind, j);
                    t[j++] = a >= 'A' && a <= 'Z' ? (char) (a + 32) : a;
                }
            } else {
                runCount = -1;
                return normalizeFully(new String(in, 0, n));
            }
        }
        boundary(CodePoints.SEPARATOR, j);
        return j;
    }

    /** Ends the open run, if any, at {@code at} and opens one of class {@code kind} there: {@code kind}. */
    private int boundary(int kind, int at) {
        if (open != CodePoints.SEPARATOR) runs[3 * runCount++ + 1] = at;
        if (kind == CodePoints.SEPARATOR) {
            separated = true;
        } else {
            if (3 * runCount + 3 > runs.length) runs = java.util.Arrays.copyOf(runs, runs.length * 2);
            runs[3 * runCount] = at;
            runs[3 * runCount + 2] = separated ? kind | AFTER_SEPARATOR : kind;
            separated = false;
        }
        open = kind;
        return kind;
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

    /** Steps 3 to 5 over the runs that {@link #normalize} found: the tokens of BMP text, run by run. */
    private int scanRuns(int first, TokenSink sink) {
        char[] t = text;
        int[] r = runs;
        int slot = first;
        for (int k = 0; k < runCount; k++) {
            int start = r[3 * k];
            int end = r[3 * k + 1];
            int kind = r[3 * k + 2];
            if (k > 0 && (kind & AFTER_SEPARATOR) != 0) slot++;
            if ((kind & CodePoints.CLASS) == CodePoints.CJK) {
                sink.run(t, start, end, slot);
                slot += end - start;
            } else {
                emitWord(t, start, Math.min(end, start + MAX_WORD), slot++, sink);
            }
        }
        return slot - 1;
    }

    /** Steps 2 to 5 over {@code text[0, n)}, char by char. */
    private int scan(int n, int first, TokenSink sink) {
        char[] t = text;
        int slot = first;
        boolean anyRun = false;
        boolean separated = false;
        int cjkStart = -1;
        int cjkSlot = 0;
        boolean cjkBmp = true;
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
            int kind = length == 1 ? CodePoints.flags(c) & CodePoints.CLASS : CodePoints.classOf(cp);
            if (kind != CodePoints.WORD && wordStart >= 0) {
                emitWord(t, wordStart, wordCut, wordSlot, sink);
                wordStart = -1;
            }
            if (kind != CodePoints.CJK && cjkStart >= 0) {
                emitCjk(t, cjkStart, i, cjkSlot, cjkBmp, sink);
                cjkStart = -1;
            }
            if (kind == CodePoints.CJK) {
                if (cjkStart < 0) {
                    if (anyRun && separated) slot++;
                    cjkStart = i;
                    cjkSlot = slot;
                    cjkBmp = true;
                }
                if (length == 2) cjkBmp = false;
                slot++;
                anyRun = true;
                separated = false;
                // the BMP CJK characters that follow, without the checks above (no surrogate is of class CJK)
                for (i += length; i < n && (CodePoints.flags(t[i]) & CodePoints.CLASS) == CodePoints.CJK; i++) slot++;
                continue;
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
                // likewise the BMP word characters that follow (no surrogate is of class word either)
                for (i += length; i < n && (CodePoints.flags(t[i]) & CodePoints.CLASS) == CodePoints.WORD; i++) {
                    if (wordCodePoints++ < MAX_WORD) wordCut = i + 1;
                }
                continue;
            } else {
                separated = true;
            }
            i += length;
        }
        if (wordStart >= 0) emitWord(t, wordStart, wordCut, wordSlot, sink);
        if (cjkStart >= 0) emitCjk(t, cjkStart, n, cjkSlot, cjkBmp, sink);
        return slot - 1;
    }

    /**
     * Step 4 for a CJK run {@code t[start, end)} whose first code point takes {@code slot}: a unigram per code
     * point at its slot and a bigram per two neighbours at the first one's, in text order; a run of one code
     * point is one {@link #LONE} unigram.
     */
    private static void emitCjk(char[] t, int start, int end, int slot, boolean bmp, TokenSink sink) {
        if (bmp) {
            sink.run(t, start, end, slot);
            return;
        }
        int previous = -1;
        int previousLength = 0;
        int count = 0;
        for (int i = start; i < end; slot++) {
            int length = Character.isHighSurrogate(t[i]) && i + 1 < end && Character.isLowSurrogate(t[i + 1]) ? 2 : 1;
            if (previous >= 0) {
                sink.token(t, previous, previousLength, slot - 1, UNIGRAM);
                sink.token(t, previous, previousLength + length, slot - 1, BIGRAM);
            }
            previous = i;
            previousLength = length;
            count++;
            i += length;
        }
        sink.token(t, previous, previousLength, slot - 1, count == 1 ? LONE : UNIGRAM);
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
