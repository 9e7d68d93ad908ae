package dev.broadsheet.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.broadsheet.config.MarkdownConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProseTest {

    private static final Prose PROSE = new Prose(MarkdownConfig.DEFAULT);

    /** The blocks of {@code body}, {@link Prose#HIDDEN} shown as ▢, after checking every offset. */
    private static List<String> blocks(String body) {
        return PROSE.blocks(body).stream().map(block -> {
            for (int i = 0; i < block.text().length(); i++) {
                int offset = block.offsets()[i];
                char c = block.text().charAt(i);
                if (offset >= 0) {
                    assertEquals(c, body.charAt(offset), "offset of character " + i + " of " + block.text());
                } else {
                    assertEquals(true, c == Prose.HIDDEN || c == '\n', "no offset for '" + c + "'");
                }
            }
            return block.text().replace(Prose.HIDDEN, '▢');
        }).toList();
    }

    @Test
    void readsParagraphsHeadingsListItemsQuotesAndTableCellsAsBlocksOfTheirOwn() {
        assertEquals(List.of("标题,一", "段落,\n续行", "条目,甲", "引文,乙", "甲,乙", "丙"), blocks("""
                ## 标题,一

                段落,
                续行

                - 条目,甲

                > 引文,乙

                | 甲,乙 |
                |---|
                | 丙 |
                """));
    }

    @Test
    void readsEmphasisLinkTextAndStrikethroughAsWrittenWithoutTheirMarkers() {
        assertEquals(List.of("强调,链接,删除"), blocks("**强调**,[链接](../a.md \"标题,说明\"),~~删除~~\n"));
    }

    @Test
    void makesCodeUrlsHtmlEntitiesFootnoteReferencesAndEscapesOneHiddenCharacterEach() {
        assertEquals(List.of("运行▢,见▢。或▢和▢▢,注▢中▢国▢", "脚注,说明"),
                blocks("运行`a, b`,见https://example.org/a,b。或<https://example.org>和<b>&amp;,注[^1]中\\(国\\)\n\n"
                        + "[^1]: 脚注,说明\n"));
    }

    @Test
    void endsABareUrlWhereChinesePunctuationStartsAsTheBuildDoes() {
        assertEquals(List.of("见▢。然后,"), blocks("见https://example.org。然后,\n"));
    }

    @Test
    void readsAnImageDescriptionAsABlockOfItsOwn() {
        assertEquals(List.of("图前▢,图后", "图片,说明"), blocks("图前![图片,说明](a.png \"t\"),图后\n"));
    }

    @Test
    void givesNoBlockForCodeBlocksHtmlBlocksReferenceDefinitionsOrTableSeparators() {
        assertEquals(List.of("正文", "甲"), blocks("""
                ```
                代码,块
                ```

                    缩进,代码

                <div>
                网页,块
                </div>

                [ref]: https://example.org "标题,说明"

                正文

                | 甲 |
                |----|
                """));
    }
}
