package dev.broadsheet.markdown;

import static dev.broadsheet.markdown.Rendering.render;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FirstParagraphTest {

    private static String firstParagraph(String markdown) {
        return render(markdown).firstParagraph();
    }

    @Test
    void takesThePlainTextOfTheFirstTopLevelParagraph() {
        assertEquals("第八届中国国际进口博览会在上海举办。前不久,河西区领导带队赴上海参加活动。",
                firstParagraph("""
                        ## 河西区领导带队赴上海开展招商对接活动

                        第八届中国国际进口博览会在上海举办。前不久,河西区领导带队赴上海参加活动。

                        第二段。
                        """));
    }

    @Test
    void joinsChineseLinesAndSpacesOtherLines() {
        assertEquals("河西区推进“红色物业”创建 Hexi District news",
                firstParagraph("河西区\n推进“红色物业”\n创建\nHexi\nDistrict  \nnews"));
    }

    @Test
    void stripsInlineMarkupAndFootnoteReferences() {
        assertEquals("据统计，全区已建成12个便民生活圈，详见 官网 与 https://example.org。",
                firstParagraph("据**统计**[^1]，全区已建成`12`个~~便民~~生活圈，详见 [官网](https://www.tjhx.gov.cn)"
                        + " 与 https://example.org。\n\n[^1]: 注释\n"));
    }

    @Test
    void decodesEscapesAndEntities() {
        assertEquals("R&D *not emphasis* ©", firstParagraph("R&amp;D \\*not emphasis\\* &copy;"));
    }

    @Test
    void skipsParagraphsInsideQuotesAndListsAndParagraphsWithoutText() {
        assertEquals("正文开始。", firstParagraph("> 引用\n\n- 列表\n\n![照片](photo.jpg)\n\n正文开始。\n"));
    }

    @Test
    void isEmptyWithoutAParagraph() {
        assertEquals("", firstParagraph("# 标题\n\n- 列表\n"));
        assertEquals("", firstParagraph(""));
    }
}
