package dev.broadsheet.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.broadsheet.config.MarkdownConfig;
import dev.broadsheet.diagnostics.Diagnostics;
import org.junit.jupiter.api.Test;

class RawHtmlTest {

    private static final String MARKDOWN = """
            <div class="box">
            <p>块</p>
            </div>

            <!-- 编辑备注 -->

            正文<span style="color:red">红</span>字<!-- 行内备注 -->结束<br>
            """;

    private static String render(boolean rawHtml) {
        return new MarkdownRenderer(new MarkdownConfig(rawHtml))
                .render(Rendering.FILE_START, MARKDOWN, Rendering.NO_PAGES, new Diagnostics()).html();
    }

    @Test
    void dropsRawHtmlAndCommentsByDefault() {
        assertEquals("<p>正文红字结束</p>\n", render(false));
    }

    @Test
    void keepsRawHtmlAsWrittenWhenTheSiteAllowsIt() {
        assertEquals("""
                <div class="box">
                <p>块</p>
                </div>
                <!-- 编辑备注 -->
                <p>正文<span style="color:red">红</span>字<!-- 行内备注 -->结束<br></p>
                """, render(true));
    }

    @Test
    void leavesRawHtmlOutOfTheTextCounts() {
        RenderedMarkdown rendered = new MarkdownRenderer(new MarkdownConfig(true))
                .render(Rendering.FILE_START, "<div>English words here</div>\n\n正文<b>x</b>\n",
                        Rendering.NO_PAGES, new Diagnostics());

        assertEquals(2, rendered.cjkCharacters());
        assertEquals(1, rendered.words(), "only the x between <b> and </b>");
    }
}
