package dev.broadsheet.punctuation;

import dev.broadsheet.config.PunctuationConfig;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RunCheckerTest {

    private static final RunChecker SIMPLIFIED = new RunChecker(PunctuationConfig.DEFAULT, "“", "”");

    /** {@code text} with the changes {@code checker} asks for made. */
    private static String fixed(RunChecker checker, String text) {
        return apply(text, checker.check(run(text)));
    }

    private static String fixed(String text) {
        return fixed(SIMPLIFIED, text);
    }

    /** A run whose characters are written one after another from offset 0. */
    private static TextRun run(String text) {
        int[] starts = new int[text.length()];
        int[] ends = new int[text.length()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = i;
            ends[i] = i + 1;
        }
        return new TextRun(text, starts, ends);
    }

    private static String apply(String text, List<RunChecker.Edit> edits) {
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (RunChecker.Edit edit : edits) {
            out.append(text, copied, edit.start()).append(edit.replacement());
            copied = edit.end();
        }
        return out.append(text.substring(copied)).toString();
    }

    @Test
    void makesHalfWidthPunctuationBesideChineseCharactersFullWidth() {
        assertEquals("河西区，成功入选；这标志着：新台阶？是的！好。",
                fixed("河西区,成功入选;这标志着:新台阶?是的!好."));
    }

    @Test
    void looksPastQuotesAndLineBreaksForTheChineseText() {
        assertEquals("推进“十五五”，规划。\n“十五五”。", fixed("推进“十五五”,规划.\n“十五五”."));
        assertEquals("第一行，\n第二行", fixed("第一行,\n第二行"));
    }

    @Test
    void leavesNumbersAndTimesAloneButNotACommaBetweenChineseTextAndADigit() {
        assertEquals("增长3.5%，达1,725户，10:30开始，截至目前，687次，2025年，",
                fixed("增长3.5%,达1,725户,10:30开始,截至目前,687次,2025年,"));
    }

    @Test
    void leavesEnglishTextAloneAndAFullStopBeforeALatinLetter() {
        String english = "Hello, world. It works: yes? No! (Really.) \"Quoted\" and wait...";
        assertEquals(english, fixed(english));
        assertEquals("他说：Hello, world.然后打开文件.txt和例子.com", fixed("他说:Hello, world.然后打开文件.txt和例子.com"));
    }

    @Test
    void makesBracketsInChineseTextFullWidthWhateverTheyHold() {
        assertEquals("罗克韦尔自动化（中国）有限公司", fixed("罗克韦尔自动化(中国)有限公司"));
        assertEquals("人工智能（AI）技术、（1）加强、Broadsheet（一个工具）", fixed("人工智能(AI)技术、(1)加强、Broadsheet(一个工具)"));
        assertEquals("未配对（的和的）", fixed("未配对(的和的)"));
        assertEquals("未配对（的", fixed("未配对(的"));
    }

    @Test
    void leavesBracketsOfLatinTextThatSticksToALatinWord() {
        assertEquals("Rockwell Automation (China) Co., Ltd.", fixed("Rockwell Automation (China) Co., Ltd."));
        assertEquals("函数f(x)的值", fixed("函数f(x)的值"));
    }

    @Test
    void makesThreeDotsALoneEllipsisOrAMixedRunBesideChineseTextAChineseEllipsis() {
        assertEquals("等等……然后……还有……", fixed("等等...然后......还有…"));
        assertEquals("甲……乙，丙……丁", fixed("甲…...乙,丙………丁"));
        assertEquals("甲……乙", fixed("甲……乙"));
        assertEquals("Wait... 1...10 甲..乙", fixed("Wait... 1...10 甲..乙"));
    }

    @Test
    void curlsStraightQuotesAroundOrBesideChineseText() {
        assertEquals("推进“十五五”规划，他说：“I love Tianjin.”", fixed("推进\"十五五\"规划,他说:\"I love Tianjin.\""));
        assertEquals("He said \"hi\" to me", fixed("He said \"hi\" to me"));
        assertEquals("只有一个\"引号", fixed("只有一个\"引号"));
        RunChecker traditional = new RunChecker(PunctuationConfig.DEFAULT, "「", "」");
        assertEquals("推進「十五五」規劃", fixed(traditional, "推進\"十五五\"規劃"));
    }

    @Test
    void takesTheSpacesBesideAChangedMarkWithItButNotThoseEndingALine() {
        assertEquals("河西区，这，那", fixed("河西区, 这 ,那"));
        assertEquals("AI（人工智能）技术，“甲”和", fixed("AI (人工智能) 技术, \"甲\" 和"));
        assertEquals("甲，  \n乙", fixed("甲,  \n乙"));
    }

    @Test
    void findsWhatOnlyAnotherChangePutsBesideChineseTextInTheSameCheck() {
        assertEquals("（AI），然后", fixed("(AI),然后"));
        assertEquals("“abc”“甲”", fixed("\"abc\" \"甲\""));
    }

    @Test
    void leavesARuleThatIsOffAlone() {
        RunChecker noBrackets = new RunChecker(new PunctuationConfig(true, false, true, true), "“", "”");
        assertEquals("自动化(中国)，公司", fixed(noBrackets, "自动化(中国),公司"));
        RunChecker onlyBrackets = new RunChecker(new PunctuationConfig(false, true, false, false), "“", "”");
        assertEquals("自动化（中国）,公司...\"甲\"", fixed(onlyBrackets, "自动化(中国),公司...\"甲\""));
    }

    @Test
    void leavesCharactersAloneThatAreNotWrittenAsThemselves() {
        String text = "河西区,入选";
        TextRun run = run(text);
        run.starts()[3] = -1; // written as an escape, say \u002C in a YAML string
        run.ends()[3] = -1;
        assertEquals(List.of(), SIMPLIFIED.check(run));
    }

    @Test
    void aSecondCheckOfFixedTextFindsNothing() {
        List<String> texts = List.of("(AI),然后\"abc\" \"甲\" ...", "甲 ... (x) \"y\" , z", "说:\"Hi.\" (1)好,2:3",
                "\"a\" \"b\" \"丙\" \"d\"", "f(x)(甲) , (y)", "甲…...乙 ( ( 丙 ) )", "一, 二 , 三 ,\n四");
        for (String text : texts) {
            String once = fixed(text);
            assertEquals(once, fixed(once), "fixing twice: " + text);
        }
    }
}
