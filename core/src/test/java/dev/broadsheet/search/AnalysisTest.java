package dev.broadsheet.search;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnalysisTest {

    private static final String VECTORS = "analysis-vectors.txt";

    /** One line of the vector file: the text (unescaped), its tokens and its query terms as written. */
    private record Vector(int line, String text, String tokens, String queryTerms) {
    }

    @TestFactory
    List<DynamicTest> givesTheTokensAndQueryTermsOfEveryTestVector() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Vector vector : vectors()) {
            tests.add(DynamicTest.dynamicTest(VECTORS + ":" + vector.line() + " " + vector.text(), () -> {
                assertEquals(vector.tokens(), joined(Analysis.tokens(vector.text())), "tokens");
                assertEquals(vector.queryTerms(), joined(Analysis.queryTerms(vector.text())), "query terms");
            }));
        }
        assertTrue(tests.size() >= 25, "the vectors are read: " + tests.size());
        return tests;
    }

    @Test
    void skipsTheNormaliserOnlyForCharactersItWouldNotChangeOrWouldMakeAscii() {
        int stable = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if ((CodePoints.flags((char) c) & (CodePoints.STABLE | CodePoints.ASCII_FORMED)) == 0) continue;
            stable++;
            String one = String.valueOf((char) c);
            assertEquals(full(one), fast(one), "U+" + Integer.toHexString(c));
        }
        assertTrue(stable > 30_000, "CJK, kana, hangul, Latin…: " + stable);
    }

    @Test
    void classesNoSurrogateAsCjkOrWord() {
        // the scanner's inner loops run over BMP chars of one class and rely on a surrogate ending them
        for (int c = Character.MIN_SURROGATE; c <= Character.MAX_SURROGATE; c++) {
            assertEquals(CodePoints.SEPARATOR, CodePoints.flags((char) c) & CodePoints.CLASS, "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void normalisesMixedTextExactlyAsTheNormaliserDoes() {
        // stable characters next to ones that are not (marks that compose, fullwidth forms, ligatures, Hangul
        // jamo that join a syllable, a dotted capital I, a final sigma), in random order
        String pool = "aZ9 .,é河西区ＡＩ５ｶﾞ\u0301\u0308\u3099かカー서\u1161\u11a8가ﬁ…Ⅻ\u0130ΣΑσ“”—\u00a0\u3000㈱①"
                + "\ud840\udc0b\ud83d\ude80ÅΩ，：；（）！？①Ⅻ\u2126\u212a";
        int[] cps = pool.codePoints().toArray();
        Random random = new Random(20251120);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(8) + 1; n > 0; n--) text.appendCodePoint(cps[random.nextInt(cps.length)]);
            String s = text.toString();
            assertEquals(full(s), fast(s), s);
        }
    }

    @Test
    void analysesATextTheSameWhetherOrNotItNeedsTheNormaliser() {
        // the same words, once in stable characters and once after a character that sends the whole text
        // through the normaliser
        String text = "河西区“红色物业”全覆盖 Districts of the cities 2025年";
        List<Analysis.Token> plain = Analysis.tokens(text);
        List<Analysis.Token> normalised = Analysis.tokens(text + "\u2026");
        assertEquals(plain, normalised);
    }

    @Test
    void classesAStableCharacterAsItsLowerCase() {
        // the fast path classes each char before lowering it, the full path after
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int flags = CodePoints.flags((char) c);
            if ((flags & CodePoints.STABLE) == 0) continue;
            assertEquals(flags & CodePoints.CLASS, CodePoints.flags(CodePoints.lower((char) c)) & CodePoints.CLASS,
                    "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void findsTheSameTokensWhileNormalisingAsAfterwards() {
        // runs of every class and length (words past 32 letters too), full-width and other ASCII-formed
        // characters inside and between them, separators alone and in rows
        String[] pool = {"a", "Z", "9", "e", "s", "ies", " ", "  ", ".", ",", "\n", "é", "Ω", "σ", "河", "西", "区",
            "か", "カ", "ー", "서", "가", "Ａ", "Ｉ", "５", "…", "①", "Ⅻ", "㎏", "，", "。", "（", "—", "\u00a0", "\u3000",
            "abcdefghijklmnopqrstuvwxyzabcdefghij", "河西区港口开放建设社工智能", "AI社工", "2025年"};
        Random random = new Random(20261204);
        Analyzer analyzer = new Analyzer();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12) + 1; n > 0; n--) text.append(pool[random.nextInt(pool.length)]);
            String s = text.toString();
            int first = random.nextInt(3) * 100;
            List<String> fast = new ArrayList<>();
            List<String> slow = new ArrayList<>();
            int fastLast = analyzer.analyse(s, first, (chars, start, length, slot, kind) ->
                    fast.add(new String(chars, start, length) + "@" + slot + "/" + kind));
            int slowLast = analyzer.analyseSlowly(s, first, (chars, start, length, slot, kind) ->
                    slow.add(new String(chars, start, length) + "@" + slot + "/" + kind));
            assertEquals(slow, fast, s);
            assertEquals(slowLast, fastLast, s);
        }
    }

    private static String fast(String s) {
        Analyzer analyzer = new Analyzer();
        int n = analyzer.normalize(s);
        return new String(analyzer.normalized(), 0, n);
    }

    private static String full(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static String joined(List<Analysis.Token> tokens) {
        return tokens.stream().map(Analysis.Token::toString).collect(Collectors.joining(" "));
    }

    private static List<Vector> vectors() throws IOException {
        List<Vector> vectors = new ArrayList<>();
        try (InputStream in = AnalysisTest.class.getResourceAsStream(VECTORS)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] columns = line.split("\t", -1);
                assertEquals(3, columns.length, VECTORS + ":" + (i + 1) + ": expected text, tokens, query terms");
                vectors.add(new Vector(i + 1, unescape(columns[0]), columns[1], columns[2]));
            }
        }
        return vectors;
    }

    /** Tab, line feed, backslash and any code point by its hex digits, as the vector file escapes them. */
    static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                out.append(c);
                continue;
            }
            char next = s.charAt(++i);
            switch (next) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case '\\' -> out.append('\\');
                case 'u' -> {
                    int close = s.indexOf('}', i);
                    out.appendCodePoint(Integer.parseInt(s.substring(i + 2, close), 16));
                    i = close;
                }
                default -> throw new IllegalArgumentException("unknown escape \\" + next + " in " + s);
            }
        }
        return out.toString();
    }
}
