package dev.broadsheet.markdown;

/**
 * Text measures for summaries and reading time. Chinese is measured in characters and other scripts in
 * words: a page's "word count" is the sum of both, as news sites count them.
 */
public final class TextStats {

    private static final int CJK_CHARACTERS_PER_MINUTE = 400;
    private static final int WORDS_PER_MINUTE = 220;

    private TextStats() {
    }

    /**
     * A summary of {@code text}, cut at a sentence end. Mostly CJK text (more CJK characters than words) is
     * cut after the last {@code 。！？} within 120 characters; other text after the last {@code .!?} ending a
     * sentence within 50 words. A closing quote or bracket right after the sentence end stays. When the first
     * sentence is already longer, the text is cut at the limit and {@code …} is added. Text within the limit
     * is returned as it is.
     *
     * @param text plain text, e.g. {@link RenderedMarkdown#firstParagraph()}
     * @return the summary, {@code text} itself when it is short enough
     */
    public static String summarize(String text) {
        TextCounter counter = new TextCounter();
        counter.append(text);
        return counter.cjkCharacters() > counter.words() ? Summaries.ofCjk(text) : Summaries.ofWords(text);
    }

    /**
     * Minutes to read a text: CJK characters at 400 a minute plus words at 220 a minute, rounded up, at
     * least 1.
     *
     * @param cjkCharacters CJK characters, not negative
     * @param words         words of other scripts, not negative
     * @return the minutes, at least 1
     */
    public static int readingMinutes(int cjkCharacters, int words) {
        requireCount(cjkCharacters, words);
        long perMinute = (long) CJK_CHARACTERS_PER_MINUTE * WORDS_PER_MINUTE;
        long work = (long) cjkCharacters * WORDS_PER_MINUTE + (long) words * CJK_CHARACTERS_PER_MINUTE;
        return (int) Math.max(1, (work + perMinute - 1) / perMinute);
    }

    /**
     * The word count shown to readers: each CJK character counts as a word.
     *
     * @param cjkCharacters CJK characters, not negative
     * @param words         words of other scripts, not negative
     * @return their sum
     */
    public static int wordCount(int cjkCharacters, int words) {
        requireCount(cjkCharacters, words);
        return Math.addExact(cjkCharacters, words);
    }

    private static void requireCount(int cjkCharacters, int words) {
        if (cjkCharacters < 0 || words < 0) {
            throw new IllegalArgumentException("counts must not be negative: " + cjkCharacters + ", " + words);
        }
    }
}
