package dev.broadsheet.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextStatsTest {

    private static final String CJK_SENTENCE_1 = "第八届中国国际进口博览会在上海举办。";
    private static final String CJK_SENTENCE_2 = "前不久,河西区领导带队赴上海参加“2025国际医疗创新暨进博医疗创新孵化专区研讨会”活动,"
            + "走访重点企业、洽谈合作项目,深化产业交流,成功达成一批项目合作意向,为区域产业高质量发展注入新动能。";
    private static final String CJK_SENTENCE_3 = "天津作为全国先进制造研发基地,科教优势明显,产业基础雄厚,生产要素齐全。";

    @Test
    void returnsShortChineseTextAsItIs() {
        assertEquals(CJK_SENTENCE_1, TextStats.summarize(CJK_SENTENCE_1));
    }

    @Test
    void cutsChineseTextAfterTheLastSentenceEndWithin120Characters() {
        String text = CJK_SENTENCE_1 + CJK_SENTENCE_2 + CJK_SENTENCE_3;

        assertEquals(CJK_SENTENCE_1 + CJK_SENTENCE_2, TextStats.summarize(text));
    }

    @Test
    void keepsAClosingQuoteAfterTheSentenceEnd() {
        String quoted = "他说：“我们将持续推进‘红色物业’创建工作，让群众满意。”";
        String text = quoted + "此外，".repeat(40);

        assertEquals(quoted, TextStats.summarize(text));
    }

    @Test
    void cutsALongFirstChineseSentenceAt120CharactersWithAnEllipsis() {
        String text = "河西区".repeat(50) + "。";

        String summary = TextStats.summarize(text);

        assertEquals("河西区".repeat(40) + "…", summary);
        assertEquals(121, summary.codePointCount(0, summary.length()));
    }

    @Test
    void returnsShortEnglishTextAsItIs() {
        String text = "Hexi District opened 12 service centres. Residents welcomed them.";

        assertEquals(text, TextStats.summarize(text));
    }

    @Test
    void cutsEnglishTextAfterTheLastSentenceEndWithin50Words() {
        String first = "The eighth China International Import Expo was held in Shanghai.";   // 10 words
        String second = "Recently, leaders of Hexi District led a delegation to attend the 2025 International "
                + "Medical Innovation seminar, visited key enterprises and discussed cooperation projects.";  // 24
        String third = "Tianjin, as a national advanced manufacturing research and development base, has clear "
                + "advantages in science and education and a solid industrial foundation.";  // 23

        assertEquals(first + " " + second, TextStats.summarize(first + " " + second + " " + third));
    }

    @Test
    void doesNotTakeADecimalPointForASentenceEnd() {
        String text = "Growth reached 5.2 percent " + "and more ".repeat(30) + "words.";

        String summary = TextStats.summarize(text);

        assertTrue(summary.startsWith("Growth reached 5.2 percent and more"), summary);
        assertTrue(summary.endsWith("more…"), summary);
    }

    @Test
    void cutsALongFirstEnglishSentenceAfter50WordsWithAnEllipsis() {
        String text = "word, ".repeat(60) + "end.";

        assertEquals("word, ".repeat(49) + "word…", TextStats.summarize(text));
    }

    @Test
    void readsChineseAt400CharactersAMinute() {
        assertEquals(1, TextStats.readingMinutes(400, 0));
        assertEquals(2, TextStats.readingMinutes(401, 0));
        assertEquals(4, TextStats.readingMinutes(1500, 0));
    }

    @Test
    void readsWordsAt220AMinuteAndAddsBothUp() {
        assertEquals(1, TextStats.readingMinutes(0, 220));
        assertEquals(2, TextStats.readingMinutes(0, 221));
        assertEquals(1, TextStats.readingMinutes(200, 110));
        assertEquals(2, TextStats.readingMinutes(200, 111));
        assertEquals(5, TextStats.readingMinutes(1200, 400));
    }

    @Test
    void takesAtLeastOneMinute() {
        assertEquals(1, TextStats.readingMinutes(0, 0));
        assertEquals(1, TextStats.readingMinutes(3, 2));
    }

    @Test
    void countsWordsAsCjkCharactersPlusWords() {
        assertEquals(1234, TextStats.wordCount(1200, 34));
    }

    @Test
    void rejectsNegativeCounts() {
        assertThrows(IllegalArgumentException.class, () -> TextStats.readingMinutes(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> TextStats.wordCount(0, -1));
    }
}
